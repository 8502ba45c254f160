import { findCatalogueImage } from './catalogue.ts';
import { hasFlag, lastFlag } from './flags.ts';
import type { Parsed } from './invocation.ts';
import { MESSAGES, fromDaemon } from './messages.ts';
import { removeContainer, startContainer, stopContainer, toConfigEnv } from './runtime.ts';
import { pullImage } from './images.ts';
import {
  begin,
  failWith,
  findContainer,
  findImage,
  findNetwork,
  nextId,
  toImageRef,
  withContainer,
  type Outcome,
} from './state.ts';
import type { Container, Mount, PortBinding, State, Volume } from './types.ts';

/**
 * Container commands: run, create, start, stop, restart, kill and rm. `ps` is ./ps.ts, logs and
 * exec ./exec.ts, both loaded on first use.
 */

const ADJECTIVES = [
  'admiring',
  'brave',
  'clever',
  'dreamy',
  'eager',
  'festive',
  'gifted',
  'happy',
  'jolly',
  'keen',
  'lucid',
  'modest',
  'nifty',
  'quirky',
  'serene',
  'trusting',
  'vibrant',
  'wizardly',
  'zealous',
];
const SURNAMES = [
  'albattani',
  'bohr',
  'curie',
  'darwin',
  'euler',
  'franklin',
  'galileo',
  'hopper',
  'johnson',
  'kepler',
  'lovelace',
  'meitner',
  'noether',
  'pasteur',
  'ritchie',
  'shannon',
  'turing',
  'wozniak',
];

/** A generated name in the style of moby's namesgenerator (adjective_surname), from the ID. */
function toGeneratedName(id: string): string {
  const a = parseInt(id.slice(0, 4), 16);
  const b = parseInt(id.slice(4, 8), 16);
  return `${ADJECTIVES[a % ADJECTIVES.length]}_${SURNAMES[b % SURNAMES.length]}`;
}

function parsePorts(specs: readonly string[]): PortBinding[] | string {
  const ports: PortBinding[] = [];
  for (const spec of specs) {
    const match = /^(?:(\d+\.\d+\.\d+\.\d+):)?(?:(\d+)?:)?(\d+)(?:\/(tcp|udp))?$/.exec(spec);
    if (!match) return spec;
    const port = Number(match[3]);
    const hostPort = match[2] ? Number(match[2]) : 0;
    if (port < 1 || port > 65_535 || hostPort > 65_535) return spec;
    ports.push({
      hostIp: match[1] ?? '0.0.0.0',
      hostPort,
      port,
      proto: (match[4] as 'tcp' | 'udp' | undefined) ?? 'tcp',
    });
  }
  return ports;
}

function parseMounts(volumeFlags: readonly string[], mountFlags: readonly string[]): Mount[] | string {
  const mounts: Mount[] = [];
  for (const spec of volumeFlags) {
    const [source = '', target, mode] = spec.split(':');
    if (target === undefined) mounts.push({ type: 'volume', source: '', target: source, readOnly: false });
    else
      mounts.push({
        type: source.startsWith('/') || source.startsWith('.') ? 'bind' : 'volume',
        source,
        target,
        readOnly: mode === 'ro',
      });
  }
  for (const spec of mountFlags) {
    const fields = Object.fromEntries(
      spec.split(',').map((pair) => [pair.split('=')[0] ?? '', pair.split('=').slice(1).join('=') || 'true']),
    );
    const type = fields['type'] ?? 'volume';
    const target = fields['target'] ?? fields['dst'] ?? fields['destination'];
    if (!target) return `invalid argument "${spec}" for "--mount" flag: target is required`;
    if (type !== 'volume' && type !== 'bind')
      return `invalid argument "${spec}" for "--mount" flag: the playground models type=volume and type=bind`;
    mounts.push({
      type,
      source: fields['source'] ?? fields['src'] ?? '',
      target,
      readOnly: 'readonly' in fields || 'ro' in fields,
    });
  }
  return mounts;
}

/**
 * `--restart` as the CLI reads it (opts.ParseRestartPolicy): a policy name and an optional
 * `:count`; a message when it cannot be read.
 */
function parseRestart(value: string | undefined): { name: string; max: number } | string {
  if (!value) return { name: 'no', max: 0 };
  const [name = '', count] = value.split(':', 2);
  if (count !== undefined && name === '') return 'invalid restart policy format: no policy provided before colon';
  if (count !== undefined && count !== '' && !/^[+-]?\d+$/.test(count))
    return 'invalid restart policy format: maximum retry count must be an integer';
  return { name, max: count ? Number(count) : 0 };
}

