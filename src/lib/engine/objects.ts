import { toTable } from './format.ts';
import { compareNatural } from './natural-order.ts';
import { hasFlag, lastFlag } from './flags.ts';
import { toUsage, type Parsed } from './invocation.ts';
import { MESSAGES, fromDaemon } from './messages.ts';
import { OBJECT_MESSAGES } from './object-messages.ts';
import { allocateIp, removeContainer } from './runtime.ts';
import { begin, findContainer, findNetwork, nextId, toShortId, withContainer, type Outcome } from './state.ts';
import type { Network, State } from './types.ts';

/**
 * Network, volume and system commands.
 */

function fail(outcome: Outcome, message: string): void {
  outcome.stderr.push(message);
  outcome.exit = 1;
}

/** The CLI ends a partly failed `network rm` with its status line (cli/command/network/remove.go). */
function endWithStatus(outcome: Outcome): Outcome {
  if (outcome.exit !== 0) outcome.stderr.push(`exit status ${outcome.exit}`);
  return outcome;
}

export function networkCreate(state: State, parsed: Parsed, project?: string): Outcome {
  const outcome = begin(state);
  const [name] = parsed.args;
  if (name === undefined || parsed.args.length !== 1) {
    fail(outcome, MESSAGES.requiresExactArgs(parsed.typed, 1, toUsage(parsed)));
    return outcome;
  }
  if (state.networks.some((network) => network.name === name)) {
    fail(outcome, fromDaemon(OBJECT_MESSAGES.networkExists(name)));
    return outcome;
  }
  const driver = lastFlag(parsed, '--driver') ?? 'bridge';
  if (driver !== 'bridge') {
    fail(outcome, fromDaemon(`the playground models bridge networks only, not ${driver}`));
    return outcome;
  }
  const [id, next] = nextId(state);
  const used = new Set(state.networks.map((network) => network.subnet));
  let second = 18;
  while (used.has(`172.${second}.0.0/16`)) second += 1;
  const network: Network = {
    id,
    name,
    driver: 'bridge',
    builtin: false,
    subnet: `172.${second}.0.0/16`,
    ...(project ? { project } : {}),
  };
  outcome.state = { ...next, networks: [...next.networks, network] };
  outcome.stdout.push(id);
  return outcome;
}

export function networkLs(state: State, parsed: Parsed): Outcome {
  const outcome = begin(state);
  const sorted = [...state.networks].sort((a, b) => compareNatural(a.name, b.name));
  if (hasFlag(parsed, '--quiet')) outcome.stdout.push(...sorted.map((network) => toShortId(network.id)));
  else
    outcome.stdout.push(
      toTable([
        ['NETWORK ID', 'NAME', 'DRIVER', 'SCOPE'],
        ...sorted.map((network) => [toShortId(network.id), network.name, network.driver, 'local']),
      ]),
    );
  return outcome;
}

export function networkConnect(state: State, parsed: Parsed, connect: boolean): Outcome {
  const outcome = begin(state);
  const [networkRef, containerRef] = parsed.args;
  if (networkRef === undefined || containerRef === undefined || parsed.args.length !== 2) {
    fail(outcome, MESSAGES.requiresExactArgs(parsed.typed, 2, toUsage(parsed)));
    return outcome;
  }
  const network = findNetwork(state, networkRef);
  if (!network) return (fail(outcome, fromDaemon(OBJECT_MESSAGES.noSuchNetwork(networkRef))), outcome);
  const container = findContainer(state, containerRef);
  if (!container) return (fail(outcome, fromDaemon(MESSAGES.noSuchContainer(containerRef))), outcome);
  const attached = container.endpoints.some((endpoint) => endpoint.network === network.name);
  if (connect) {
    if (attached)
      return (fail(outcome, fromDaemon(OBJECT_MESSAGES.alreadyConnected(container.name, network.name))), outcome);
    const ip = container.status === 'running' ? allocateIp(state, network.name) : '';
    outcome.state = withContainer(state, {
      ...container,
      endpoints: [...container.endpoints, { network: network.name, ip, aliases: parsed.flags.get('--alias') ?? [] }],
    });
  } else {
    if (!attached)
      return (fail(outcome, fromDaemon(OBJECT_MESSAGES.notConnected(container.id, network.name))), outcome);
    outcome.state = withContainer(state, {
      ...container,
      endpoints: container.endpoints.filter((endpoint) => endpoint.network !== network.name),
    });
  }
  return outcome;
}

