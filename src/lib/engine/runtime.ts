import { findCatalogueImage } from './catalogue.ts';
import { toEllipsis } from './ellipsis.ts';
import { MESSAGES, fromDaemon } from './messages.ts';
import { runProgram, type Line, type Outcome as ProcessOutcome, type ProcessContext } from './process.ts';
import { findNetwork, toShortId, withContainer } from './state.ts';
import type { Container, Endpoint, Mount, State } from './types.ts';

/**
 * Starting and stopping containers: IP addresses, published ports, the main process, restart
 * policies and `--rm`. Shared by run, start, restart and compose.
 */

/** Programs that exit cleanly on the stop signal; anything else, as PID 1, ignores SIGTERM and is killed (137). */
const HANDLES_STOP = new Set(['nginx', 'redis-server', 'postgres', 'node', 'server.js', 'python3']);

/** Host-side sources of the container's files: its layer, then each mount over it. */
export function toFiles(state: State, container: Container): Record<string, string> {
  const files: Record<string, string> = { ...container.files };
  for (const mount of container.mounts) {
    const source =
      mount.type === 'volume' ? state.volumes.find((volume) => volume.name === mount.source)?.files : undefined;
    for (const [path, text] of Object.entries(source ?? {})) files[`${mount.target}${path}`] = text;
  }
  return files;
}

/** Stores files a process wrote: into the volume mounted over the path, or the container's layer. */
export function storeWrites(state: State, container: Container, writes: Readonly<Record<string, string>>): State {
  let next = state;
  let layer = { ...container.files };
  for (const [path, text] of Object.entries(writes)) {
    const mount = [...container.mounts]
      .sort((a, b) => b.target.length - a.target.length)
      .find((item) => path.startsWith(`${item.target}/`));
    if (mount?.type === 'volume') {
      const inner = path.slice(mount.target.length);
      next = {
        ...next,
        volumes: next.volumes.map((volume) =>
          volume.name === mount.source ? { ...volume, files: { ...volume.files, [inner]: text } } : volume,
        ),
      };
    } else if (!mount) layer = { ...layer, [path]: text };
  }
  const current = next.containers.find((item) => item.id === container.id);
  return current ? withContainer(next, { ...current, files: layer }) : next;
}

/** The IP a name resolves to for a container: embedded DNS on user-defined networks only. */
export function resolverFor(state: State, container: Container): (name: string) => string | undefined {
  return (name) => {
    for (const endpoint of container.endpoints) {
      if (endpoint.network === 'bridge' || endpoint.network === 'host' || endpoint.network === 'none') continue;
      for (const other of state.containers) {
        if (other.status !== 'running' && other.id !== container.id) continue;
        const match = other.endpoints.find((item) => item.network === endpoint.network);
        if (!match) continue;
        if (
          other.name === name ||
          toShortId(other.id) === name ||
          match.aliases.includes(name) ||
          (other.service === name && other.project)
        )
          return match.ip;
      }
    }
    return undefined;
  };
}

/** The PATH the daemon starts a process with before the image's own (moby's system.DefaultPathEnv). */
const DEFAULT_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

const toEnvKey = (entry: string): string => entry.split('=', 1)[0] ?? '';

/**
 * A container's Config.Env as the daemon makes it at create (moby daemon/commit.go `merge`,
 * docker-v29.7.2): the `-e` values as the CLI sent them, a bare `-e NAME` kept as it is (the
 * CLI sends it so when NAME is not set in its own environment), then the image's variables
 * that no `-e` names.
 * @example toConfigEnv(['A=b', 'C'], ['PATH=/bin']) // ['A=b', 'C', 'PATH=/bin']
 */
export function toConfigEnv(given: readonly string[], image: readonly string[]): string[] {
  if (given.length === 0) return [...image];
  const keys = new Set(given.map(toEnvKey));
  return [...given, ...image.filter((entry) => !keys.has(toEnvKey(entry)))];
}

/**
 * Overrides a process's environment as moby's ReplaceOrAppendEnvValues does (daemon/container/env.go):
 * `NAME=value` replaces NAME in place or is added at the end; a bare `NAME` unsets it.
 */