/** The daemon's check of a restart policy at create (moby api/types/container ValidateRestartPolicy). */
function toRestartPolicy(policy: { name: string; max: number }): Container['restart'] | string {
  const { name, max } = policy;
  if (name === 'no' || name === 'always' || name === 'unless-stopped') {
    if (max === 0) return { name, max };
    // Stryker disable next-line EqualityOperator: max is not 0 here, so <= reads the same
    return `invalid restart policy: maximum retry count can only be used with 'on-failure'${max < 0 ? ' and cannot be negative' : ''}`;
  }
  if (name === 'on-failure')
    return max < 0 ? 'invalid restart policy: maximum retry count cannot be negative' : { name, max };
  return `invalid restart policy: unknown policy '${name}'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'`;
}

/**
 * The repository part of an image name as the reference parser checks it for case
 * (distribution/reference ParseNormalizedNamed): `Nginx` is `library/Nginx`, `localhost:5000/App`
 * is `App`; a first part in capitals is read as a registry host.
 */
function toRemoteForCase(ref: string): string {
  const name = ref.split('@')[0] ?? '';
  const slash = name.indexOf('/');
  const first = name.slice(0, slash);
  const isDomain = slash !== -1 && (first === 'localhost' || /[.:]/.test(first) || first !== first.toLowerCase());
  const remainder = isDomain ? name.slice(slash + 1) : name;
  const remote = remainder.split(':')[0] ?? '';
  const onHub = !isDomain || first === 'docker.io' || first === 'index.docker.io';
  return onHub && !remote.includes('/') ? `library/${remote}` : remote;
}

/** Ends run or create with a message the CLI wrapped with the help hint (withHelp), exit 125. */
function runError(outcome: Outcome, message: string, command: string, exit = 125): Outcome {
  outcome.stderr.push(MESSAGES.runWrapper(message, command));
  outcome.exit = exit;
  return outcome;
}

