/**
 * Lines that Debian's Engine 20.10 (the recording engine) words differently from Engine 29,
 * with the Engine 29 wording and where it comes from (moby/moby at docker-v29.7.2, docker/cli
 * at v29.7.2; the same sources as src/lib/engine/messages.ts). The recorder applies these to
 * the raw output and writes the result as `stderr29` beside the recorded `stderr`, so a
 * transcript marks every such line. Some Engine 29 lines carry facts the 20.10 line lacks (a
 * container's name, a network's endpoints, whether a container runs): `ask` reads them from the
 * daemon right after the step.
 */

/** Asks the recording daemon: `docker inspect -f TEMPLATE REF`. */
export type Ask = (template: string, ref: string) => string;

export interface Wording {
  /** The 20.10 text (raw, before normalising). */
  recorded: RegExp;
  /** The Engine 29 text, from the pattern's groups and the daemon. */
  engine29: (groups: readonly string[], ask: Ask) => string;
  /** File and tag of the Engine 29 wording. */
  source: string;
}

export const WORDING_29: readonly Wording[] = [
  {
    recorded:
      /You cannot remove a running container ([0-9a-f]{64})\. Stop the container before attempting removal or force remove/g,
    engine29: ([id = ''], ask) =>
      `cannot remove container "${ask('{{.Name}}', id).replace(/^\//, '')}": container is running: stop the container before removing or force remove`,
    source: 'moby daemon/delete.go (containerRm, cleanupContainer) at docker-v29.7.2',
  },
  {
    recorded: /error while removing network: network (\S+) id [0-9a-f]{64} has active endpoints/g,
    engine29: ([name = ''], ask) =>
      `error while removing network: network ${name} has active endpoints (${ask('{{range $id, $c := .Containers}}name:"{{$c.Name}}" id:"{{slice $id 0 12}}", {{end}}', name).trim().replace(/,$/, '')})`,
    source: 'moby daemon/network.go and daemon/libnetwork/error.go (ActiveEndpointsError) at docker-v29.7.2',
  },
  {
    recorded:
      /conflict: unable to remove repository reference "[^"]+" \(must force\) - container ([0-9a-f]{12}) is using its referenced image ([0-9a-f]{12})/g,
    engine29: ([container = '', image = '']: readonly string[], ask: Ask): string => {
      const running = ask('{{.State.Running}}', container) === 'true';
      return `conflict: unable to delete ${image} (${running ? 'cannot be forced' : 'must be forced'}) - image is being used by ${running ? 'running' : 'stopped'} container ${container}`;
    },
    source:
      'moby daemon/containerd/image_delete.go (imageDeleteConflict; the containerd image store is the default of Engine 29) at docker-v29.7.2',
  },
  {
    recorded: /Container ([0-9a-f]{64}) is not running/g,
    engine29: ([id = '']) => `container ${id} is not running`,
    source: 'moby daemon/errors.go (errNotRunning) at docker-v29.7.2',
  },
  {
    recorded:
      /failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: ("[^"]+"): executable file not found in \$PATH: unknown/g,
    engine29: ([program = '']) =>
      `failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: ${program}: executable file not found in $PATH: unknown`,
    source: 'containerd 1.7+/2.x and runc 1.1+ as Engine 29 ships them (the runc part is not in moby)',
  },
];

/** Rewrites recorded raw text into Engine 29's wording. */
export function toEngine29Wording(text: string, ask: Ask): string {
  return WORDING_29.reduce(
    (out, rule) => out.replace(rule.recorded, (...match: string[]) => rule.engine29(match.slice(1, -2), ask)),
    text,
  );
}
