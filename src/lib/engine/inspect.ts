import { findCatalogueImage } from './catalogue.ts';
import { renderTemplate, type Json } from './template.ts';
import { lastFlag } from './flags.ts';
import type { Parsed } from './invocation.ts';
import { MESSAGES, fromDaemon } from './messages.ts';
import { OBJECT_MESSAGES } from './object-messages.ts';
import { begin, findContainer, findImage, findNetwork, toShortId, type Outcome } from './state.ts';
import type { Container, State } from './types.ts';

/**
 * `docker inspect` and the per-object inspect commands: the fields the lessons need, in the
 * shape of the Engine API's JSON (moby api/types: container.InspectResponse, network.Inspect,
 * volume.Volume, image.InspectResponse). Fields the playground does not model are left out.
 */

const EPOCH = Date.UTC(2026, 11, 1, 9, 0, 0);
const toTime = (clock: number): string => new Date(EPOCH + clock * 1000).toISOString().replace('.000Z', '.000000000Z');

function containerJson(state: State, container: Container): Json {
  const running = container.status === 'running';
  const ports: Record<string, Json> = {};
  for (const spec of container.exposed) ports[spec] = null;
  for (const binding of container.ports) {
    const key = `${binding.port}/${binding.proto}`;
    const list = (ports[key] as Json[] | null) ?? [];
    ports[key] = [...list, { HostIp: binding.hostIp, HostPort: String(binding.hostPort) }];
  }
  const networks: Record<string, Json> = {};
  for (const endpoint of container.endpoints) {
    const network = findNetwork(state, endpoint.network);
    const userDefined = network && !network.builtin;
    networks[endpoint.network] = {
      Aliases: userDefined ? [...endpoint.aliases, ...(container.service ? [container.service] : [])] : null,
      NetworkID: running ? (network?.id ?? '') : '',
      IPAddress: running ? endpoint.ip : '',
      Gateway: running && endpoint.ip ? endpoint.ip.replace(/\.\d+$/, '.1') : '',
      IPPrefixLen: running && endpoint.ip ? 16 : 0,
      DNSNames: userDefined && running ? [container.name, toShortId(container.id), ...endpoint.aliases] : null,
    };
  }
  return {
    Id: container.id,
    Created: toTime(container.created),
    Path: container.argv[0] ?? '',
    Args: container.argv.slice(1),
    State: {
      Status: container.status,
      Running: running,
      Paused: false,
      Restarting: container.status === 'restarting',
      OOMKilled: false,
      Dead: false,
      Pid: running ? 1000 + state.containers.indexOf(container) : 0,
      ExitCode: container.exitCode,
      Error: '',
      StartedAt:
        container.started || container.status !== 'created' ? toTime(container.started) : '0001-01-01T00:00:00Z',
      FinishedAt: container.status === 'exited' ? toTime(container.finished) : '0001-01-01T00:00:00Z',
    },
    Image: `sha256:${container.imageId}`,
    Name: `/${container.name}`,
    RestartCount: container.restartCount,
    HostConfig: {
      NetworkMode: container.networkMode,
      PortBindings: Object.fromEntries(
        container.ports.map((binding) => [
          `${binding.port}/${binding.proto}`,
          [{ HostIp: binding.hostIp === '0.0.0.0' ? '' : binding.hostIp, HostPort: String(binding.hostPort) }],
        ]),
      ),
      RestartPolicy: { Name: container.restart.name, MaximumRetryCount: container.restart.max },
      AutoRemove: container.autoRemove,
      Binds: container.mounts
        .filter(
          (mount) => mount.type === 'bind' || !state.volumes.find((volume) => volume.name === mount.source)?.anonymous,
        )
        .map((mount) => `${mount.source}:${mount.target}${mount.readOnly ? ':ro' : ''}`),
    },
    Mounts: container.mounts.map((mount) => ({
      Type: mount.type,
      ...(mount.type === 'volume' ? { Name: mount.source } : {}),
      Source: mount.type === 'volume' ? `/var/lib/docker/volumes/${mount.source}/_data` : mount.source,
      Destination: mount.target,
      ...(mount.type === 'volume' ? { Driver: 'local' } : {}),
      Mode: mount.readOnly ? 'ro' : '',
      RW: !mount.readOnly,
      Propagation: mount.type === 'bind' ? 'rprivate' : '',
    })),
    Config: {
      Hostname: toShortId(container.id),
      Env: container.env,
      Cmd: container.argv,
      Image: container.imageRef,
      ExposedPorts: Object.fromEntries(container.exposed.map((spec) => [spec, {}])),
      Labels: container.project
        ? { 'com.docker.compose.project': container.project, 'com.docker.compose.service': container.service ?? '' }
        : {},
    },
    NetworkSettings: { Ports: ports, Networks: networks },
  };
}