/** `docker run` and `docker create`. */
export function runCreate(state: State, parsed: Parsed, start: boolean): Outcome {
  const outcome = begin(state);
  const typed = parsed.typed;
  const command = start ? 'docker run' : 'docker create';
  // What the daemon refuses: run wraps it with the help hint (exit 125), create prints it as it
  // came (exit 1) (cli/command/container run.go toStatusError, create.go runCreate).
  const daemonError = (message: string): Outcome =>
    start ? runError(outcome, message, command) : failWith(outcome, message);
  const [imageArg, ...commandArgs] = parsed.args;
  if (!imageArg) {
    outcome.stderr.push(MESSAGES.requiresMinArgs(typed, 1, parsed.command.usage.replace(parsed.command.path, typed)));
    outcome.exit = 1;
    return outcome;
  }
  // The CLI's own checks (opts.go parse), in its order: ports, the restart policy, --rm.
  const ports = parsePorts(parsed.flags.get('--publish') ?? []);
  if (typeof ports === 'string')
    return runError(
      outcome,
      `invalid argument "${ports}" for "-p, --publish" flag: invalid port specification: "${ports}"`,
      command,
    );
  const policy = parseRestart(lastFlag(parsed, '--restart'));
  if (typeof policy === 'string') return runError(outcome, policy, command);
  const autoRemove = hasFlag(parsed, '--rm');
  if (autoRemove && policy.name !== 'no') return runError(outcome, MESSAGES.rmWithRestart(), command);
  const mounts = parseMounts(parsed.flags.get('--volume') ?? [], parsed.flags.get('--mount') ?? []);
  if (typeof mounts === 'string') return runError(outcome, mounts, command);
  const remote = toRemoteForCase(imageArg);
  if (remote !== remote.toLowerCase())
    return daemonError(`invalid reference format: repository name (${remote}) must be lowercase`);
  // The daemon checks the host config before it looks for the image.
  const restart = toRestartPolicy(policy);
  if (typeof restart === 'string') return daemonError(fromDaemon(restart));
  const networkName = lastFlag(parsed, '--network') ?? 'bridge';
  const name = lastFlag(parsed, '--name');

  // The image: local, or pulled (its progress goes to stderr, as the CLI writes it).
  let image = findImage(state, imageArg);
  let next = state;
  if (!image) {
    outcome.stderr.push(MESSAGES.unableToFind(toImageRef(imageArg)));
    const pulled = pullImage(next, imageArg);
    if (pulled.error) return daemonError(pulled.error);
    outcome.stderr.push(...pulled.lines);
    next = pulled.state;
    image = findImage(next, imageArg);
  }
  // Stryker disable next-line ConditionalExpression: a pull that succeeded left the image in the state
  if (!image) return daemonError(fromDaemon(MESSAGES.noSuchImage(imageArg)));
  // Stryker disable next-line ConditionalExpression: without --name no container's name is undefined
  if (name) {
    const taken = next.containers.find((container) => container.name === name);
    if (taken) return daemonError(fromDaemon(MESSAGES.nameConflict(name, taken.id)));
  }
  if (!findNetwork(next, networkName)) return daemonError(fromDaemon(`network ${networkName} not found`));

  const entry = findCatalogueImage(image.kind);
  const entrypoint = lastFlag(parsed, '--entrypoint');
  const argv = [
    ...(entrypoint !== undefined ? [entrypoint].filter(Boolean) : (entry?.entrypoint ?? [])),
    ...(commandArgs.length > 0 ? commandArgs : entrypoint !== undefined ? [] : (entry?.cmd ?? ['sh'])),
  ];
  const [id, afterId] = nextId(next);
  next = afterId;
  // Named volumes are created on first use; VOLUME lines of the image get anonymous volumes.
  const volumes: Volume[] = [...next.volumes];
  const allMounts: Mount[] = [];
  for (const mount of mounts) {
    let source = mount.source;
    if (mount.type === 'volume' && !source) {
      let anonymous: string;
      [anonymous, next] = nextId(next);
      source = anonymous;
      volumes.push({ name: source, created: next.clock, files: {}, anonymous: true });
    } else if (mount.type === 'volume' && !volumes.some((volume) => volume.name === source)) {
      volumes.push({ name: source, created: next.clock, files: {}, anonymous: false });
    }
    allMounts.push({ ...mount, source });
  }
  for (const target of entry?.volumes ?? []) {
    if (allMounts.some((mount) => mount.target === target)) continue;
    let anonymous: string;
    [anonymous, next] = nextId(next);
    volumes.push({ name: anonymous, created: next.clock, files: {}, anonymous: true });
    allMounts.push({ type: 'volume', source: anonymous, target, readOnly: false });
  }
  const env = toConfigEnv(parsed.flags.get('--env') ?? [], [
    ...(entry?.env ?? []),
    ...(entry?.versionEnv ? [`${entry.versionEnv}=${image.version}`] : []),
  ]);
  const published = hasFlag(parsed, '--publish-all')
    ? [
        ...ports,
        ...(entry?.exposed ?? []).map((spec, index): PortBinding => ({
          hostIp: '0.0.0.0',
          hostPort: 32_768 + next.counter + index,
          port: Number(spec.split('/')[0]),
          proto: 'tcp',
        })),
      ]
    : ports;
  const container: Container = {
    id,
    name: name ?? toGeneratedName(id),
    imageId: image.id,
    imageRef: imageArg,
    argv,
    env,
    status: 'created',
    exitCode: 0,
    created: next.clock,
    started: 0,
    finished: 0,
    ports: published.map((binding, index) =>
      binding.hostPort === 0 ? { ...binding, hostPort: 32_768 + next.counter + index } : binding,
    ),
    exposed: [
      ...new Set([...(entry?.exposed ?? []), ...published.map((binding) => `${binding.port}/${binding.proto}`)]),
    ],
    mounts: allMounts,
    endpoints: [{ network: networkName, ip: '', aliases: parsed.flags.get('--network-alias') ?? [] }],
    networkMode: networkName,
    autoRemove,
    restart,
    restartCount: 0,
    tty: hasFlag(parsed, '--tty'),
    logs: [],
    files: {},
  };
  next = { ...next, volumes, containers: [...next.containers, container] };
  const detach = hasFlag(parsed, '--detach');
  if (!start || detach) outcome.stdout.push(id);
  if (!start) return { ...outcome, state: next };
  const started = startContainer(next, container, hasFlag(parsed, '--interactive'));
  outcome.state = started.state;
  if (started.error) return runError(outcome, started.error.message, command, started.error.exit);
  if (!detach) {
    for (const line of started.lines) (line.stream === 'out' ? outcome.stdout : outcome.stderr).push(line.text);
    const after = started.state.containers.find((item) => item.id === id);
    if (after?.status === 'running') {
      outcome.notes.push({
        text: `The container keeps running in the foreground; on a real terminal its output would go on until you stop it (Ctrl-C${hasFlag(parsed, '--tty') ? ', or Ctrl-P Ctrl-Q to detach' : ''}). Here the console returns at once: use -d to run it in the background.`,
      });
    } else outcome.exit = started.exit;
  }
  if (hasFlag(parsed, '--interactive') || hasFlag(parsed, '--tty')) {
    outcome.notes.push({
      text: 'An interactive terminal (-i, -t) is not simulated: the playground has no terminal to attach. Use docker exec with a command instead.',
    });
  }
  return outcome;
}

