/**
 * The error messages Docker prints that this site explains, as patterns over the message text.
 * Each is read from the source at the release the pages describe (moby `docker-v29.7.2`,
 * docker/cli `v29.7.2`; the file is named beside it), with its variable parts (names, IDs,
 * addresses, ports) left open. Two things use them: the build accepts a declared error
 * (```` ```answers ```` blocks) only when it is one of these, and search recognises a pasted error
 * by them, whatever name or address it carries. Pure: used at build time and in the browser.
 */

/** One message Docker prints. */
export interface DockerError {
  /** Stable name, e.g. `port-allocated`: what a page declares and search matches on. */
  id: string;
  /** Matches the message anywhere in a text, case-insensitive, whatever its names and addresses. */
  pattern: RegExp;
  /** The message as Docker prints it, with example values: shown in build errors. */
  example: string;
  /** Where the message is made. */
  source: string;
}

/** A name, ID, reference or address in a message: anything but white space. */
const VALUE = String.raw`\S+`;

export const DOCKER_ERRORS: readonly DockerError[] = [
  {
    id: 'port-allocated',
    pattern: /Bind for \S+ failed: port is already allocated/i,
    example: 'Bind for 0.0.0.0:8080 failed: port is already allocated',
    source: 'moby daemon/libnetwork/portallocator/portallocator.go',
  },
  {
    id: 'address-in-use',
    pattern: /failed to bind host port \S+: address already in use/i,
    example: 'failed to bind host port 0.0.0.0:8080/tcp: address already in use',
    source: 'moby daemon/libnetwork/portallocator/osallocator_linux.go',
  },
  {
    id: 'image-in-use',
    pattern: new RegExp(String.raw`conflict: unable to (?:delete|remove) ${VALUE} \((?:must|cannot) be forced\)`, 'i'),
    example:
      'conflict: unable to delete nginx:1.30 (must be forced) - container 3f2a1b9c8d7e is using its referenced image 5e2c4f6a7b8d',
    source: 'moby daemon/containerd/image_delete.go',
  },
  {
    id: 'container-name-in-use',
    pattern: /The container name \S+ is already in use by container/i,
    example:
      'Conflict. The container name "/web" is already in use by container "3f2a1b9c8d7e". You have to remove (or rename) that container to be able to reuse that name.',
    source: 'moby daemon/errors.go',
  },
  {
    id: 'no-such-container',
    pattern: /No such container: ?\S*/i,
    example: 'Error response from daemon: No such container: web',
    source: 'moby daemon/container/view.go',
  },
  {
    id: 'no-such-image',
    pattern: /No such image: ?\S*/i,
    example: 'Error response from daemon: No such image: nginx:1.30',
    source: 'moby daemon/images/image.go',
  },
  {
    id: 'container-running',
    pattern: /container is running: stop the container before removing or force remove/i,
    example:
      'Error response from daemon: cannot remove container "web": container is running: stop the container before removing or force remove',
    source: 'moby daemon/delete.go',
  },
  {
    id: 'container-not-running',
    pattern: /container \S+ is not running/i,
    example: 'Error response from daemon: container 3f2a1b9c8d7e is not running',
    source: 'moby daemon/errors.go',
  },
  {
    id: 'socket-permission-denied',
    // Engine 29's client, and the wording of earlier releases that readers still paste.
    pattern: /permission denied while trying to connect to the docker (?:API|daemon socket)/i,
    example: 'permission denied while trying to connect to the docker API at unix:///var/run/docker.sock',
    source: 'moby client/request.go',
  },
  {
    id: 'cannot-connect',
    pattern: /Cannot connect to the Docker daemon/i,
    example: 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?',
    source: 'moby client/errors.go',
  },
  {
    id: 'no-socket',
    pattern: /failed to connect to the docker API at \S+ check if the path is correct/i,
    example:
      'failed to connect to the docker API at unix:///var/run/docker.sock; check if the path is correct and if the daemon is running: dial unix /var/run/docker.sock: connect: no such file or directory',
    source: 'moby client/request.go',
  },
  {
    id: 'image-not-local',
    pattern: /Unable to find image \S+ locally/i,
    example: "Unable to find image 'nginx:1.30' locally",
    source: 'docker/cli cli/command/container/create.go',
  },
  {
    id: 'pull-access-denied',
    pattern: /pull access denied for \S+ repository does not exist or may require .docker login/i,
    example: "pull access denied for my-app, repository does not exist or may require 'docker login'",
    source: 'moby daemon/containerd/image_pull.go',
  },
  {
    id: 'no-matching-manifest',
    pattern: /no matching manifest for \S+ in the manifest list entries/i,
    example: 'no matching manifest for linux/arm64/v8 in the manifest list entries',
    source: 'moby daemon/internal/distribution/pull_v2.go',
  },
  {
    // The classic store asks the registry for the manifest and says so; the containerd image
    // store (the default on fresh installs since 29.0) fails earlier, resolving the tag.
    id: 'manifest-not-found',
    pattern: /manifest for \S+ not found|failed to resolve reference "?\S+"?: \S+: not found/i,
    example:
      'Error response from daemon: manifest for localhost:5000/demo/web:2 not found: manifest unknown: manifest unknown',
    source: 'moby daemon/internal/distribution/errors.go; containerd core/remotes/docker/resolver.go',
  },
  {
    // The registry's answer to a refused login, which the daemon passes on.
    id: 'incorrect-credentials',
    pattern: /unauthorized: incorrect username or password/i,
    example:
      'Error response from daemon: Get "https://registry-1.docker.io/v2/": unauthorized: incorrect username or password',
    source: 'moby daemon/pkg/registry/auth.go (loginV2), with the registry’s error',
  },
  {
    // pflag's words, which docker/cli passes on with the command's usage (cli/cobra.go).
    id: 'unknown-flag',
    pattern: /unknown (?:shorthand flag: '\S+' in -\S+|flag: --\S+)/i,
    example: "unknown shorthand flag: 'n' in -n",
    source: 'docker/cli vendor/github.com/spf13/pflag/errors.go',
  },
  {
    id: 'build-step-failed',
    pattern:
      /process "[^"]*" did not complete successfully: exit code: \d+|The command '[^']*' returned a non-zero code: \d+/i,
    example: 'ERROR: failed to solve: process "/bin/sh -c npm install" did not complete successfully: exit code: 1',
    source: 'moby/buildkit solver/llbsolver/ops/exec.go; moby daemon/builder/dockerfile/dispatchers.go',
  },
  {
    id: 'build-source-not-found',
    pattern: /failed to compute cache key: (?:failed to calculate checksum of ref \S+ )?"[^"]+": not found/i,
    example:
      'ERROR: failed to solve: failed to compute cache key: failed to calculate checksum of ref 3f2a1b9c::8d7e6f5a: "/app.py": not found',
    source: 'moby/buildkit solver/edge.go and solver/llbsolver/ops/opsutils/contenthash.go',
  },
  {
    id: 'network-active-endpoints',
    pattern: /network \S+ has active endpoints/i,
    example:
      'Error response from daemon: error while removing network: network app-net has active endpoints (name:"web" id:"3f2a1b9c8d7e")',
    source: 'moby daemon/libnetwork/error.go',
  },
  {
    id: 'volume-in-use',
    pattern: /remove \S+: volume is in use/i,
    example: 'Error response from daemon: remove app-data: volume is in use - [3f2a1b9c8d7e]',
    source: 'moby daemon/volume/service/errors.go',
  },
  {
    id: 'network-name-exists',
    pattern: /network with name \S+ already exists/i,
    example: 'Error response from daemon: network with name app-net already exists',
    source: 'moby daemon/libnetwork/error.go',
  },
  {
    id: 'executable-not-found',
    pattern: /executable file not found in \$PATH/i,
    example: 'exec: "bash": executable file not found in $PATH',
    source: 'moby daemon/errors.go (isInvalidCommand)',
  },
];

/**
 * Returns the Docker error a text holds, or undefined. Quotes and spaces are loosened first, so
 * a message copied from a terminal or a forum (curly quotes, a wrapped line) still matches.
 * @example toDockerError('docker: Error response from daemon: Bind for 0.0.0.0:80 failed: port is already allocated.')?.id // 'port-allocated'
 */
export function toDockerError(text: string): DockerError | undefined {
  const plain = text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\s+/g, ' ');
  return DOCKER_ERRORS.find((error) => error.pattern.test(plain));
}