function withEnv(defaults: readonly string[], overrides: readonly string[]): string[] {
  const env = [...defaults];
  for (const entry of overrides) {
    const at = env.findIndex((item) => toEnvKey(item) === toEnvKey(entry));
    if (!entry.includes('=')) {
      if (at !== -1) env.splice(at, 1);
    } else if (at === -1) env.push(entry);
    else env[at] = entry;
  }
  return env;
}

export function toContext(state: State, container: Container, extraEnv: readonly string[] = []): ProcessContext {
  const userDefined = container.endpoints.some((endpoint) => !['bridge', 'host', 'none'].includes(endpoint.network));
  const image = state.images.find((item) => item.id === container.imageId);
  const hostname = toShortId(container.id);
  const daemon = [`PATH=${DEFAULT_PATH}`, `HOSTNAME=${hostname}`];
  const env = withEnv(withEnv(daemon, container.env), extraEnv);
  return {
    hostname,
    env: env.some((entry) => entry.startsWith('HOME=')) ? env : [...env, 'HOME=/root'],
    files: toFiles(state, container),
    resolve: resolverFor(state, container),
    resolvConf: userDefined ? 'nameserver 127.0.0.11\noptions ndots:0\n' : 'nameserver 192.168.65.7\n',
    image: image?.kind ?? 'busybox',
    version: image?.version ?? '',
  };
}

/** The next free address on a network: .1 is the gateway, containers from .2. */
export function allocateIp(state: State, network: string): string {
  const subnet = findNetwork(state, network)?.subnet ?? '';
  const prefix = subnet.split('.').slice(0, 2).join('.');
  if (!prefix) return '';
  const used = new Set(
    state.containers.flatMap((container) =>
      container.endpoints.filter((endpoint) => endpoint.network === network).map((endpoint) => endpoint.ip),
    ),
  );
  for (let host = 2; host < 65_000; host += 1) {
    const ip = `${prefix}.${Math.floor(host / 256)}.${host % 256}`;
    if (!used.has(ip)) return ip;
  }
  return '';
}

/** Gives a container an address on each of its networks (at start). */
export function attachEndpoints(state: State, container: Container): Container {
  let next = state;
  const endpoints: Endpoint[] = [];
  for (const endpoint of container.endpoints) {
    const ip = endpoint.ip || allocateIp(next, endpoint.network);
    endpoints.push({ ...endpoint, ip });
    next = withContainer(next, { ...container, endpoints });
  }
  return { ...container, endpoints };
}

/** A host port another running container holds, as the daemon's port allocator sees it. */
export function findPortClash(state: State, container: Container): { hostIp: string; hostPort: number } | undefined {
  for (const binding of container.ports) {
    for (const other of state.containers) {
      if (other.id === container.id || other.status !== 'running') continue;
      const taken = other.ports.find(
        (item) =>
          item.hostPort === binding.hostPort &&
          item.proto === binding.proto &&
          (item.hostIp === binding.hostIp || item.hostIp === '0.0.0.0' || binding.hostIp === '0.0.0.0'),
      );
      if (taken) return { hostIp: binding.hostIp, hostPort: binding.hostPort };
    }
  }
  return undefined;
}

export interface StartOutcome {
  state: State;
  /** The output while attached (the first run of the process). */
  lines: readonly Line[];
  /** Set when the start failed: the daemon's message and the CLI's exit code. */
  error?: { message: string; exit: number };
  exit: number;
  removed: boolean;
}

/**
 * The state after a start the daemon refused: the container as it was, or gone with --rm, as the
 * daemon's deferred clean-up removes it (moby daemon/start.go, containerStart).
 */
function failedStart(state: State, container: Container): { state: State; removed: boolean } {
  return container.autoRemove
    ? { state: removeContainer(state, container, true), removed: true }
    : { state: withContainer(state, container), removed: false };
}

