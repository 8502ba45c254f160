import { toEllipsis, toHumanDuration, toTable } from './format.ts';
import { hasFlag } from './flags.ts';
import type { Parsed } from './invocation.ts';
import { removeContainer, startContainer, stopContainer } from './runtime.ts';
import { runCreate, toPorts } from './containers.ts';
import { toCommandText, toStatus } from './ps.ts';
import { networkCreate, volumeCreate } from './objects.ts';
import { begin, type Outcome } from './state.ts';
import type { State } from './types.ts';
import { toShellCommands } from '../shell/words.ts';
import { parseYaml, toYamlText, YamlError, type Yaml } from './yaml.ts';

/**
 * `docker compose up|down|ps|logs` of the compose.yaml beside the console, as Compose v2 and
 * later drive the engine: a project named after the folder (`playground`), a network
 * `<project>_default`, volumes `<project>_<name>`, containers `<project>-<service>-1` with the
 * service name as a network alias, started in depends_on order. Output follows Compose's plain
 * progress form; it was not recorded on a real Compose (see docs/playground.md).
 */

export const PROJECT = 'playground';
/** The largest compose.yaml the playground reads. */
export const MAX_COMPOSE = 64 * 1024;

interface Service {
  name: string;
  image: string;
  ports: string[];
  volumes: string[];
  environment: string[];
  command?: string[];
  dependsOn: string[];
  restart?: string;
}

const asList = (value: Yaml | undefined): string[] =>
  Array.isArray(value)
    ? value.map(String)
    : value && typeof value === 'object'
      ? Object.keys(value)
      : value
        ? [String(value)]
        : [];

function readProject(text: string): { services: Service[]; volumes: string[] } | string {
  if (text.length > MAX_COMPOSE)
    return `compose.yaml is ${Math.round(text.length / 1024)} KB; the playground reads files up to ${MAX_COMPOSE / 1024} KB.`;
  if (text.trim() === '') return 'compose.yaml is empty: write a services: section beside the console.';
  let doc: Yaml;
  try {
    doc = parseYaml(text);
  } catch (error) {
    return error instanceof YamlError ? error.message : 'compose.yaml could not be read.';
  }
  if (
    typeof doc !== 'object' ||
    Array.isArray(doc) ||
    typeof doc['services'] !== 'object' ||
    Array.isArray(doc['services'])
  )
    return 'compose.yaml needs a services: mapping at the top level.';
  const services: Service[] = [];
  for (const [name, raw] of Object.entries(doc['services'] as Record<string, Yaml>)) {
    if (typeof raw !== 'object' || Array.isArray(raw))
      return `compose.yaml: service "${name}" must be a mapping of keys such as image: and ports:.`;
    if (typeof raw['image'] !== 'string')
      return `compose.yaml: service "${name}" needs an image: (the playground does not build).`;
    const env = raw['environment'];
    services.push({
      name,
      image: raw['image'],
      ports: asList(raw['ports']),
      volumes: asList(raw['volumes']),
      environment:
        env && typeof env === 'object' && !Array.isArray(env)
          ? Object.entries(env).map(([key, value]) => `${key}=${toYamlText(value)}`)
          : asList(env),
      ...(raw['command']
        ? {
            command: Array.isArray(raw['command'])
              ? raw['command'].map(toYamlText)
              : // compose-go reads a string as shell words (types/command.go, go-shellwords).
                (toShellCommands(toYamlText(raw['command']))[0]?.map((word) => word.value) ?? []),
          }
        : {}),
      dependsOn: asList(raw['depends_on']),
      ...(typeof raw['restart'] === 'string' ? { restart: raw['restart'] } : {}),
    });
  }
  // depends_on first, then file order.
  const ordered: Service[] = [];
  const visit = (service: Service, seen: Set<string>): void => {
    if (ordered.includes(service) || seen.has(service.name)) return;
    seen.add(service.name);
    for (const dependency of service.dependsOn) {
      const found = services.find((item) => item.name === dependency);
      if (found) visit(found, seen);
    }
    ordered.push(service);
  };
  for (const service of services) visit(service, new Set());
  return { services: ordered, volumes: asList((doc as Record<string, Yaml>)['volumes']) };
}

function fail(outcome: Outcome, text: string): Outcome {
  outcome.notes.push({ text });
  outcome.exit = 1;
  return outcome;
}

/** Runs a docker command line's words through the container commands, with the parsed flags. */
function createService(state: State, service: Service, parsed: Parsed): { state: State; error?: string } {
  const flags = new Map<string, string[]>([
    ['--name', [`${PROJECT}-${service.name}-1`]],
    ['--network', [`${PROJECT}_default`]],
    ['--network-alias', [service.name]],
    ['--publish', service.ports],
    [
      '--volume',
      service.volumes.map((spec) => (spec.startsWith('/') || spec.startsWith('.') ? spec : `${PROJECT}_${spec}`)),
    ],
    ['--env', service.environment],
    ...(service.restart ? [['--restart', [service.restart]] as [string, string[]]] : []),
  ]);
  const created = runCreate(state, { ...parsed, flags, args: [service.image, ...(service.command ?? [])] }, false);
  if (created.exit !== 0) return { state, error: created.stderr.join('\n') };
  const id = created.stdout[0] ?? '';
  const next = {
    ...created.state,
    containers: created.state.containers.map((container) =>
      container.id === id ? { ...container, project: PROJECT, service: service.name } : container,
    ),
  };
  return { state: next };
}