export function networkRm(state: State, parsed: Parsed): Outcome {
  const outcome = begin(state);
  for (const ref of parsed.args) {
    const network = findNetwork(outcome.state, ref);
    if (!network) {
      if (!hasFlag(parsed, '--force')) fail(outcome, fromDaemon(OBJECT_MESSAGES.noSuchNetwork(ref)));
      continue;
    }
    if (network.builtin) {
      fail(outcome, fromDaemon(OBJECT_MESSAGES.predefinedNetwork(network.name)));
      continue;
    }
    const active = outcome.state.containers.filter(
      (container) =>
        container.status === 'running' && container.endpoints.some((endpoint) => endpoint.network === network.name),
    );
    if (active.length > 0) {
      fail(
        outcome,
        fromDaemon(
          OBJECT_MESSAGES.networkActive(
            network.name,
            active.map((container) => ({ name: container.name, id: toShortId(container.id) })),
          ),
        ),
      );
      continue;
    }
    outcome.state = { ...outcome.state, networks: outcome.state.networks.filter((item) => item.id !== network.id) };
    outcome.stdout.push(ref);
  }
  return endWithStatus(outcome);
}

export function volumeCreate(state: State, parsed: Parsed, project?: string): Outcome {
  const outcome = begin(state);
  if (parsed.args.length > 1) {
    fail(outcome, OBJECT_MESSAGES.requiresMaxArgs(parsed.typed, 1, toUsage(parsed)));
    return outcome;
  }
  let name = parsed.args[0];
  let next = state;
  if (!name) [name, next] = nextId(state);
  if (!next.volumes.some((volume) => volume.name === name)) {
    next = {
      ...next,
      volumes: [
        ...next.volumes,
        { name, created: next.clock, files: {}, anonymous: parsed.args.length === 0, ...(project ? { project } : {}) },
      ],
    };
  }
  outcome.state = next;
  outcome.stdout.push(name);
  return outcome;
}

export function volumeLs(state: State, parsed: Parsed): Outcome {
  const outcome = begin(state);
  const names = state.volumes.map((volume) => volume.name).sort(compareNatural);
  if (hasFlag(parsed, '--quiet')) outcome.stdout.push(...names);
  else outcome.stdout.push(toTable([['DRIVER', 'VOLUME NAME'], ...names.map((name) => ['local', name])]));
  return outcome;
}

/** Containers (running or not) that mount a volume: they keep it from being removed. */
function usersOf(state: State, name: string): string[] {
  return state.containers
    .filter((container) => container.mounts.some((mount) => mount.type === 'volume' && mount.source === name))
    .map((container) => container.id);
}

export function volumeRm(state: State, parsed: Parsed): Outcome {
  const outcome = begin(state);
  for (const name of parsed.args) {
    const volume = outcome.state.volumes.find((item) => item.name === name);
    if (!volume) {
      if (!hasFlag(parsed, '--force')) fail(outcome, fromDaemon(OBJECT_MESSAGES.noSuchVolume(name)));
      continue;
    }
    const users = usersOf(outcome.state, name);
    if (users.length > 0) {
      fail(outcome, fromDaemon(OBJECT_MESSAGES.volumeInUse(name, users)));
      continue;
    }
    outcome.state = { ...outcome.state, volumes: outcome.state.volumes.filter((item) => item.name !== name) };
    outcome.stdout.push(name);
  }
  return outcome;
}

/** The CLI's prompt for prune commands; the console has no keyboard to answer it, so -f is needed. */
function confirm(outcome: Outcome, parsed: Parsed, warning: string): boolean {
  if (hasFlag(parsed, '--force')) return true;
  outcome.stdout.push(`WARNING! ${warning}\nAre you sure you want to continue? [y/N] `);
  // Not "Run docker volume prune -f": that drops the flags typed with it (--all, --volumes).
  outcome.notes.push({ text: 'This console cannot answer the prompt: run the command again with -f to answer yes.' });
  return false;
}

export function volumePrune(state: State, parsed: Parsed): Outcome {
  const outcome = begin(state);
  const all = hasFlag(parsed, '--all');
  if (
    !confirm(
      outcome,
      parsed,
      all
        ? 'This will remove all local volumes not used by at least one container.'
        : 'This will remove anonymous local volumes not used by at least one container.',
    )
  )
    return outcome;
  const removed = state.volumes.filter(
    (volume) => (all || volume.anonymous) && usersOf(state, volume.name).length === 0,
  );
  outcome.state = { ...state, volumes: state.volumes.filter((volume) => !removed.includes(volume)) };
  if (removed.length > 0) outcome.stdout.push('Deleted Volumes:', ...removed.map((volume) => volume.name), '');
  outcome.stdout.push('Total reclaimed space: 0B');
  return outcome;
}

export function networkPrune(state: State, parsed: Parsed): Outcome {
  const outcome = begin(state);
  if (!confirm(outcome, parsed, 'This will remove all custom networks not used by at least one container.'))
    return outcome;
  const removed = state.networks.filter(
    (network) =>
      !network.builtin &&
      !state.containers.some((container) => container.endpoints.some((endpoint) => endpoint.network === network.name)),
  );
  outcome.state = { ...state, networks: state.networks.filter((network) => !removed.includes(network)) };
  // The CLI prints its report with Println, so a blank line ends it (cli/command/network/prune.go).
  if (removed.length > 0) outcome.stdout.push('Deleted Networks:', ...removed.map((network) => network.name), '');
  return outcome;
}