/** Applies `each` to every container argument, printing the name on success, as the CLI does. */
function forEachContainer(
  state: State,
  refs: readonly string[],
  each: (state: State, container: Container, ref: string, outcome: Outcome) => State | string,
  // Stryker disable next-line ArrayDeclaration: only start reads the failed references, and passes its own list
  failed: string[] = [],
): Outcome {
  const outcome = begin(state);
  for (const ref of refs) {
    const container = findContainer(outcome.state, ref);
    if (!container) {
      outcome.stderr.push(fromDaemon(MESSAGES.noSuchContainer(ref)));
      outcome.exit = 1;
      failed.push(ref);
      continue;
    }
    const result = each(outcome.state, container, ref, outcome);
    if (typeof result === 'string') {
      outcome.stderr.push(result);
      outcome.exit = 1;
      failed.push(ref);
    } else {
      outcome.state = result;
      outcome.stdout.push(ref);
    }
  }
  return outcome;
}

function needsArgs(parsed: Parsed, min: number): Outcome | undefined {
  if (parsed.args.length >= min) return undefined;
  const outcome = begin({} as State);
  outcome.stderr.push(
    MESSAGES.requiresMinArgs(parsed.typed, min, parsed.command.usage.replace(parsed.command.path, parsed.typed)),
  );
  outcome.exit = 1;
  return outcome;
}

export function startCommand(state: State, parsed: Parsed): Outcome {
  const missing = needsArgs(parsed, 1);
  if (missing) return { ...missing, state };
  const attach = hasFlag(parsed, '--attach');
  let exit = 0;
  const lines: string[] = [];
  const failed: string[] = [];
  const outcome = forEachContainer(
    state,
    parsed.args,
    (current, container) => {
      if (container.status === 'running') return current;
      const started = startContainer(current, { ...container, status: 'created' }, false);
      if (started.error) return started.error.message;
      // Stryker disable next-line ConditionalExpression: lines and exit are read only when attached
      if (attach) {
        lines.push(...started.lines.map((line) => line.text));
        exit = started.exit;
      }
      return started.state;
    },
    failed,
  );
  // cli/command/container/start.go: each error as it comes, then the containers that failed.
  if (failed.length > 0) outcome.stderr.push(`failed to start containers: ${failed.join(', ')}`);
  if (attach) return { ...outcome, stdout: lines, exit: outcome.exit || exit };
  return outcome;
}

export function stopCommand(state: State, parsed: Parsed, signal: 'stop' | 'kill'): Outcome {
  const missing = needsArgs(parsed, 1);
  if (missing) return { ...missing, state };
  return forEachContainer(state, parsed.args, (current, container) => {
    if (signal === 'kill' && container.status !== 'running')
      return fromDaemon(`cannot kill container: ${container.name}: ${MESSAGES.notRunning(container.id)}`);
    return stopContainer(current, container, signal);
  });
}

export function restartCommand(state: State, parsed: Parsed): Outcome {
  const missing = needsArgs(parsed, 1);
  if (missing) return { ...missing, state };
  return forEachContainer(state, parsed.args, (current, container) => {
    const stopped = stopContainer(current, container, 'stop');
    const again = stopped.containers.find((item) => item.id === container.id);
    if (!again) return stopped;
    const started = startContainer(stopped, again, false);
    return started.error ? started.error.message : started.state;
  });
}

export function rmCommand(state: State, parsed: Parsed): Outcome {
  const missing = needsArgs(parsed, 1);
  if (missing) return { ...missing, state };
  const force = hasFlag(parsed, '--force');
  return forEachContainer(state, parsed.args, (current, container, ref) => {
    if ((container.status === 'running' || container.status === 'restarting') && !force)
      return fromDaemon(MESSAGES.removeRunning(ref));
    return removeContainer(current, container, hasFlag(parsed, '--volumes'));
  });
}

/** `0.0.0.0:8080->80/tcp`, and exposed ports that are not published (`6379/tcp`). */
export function toPorts(container: Container): string {
  if (container.status !== 'running') return '';
  // Engine 29 on a dual-stack host binds the IPv6 wildcard too when no address is given.
  const published = container.ports.flatMap((binding) => [
    `${binding.hostIp}:${binding.hostPort}->${binding.port}/${binding.proto}`,
    ...(binding.hostIp === '0.0.0.0' ? [`[::]:${binding.hostPort}->${binding.port}/${binding.proto}`] : []),
  ]);
  const bare = container.exposed.filter(
    (spec) => !container.ports.some((binding) => `${binding.port}/${binding.proto}` === spec),
  );
  return [...bare, ...published].join(', ');
}

export { withContainer };