/** Finds any object by name or ID, in the order `docker inspect` tries them. */
function inspectOne(state: State, ref: string, kind: string): Json | undefined {
  if (kind === 'container' || kind === 'any') {
    const container = findContainer(state, ref);
    if (container) return containerJson(state, container);
  }
  if (kind === 'image' || kind === 'any') {
    const image = findImage(state, ref);
    if (image) {
      const facts = findCatalogueImage(image.kind);
      // Docker leaves an unset entrypoint out of the image config, so a template prints null.
      return {
        Id: `sha256:${image.id}`,
        RepoTags: image.refs,
        RepoDigests: image.digests,
        Size: 0,
        Config: {
          Env: [...(facts?.env ?? []), ...(facts?.versionEnv ? [`${facts.versionEnv}=${image.version}`] : [])],
          Entrypoint: facts?.entrypoint.length ? facts.entrypoint : null,
          Cmd: facts?.cmd ?? [],
          ExposedPorts: Object.fromEntries((facts?.exposed ?? []).map((spec) => [spec, {}])),
          WorkingDir: facts?.workdir ?? '',
          Volumes: facts?.volumes.length ? Object.fromEntries(facts.volumes.map((path) => [path, {}])) : null,
        },
      };
    }
  }
  if (kind === 'network' || kind === 'any') {
    const network = findNetwork(state, ref);
    if (network) {
      const containers: Record<string, Json> = {};
      for (const container of state.containers) {
        const endpoint = container.endpoints.find((item) => item.network === network.name);
        if (endpoint && container.status === 'running')
          containers[container.id] = { Name: container.name, IPv4Address: `${endpoint.ip}/16` };
      }
      return {
        Name: network.name,
        Id: network.id,
        Scope: 'local',
        Driver: network.driver,
        IPAM: {
          Driver: 'default',
          Config: network.subnet ? [{ Subnet: network.subnet, Gateway: network.subnet.replace(/0\/16$/, '1') }] : [],
        },
        Internal: false,
        Containers: containers,
        Labels: network.project ? { 'com.docker.compose.project': network.project } : {},
      };
    }
  }
  if (kind === 'volume' || kind === 'any') {
    const volume = state.volumes.find((item) => item.name === ref);
    if (volume) {
      return {
        CreatedAt: toTime(volume.created).replace('.000000000Z', 'Z'),
        Driver: 'local',
        Labels: volume.project
          ? { 'com.docker.compose.project': volume.project }
          : volume.anonymous
            ? { 'com.docker.volume.anonymous': '' }
            : null,
        Mountpoint: `/var/lib/docker/volumes/${volume.name}/_data`,
        Name: volume.name,
        Options: null,
        Scope: 'local',
      };
    }
  }
  return undefined;
}

/**
 * CLI 29's words when nothing answers to a reference: `docker inspect` tries each kind and says
 * so itself (cli/command/system/inspect.go); a typed inspect relays the daemon's error.
 */
const NOT_FOUND: Record<string, (ref: string) => string> = {
  any: (ref) => `error: no such object: ${ref}`,
  container: (ref) => fromDaemon(MESSAGES.noSuchContainer(ref)),
  image: (ref) => fromDaemon(MESSAGES.noSuchImage(ref)),
  network: (ref) => fromDaemon(OBJECT_MESSAGES.noSuchNetwork(ref)),
  volume: (ref) => fromDaemon(OBJECT_MESSAGES.noSuchVolume(ref)),
};

export function inspectCommand(
  state: State,
  parsed: Parsed,
  kind: 'any' | 'container' | 'image' | 'network' | 'volume',
): Outcome {
  const outcome = begin(state);
  const format = lastFlag(parsed, '--format');
  const found: Json[] = [];
  for (const ref of parsed.args) {
    const value = inspectOne(state, ref, kind);
    if (value === undefined) {
      outcome.stderr.push((NOT_FOUND[kind] ?? NOT_FOUND['any'])?.(ref) ?? '');
      outcome.exit = 1;
      continue;
    }
    if (format) {
      const rendered = renderTemplate(format, value);
      if (!rendered.ok) {
        outcome.stderr.push(rendered.error);
        outcome.exit = 1;
        return outcome;
      }
      outcome.stdout.push(rendered.text);
    } else found.push(value);
  }
  if (!format) outcome.stdout.push(JSON.stringify(found, null, 4));
  return outcome;
}

/** The commands of this module by path (see LazyModule in ./engine.ts). */
export const HANDLERS: Record<string, (state: State, parsed: Parsed) => Outcome> = {
  'docker inspect': (state, parsed) => inspectCommand(state, parsed, 'any'),
  'docker container inspect': (state, parsed) => inspectCommand(state, parsed, 'container'),
  'docker image inspect': (state, parsed) => inspectCommand(state, parsed, 'image'),
  'docker network inspect': (state, parsed) => inspectCommand(state, parsed, 'network'),
  'docker volume inspect': (state, parsed) => inspectCommand(state, parsed, 'volume'),
};