export function systemPrune(state: State, parsed: Parsed): Outcome {
  const outcome = begin(state);
  const warning = [
    'This will remove:',
    '  - all stopped containers',
    '  - all networks not used by at least one container',
    ...(hasFlag(parsed, '--volumes') ? ['  - all anonymous volumes not used by at least one container'] : []),
    hasFlag(parsed, '--all')
      ? '  - all images without at least one container associated to them'
      : '  - all dangling images',
    '  - unused build cache',
    '',
  ].join('\n');
  if (!confirm(outcome, parsed, warning)) return outcome;
  let next = state;
  const stopped = state.containers.filter(
    (container) => container.status === 'exited' || container.status === 'created',
  );
  for (const container of stopped) next = removeContainer(next, container, false);
  const networks = next.networks.filter(
    (network) =>
      !network.builtin &&
      !next.containers.some((container) => container.endpoints.some((endpoint) => endpoint.network === network.name)),
  );
  next = { ...next, networks: next.networks.filter((network) => !networks.includes(network)) };
  const volumes = hasFlag(parsed, '--volumes')
    ? next.volumes.filter((volume) => volume.anonymous && usersOf(next, volume.name).length === 0)
    : [];
  next = { ...next, volumes: next.volumes.filter((volume) => !volumes.includes(volume)) };
  const images = hasFlag(parsed, '--all')
    ? next.images.filter((image) => !next.containers.some((container) => container.imageId === image.id))
    : [];
  next = { ...next, images: next.images.filter((image) => !images.includes(image)) };
  if (stopped.length > 0) outcome.stdout.push('Deleted Containers:', ...stopped.map((container) => container.id), '');
  if (networks.length > 0) outcome.stdout.push('Deleted Networks:', ...networks.map((network) => network.name), '');
  if (volumes.length > 0) outcome.stdout.push('Deleted Volumes:', ...volumes.map((volume) => volume.name), '');
  if (images.length > 0)
    outcome.stdout.push(
      'Deleted Images:',
      ...images.flatMap((image) => [...image.refs.map((ref) => `untagged: ${ref}`), `deleted: sha256:${image.id}`]),
      '',
    );
  outcome.stdout.push('Total reclaimed space: 0B');
  outcome.state = next;
  return outcome;
}

/** The commands of this module by path (see LazyModule in ./engine.ts). */
/**
 * `docker port`: a running container's published ports, `80/tcp -> 0.0.0.0:8080` (with the IPv6
 * wildcard the engine binds beside 0.0.0.0), naturally sorted, or the host side of one port, as
 * docker/cli cli/command/container/port.go (v29.7.2) prints them.
 */
function portCommand(state: State, parsed: Parsed): Outcome {
  const outcome = begin(state);
  const [ref, wanted] = parsed.args;
  if (ref === undefined || parsed.args.length > 2) {
    fail(outcome, OBJECT_MESSAGES.requiresRangeArgs(parsed.typed, 1, 2, toUsage(parsed)));
    return outcome;
  }
  const container = findContainer(state, ref);
  if (!container) {
    fail(outcome, fromDaemon(MESSAGES.noSuchContainer(ref)));
    return outcome;
  }
  const bindings = (container.status === 'running' ? container.ports : []).flatMap((binding) =>
    [binding.hostIp, ...(binding.hostIp === '0.0.0.0' ? ['[::]'] : [])].map((ip) => ({
      port: `${binding.port}/${binding.proto}`,
      host: `${ip}:${binding.hostPort}`,
    })),
  );
  // Both forms are sorted as NaturalLess sorts them ("0.0.0.0" before "127.0.0.1" before "[::]").
  if (wanted === undefined) {
    outcome.stdout.push(...bindings.map((binding) => `${binding.port} -> ${binding.host}`).sort(compareNatural));
    return outcome;
  }
  const port = wanted.includes('/') ? wanted : `${wanted}/tcp`;
  const hosts = bindings
    .filter((binding) => binding.port === port)
    .map((binding) => binding.host)
    .sort(compareNatural);
  // CLI 29 names the port as typed, lowercase and without Engine 28's "Error: " (port.go).
  if (hosts.length === 0) fail(outcome, `no public port '${wanted}' published for ${ref}`);
  else outcome.stdout.push(...hosts);
  return outcome;
}

export const HANDLERS: Record<string, (state: State, parsed: Parsed) => Outcome> = {
  'docker container port': portCommand,
  'docker network create': (state, parsed) => networkCreate(state, parsed),
  'docker network ls': networkLs,
  'docker network connect': (state, parsed) => networkConnect(state, parsed, true),
  'docker network disconnect': (state, parsed) => networkConnect(state, parsed, false),
  'docker network rm': networkRm,
  'docker network prune': networkPrune,
  'docker volume create': (state, parsed) => volumeCreate(state, parsed),
  'docker volume ls': volumeLs,
  'docker volume rm': volumeRm,
  'docker volume prune': volumePrune,
  'docker system prune': systemPrune,
};