/** Starts a created or exited container: ports, addresses, the main process and its restarts. */
export function startContainer(state: State, container: Container, stdin: boolean): StartOutcome {
  const clash = findPortClash(state, container);
  if (clash) {
    const endpointId = toShortId(container.id) + container.id.slice(12, 64).split('').reverse().join('');
    return {
      ...failedStart(state, container),
      lines: [],
      exit: 125,
      error: {
        message: fromDaemon(MESSAGES.portAllocated(container.name, endpointId, clash.hostIp, clash.hostPort)),
        exit: 125,
      },
    };
  }
  const program = container.argv[0] ?? '';
  const attached = attachEndpoints(state, container);
  let next = withContainer(state, attached);
  const context = toContext(next, attached);
  const outcome: ProcessOutcome = runProgram(context, container.argv, stdin || container.tty);
  if (outcome.exit === -1) {
    const message = fromDaemon(MESSAGES.notFoundInPath(program));
    return {
      ...failedStart(state, { ...container, exitCode: 127 }),
      lines: [],
      exit: 127,
      error: { message, exit: 127 },
    };
  }
  next = storeWrites(next, attached, outcome.writes);
  const current = next.containers.find((item) => item.id === container.id) ?? attached;
  let logs = [...current.logs, ...outcome.lines];
  let restartCount = current.restartCount;
  let status: Container['status'] = outcome.stays ? 'running' : 'exited';
  const policy = current.restart;
  if (!outcome.stays) {
    const restarts =
      policy.name === 'on-failure'
        ? outcome.exit !== 0
          ? policy.max || Infinity
          : 0
        : policy.name === 'no'
          ? 0
          : Infinity;
    if (restarts === Infinity) {
      // A crash loop: the daemon keeps restarting it, with a growing delay.
      status = 'restarting';
      restartCount += 1;
      logs = [...logs, ...outcome.lines];
    } else {
      for (let count = 0; count < restarts; count += 1) logs = [...logs, ...outcome.lines];
      restartCount += restarts;
    }
  }
  const started: Container = {
    ...current,
    status,
    exitCode: outcome.stays ? 0 : outcome.exit,
    started: state.clock,
    finished: outcome.stays ? current.finished : state.clock,
    logs: logs.slice(-200),
    restartCount,
    endpoints:
      status === 'running' || status === 'restarting'
        ? current.endpoints
        : current.endpoints.map((endpoint) => ({ ...endpoint, ip: '' })),
  };
  next = withContainer(next, started);
  if (status === 'exited' && started.autoRemove)
    return { state: removeContainer(next, started, true), lines: outcome.lines, exit: outcome.exit, removed: true };
  return { state: next, lines: outcome.lines, exit: outcome.exit, removed: false };
}

/** Stops a running container: clean exit for programs that handle the stop signal, else 137. */
export function stopContainer(state: State, container: Container, signal: 'stop' | 'kill'): State {
  if (container.status !== 'running' && container.status !== 'restarting') return state;
  const program = container.argv.find((word) => !word.endsWith('docker-entrypoint.sh')) ?? '';
  const exitCode = signal === 'stop' && HANDLES_STOP.has(program) ? 0 : 137;
  const image = findCatalogueImage(state.images.find((item) => item.id === container.imageId)?.kind ?? '');
  const goodbye: Line[] =
    image?.name === 'nginx' && signal === 'stop'
      ? [{ stream: 'err', text: '[notice] 1#1: signal 3 (SIGQUIT) received, shutting down' }]
      : [];
  const stopped: Container = {
    ...container,
    status: 'exited',
    exitCode,
    finished: state.clock,
    logs: [...container.logs, ...goodbye],
    endpoints: container.endpoints.map((endpoint) => ({ ...endpoint, ip: '' })),
  };
  const next = withContainer(state, stopped);
  return stopped.autoRemove ? removeContainer(next, stopped, true) : next;
}

/** Removes a container, and with `anonymous` its anonymous volumes (as `--rm` and `rm -v` do). */
export function removeContainer(state: State, container: Container, anonymous: boolean): State {
  const drop = new Set(
    anonymous
      ? container.mounts
          .filter(
            (mount) =>
              mount.type === 'volume' && state.volumes.find((volume) => volume.name === mount.source)?.anonymous,
          )
          .map((mount) => mount.source)
      : [],
  );
  return {
    ...state,
    containers: state.containers.filter((item) => item.id !== container.id),
    volumes: state.volumes.filter((volume) => !drop.has(volume.name)),
  };
}

/** Mounts as `ps --format {{.Mounts}}` prints them: volume names and bind sources, truncated. */
export function toMountNames(mounts: readonly Mount[]): string {
  // The CLI's Ellipsis to 15 columns: 14 characters and "…" (cli/command/formatter/container.go).
  return mounts.map((mount) => toEllipsis(mount.source, 15)).join(',');
}