export function composeCommand(state: State, parsed: Parsed, action: 'up' | 'down' | 'ps' | 'logs'): Outcome {
  const outcome = begin(state);
  const project = readProject(state.composeFile);
  if (typeof project === 'string') return fail(outcome, project);
  const mine = (current: State) => current.containers.filter((container) => container.project === PROJECT);
  if (action === 'up') {
    let next = state;
    const lines: string[] = [];
    const network = `${PROJECT}_default`;
    // As Compose asks the daemon: a network and volumes labelled with the project.
    const only = (name: string): Parsed => ({ ...parsed, args: [name], flags: new Map() });
    if (!next.networks.some((item) => item.name === network)) {
      next = networkCreate(next, only(network), PROJECT).state;
      lines.push(` ✔ Network ${network}  Created`);
    }
    for (const volume of project.volumes) {
      const name = `${PROJECT}_${volume}`;
      if (!next.volumes.some((item) => item.name === name)) {
        next = volumeCreate(next, only(name), PROJECT).state;
        lines.push(` ✔ Volume ${name}  Created`);
      }
    }
    for (const service of project.services) {
      const name = `${PROJECT}-${service.name}-1`;
      let container = next.containers.find((item) => item.name === name);
      if (!container) {
        const created = createService(next, service, parsed);
        if (created.error) {
          outcome.stderr.push(...lines, created.error);
          outcome.exit = 1;
          outcome.state = next;
          return outcome;
        }
        next = created.state;
        container = next.containers.find((item) => item.name === name);
        lines.push(` ✔ Container ${name}  Created`);
      }
      if (container && container.status !== 'running') {
        const started = startContainer(next, container, false);
        if (started.error) {
          outcome.stderr.push(
            ...lines,
            `Error response from daemon: ${started.error.message.replace(/^Error response from daemon: /, '')}`,
          );
          outcome.exit = 1;
          outcome.state = started.state;
          return outcome;
        }
        next = started.state;
        lines.push(` ✔ Container ${name}  Started`);
      } else lines.push(` ✔ Container ${name}  Running`);
    }
    outcome.stderr.push(`[+] Running ${lines.length}/${lines.length}`, ...lines);
    outcome.state = next;
    if (!hasFlag(parsed, '--detach'))
      outcome.notes.push({
        text: 'Without -d, docker compose up stays attached and streams the logs until Ctrl-C; here it returns at once, as if you had used -d. Read the output with docker compose logs.',
      });
    return outcome;
  }
  if (action === 'down') {
    let next = state;
    const lines: string[] = [];
    for (const container of [...mine(next)].reverse()) {
      next = removeContainer(stopContainer(next, container, 'stop'), container, false);
      lines.push(` ✔ Container ${container.name}  Removed`);
    }
    const networks = next.networks.filter(
      (network) => network.project === PROJECT || network.name === `${PROJECT}_default`,
    );
    next = { ...next, networks: next.networks.filter((network) => !networks.includes(network)) };
    lines.push(...networks.map((network) => ` ✔ Network ${network.name}  Removed`));
    if (hasFlag(parsed, '--volumes')) {
      const volumes = next.volumes.filter((volume) => volume.project === PROJECT);
      next = { ...next, volumes: next.volumes.filter((volume) => !volumes.includes(volume)) };
      lines.push(...volumes.map((volume) => ` ✔ Volume ${volume.name}  Removed`));
    }
    outcome.stderr.push(`[+] Running ${lines.length}/${lines.length}`, ...lines);
    outcome.state = next;
    return outcome;
  }
  if (action === 'ps') {
    // The daemon's container summaries, as docker ps reads them (running and restarting ones
    // unless --all), sorted by name (compose cmd/compose/ps.go).
    const all = hasFlag(parsed, '--all');
    const shown = mine(state)
      .filter((container) => all || container.status === 'running' || container.status === 'restarting')
      .sort((a, b) => (a.name < b.name ? -1 : 1));
    const rows = [['NAME', 'IMAGE', 'COMMAND', 'SERVICE', 'CREATED', 'STATUS', 'PORTS']];
    for (const container of shown) {
      rows.push([
        container.name,
        container.imageRef,
        JSON.stringify(toEllipsis(toCommandText(container.argv), 20)),
        container.service ?? '',
        `${toHumanDuration(state.clock - container.created)} ago`,
        toStatus(state, container),
        toPorts(container),
      ]);
    }
    outcome.stdout.push(toTable(rows));
    return outcome;
  }
  const width = Math.max(0, ...mine(state).map((container) => `${container.service}-1`.length));
  for (const container of mine(state)) {
    for (const line of container.logs) outcome.stdout.push(`${`${container.service}-1`.padEnd(width)}  | ${line.text}`);
  }
  return outcome;
}

/** The commands of this module by path (see LazyModule in ./engine.ts). */
export const HANDLERS: Record<string, (state: State, parsed: Parsed) => Outcome> = {
  'docker compose up': (state, parsed) => composeCommand(state, parsed, 'up'),
  'docker compose down': (state, parsed) => composeCommand(state, parsed, 'down'),
  'docker compose ps': (state, parsed) => composeCommand(state, parsed, 'ps'),
  'docker compose logs': (state, parsed) => composeCommand(state, parsed, 'logs'),
};
