import { findCatalogueImage } from './catalogue.ts';
import { toId, toShortId } from './ids.ts';
import type { Container, Image, Network, Note, Result, State } from './types.ts';

/**
 * The engine's state helpers: the fresh state, IDs, lookups by name or ID prefix, image
 * references, and the small result builders every command uses.
 */

/** A fresh engine: the three pre-defined networks, no images, containers or volumes. */
export function createState(seed = 'playground'): State {
  const base: State = {
    seed,
    counter: 0,
    clock: 0,
    images: [],
    containers: [],
    networks: [],
    volumes: [],
    registry: {},
    composeFile: '',
  };
  const networks: Network[] = [
    { id: toId(seed, -1), name: 'bridge', driver: 'bridge', builtin: true, subnet: '172.17.0.0/16' },
    { id: toId(seed, -2), name: 'host', driver: 'host', builtin: true, subnet: '' },
    { id: toId(seed, -3), name: 'none', driver: 'null', builtin: true, subnet: '' },
  ];
  return { ...base, networks };
}

/** Draws the next ID. */
export function nextId(state: State): [string, State] {
  return [toId(state.seed, state.counter), { ...state, counter: state.counter + 1 }];
}

export interface Outcome {
  state: State;
  stdout: string[];
  stderr: string[];
  exit: number;
  notes: Note[];
}

export function begin(state: State): Outcome {
  return { state, stdout: [], stderr: [], exit: 0, notes: [] };
}

/** Ends a command with an error on stderr and exit code 1 (or `exit`). */
export function failWith(outcome: Outcome, message: string, exit = 1): Outcome {
  outcome.stderr.push(message);
  outcome.exit = exit;
  return outcome;
}

export function toResult(outcome: Outcome): Result {
  const join = (lines: string[]): string => lines.map((line) => (line.endsWith('\n') ? line : `${line}\n`)).join('');
  return {
    state: outcome.state,
    stdout: join(outcome.stdout),
    stderr: join(outcome.stderr),
    exit: outcome.exit,
    notes: outcome.notes,
  };
}

/** Finds a container by name, full ID or unique ID prefix, as the daemon does. */
export function findContainer(state: State, ref: string): Container | undefined {
  const name = ref.replace(/^\//, '');
  return (
    state.containers.find((container) => container.id === ref || container.name === name) ??
    // Stryker disable next-line Regex: IDs are hex, so a ref with any other character prefixes none, anchored or not
    (/^[0-9a-f]+$/.test(ref) ? state.containers.find((container) => container.id.startsWith(ref)) : undefined)
  );
}

export function findNetwork(state: State, ref: string): Network | undefined {
  return (
    state.networks.find((network) => network.name === ref || network.id === ref) ??
    // Stryker disable next-line Regex: IDs are hex, so a ref with any other character prefixes none, anchored or not
    (/^[0-9a-f]{3,}$/.test(ref) ? state.networks.find((network) => network.id.startsWith(ref)) : undefined)
  );
}

/** Normalises an image reference: `nginx` → `nginx:latest`, `docker.io/library/nginx:1.30` → `nginx:1.30`. */
export function toImageRef(ref: string): string {
  let name = ref.replace(/^docker\.io\//, '').replace(/^library\//, '');
  const digest = name.indexOf('@');
  if (digest !== -1) name = name.slice(0, digest);
  const lastSlash = name.lastIndexOf('/');
  return name.slice(lastSlash + 1).includes(':') ? name : `${name}:latest`;
}

/** Splits `repo:tag` (the registry host stays in the repository). */
export function splitRef(ref: string): { repo: string; tag: string } {
  const at = ref.lastIndexOf(':');
  return at > ref.lastIndexOf('/') ? { repo: ref.slice(0, at), tag: ref.slice(at + 1) } : { repo: ref, tag: 'latest' };
}

/** Finds a local image by reference or ID prefix. */
export function findImage(state: State, ref: string): Image | undefined {
  const wanted = toImageRef(ref);
  return (
    state.images.find((image) => image.refs.includes(wanted)) ??
    // Stryker disable next-line Regex: IDs are hex, so a ref with any other character prefixes none, anchored or not
    (/^(?:sha256:)?[0-9a-f]{4,}$/.test(ref)
      ? // Stryker disable next-line Regex: the test above lets sha256: appear only at the start
        state.images.find((image) => image.id.startsWith(ref.replace(/^sha256:/, '')))
      : undefined)
  );
}

/** The manifest digest of an image (without `sha256:`), the same for push and pull. */
export function toDigest(id: string): string {
  return toId(`digest:${id}`, 0);
}

/**
 * Where a pull of `ref` comes from: the catalogue (Docker Hub), the local registry, or nowhere.
 * `local` also finds the images that exist only on this machine (a lesson's start).
 */
export function toPullSource(
  state: State,
  ref: string,
  local = false,
): { image: Omit<Image, 'refs' | 'digests'>; digest: string } | { error: 'repository' | 'tag' } {
  const { repo, tag } = splitRef(toImageRef(ref));
  if (repo.startsWith('localhost:5000/')) {
    const stored = state.registry[repo.slice('localhost:5000/'.length)];
    const id = stored?.[tag];
    if (!stored) return { error: 'tag' };
    if (!id) return { error: 'tag' };
    const known = state.images.find((image) => image.id === id);
    const base = known ?? { id, kind: 'busybox', age: 0, size: '4.43MB', version: tag };
    return {
      image: { id, kind: base.kind, age: base.age, size: base.size, version: base.version },
      digest: toDigest(id),
    };
  }
  const entry = findCatalogueImage(repo);
  // demo/app stands for an image you built: a lesson may start with it, no pull finds it.
  if (!entry || (repo === 'demo/app' && !local)) return { error: 'repository' };
  const version = entry.versions.find((group) => group.tags.includes(tag));
  if (!version) return { error: 'tag' };
  const id = toId(`catalogue:${repo}`, entry.versions.indexOf(version));
  return {
    image: { id, kind: repo, age: entry.age, size: entry.size, version: version.version },
    digest: toDigest(id),
  };
}

/** Layer IDs of an image, for pull and push progress. */
export function toLayers(image: Pick<Image, 'id' | 'kind'>): string[] {
  const count = findCatalogueImage(image.kind)?.layers ?? 1;
  return Array.from({ length: count }, (_, index) => toShortId(toId(`layer:${image.id}`, index)));
}

/** Replaces one container in the state. */
export function withContainer(state: State, container: Container): State {
  return { ...state, containers: state.containers.map((item) => (item.id === container.id ? container : item)) };
}

export { toShortId };
