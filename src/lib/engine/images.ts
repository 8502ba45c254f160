import type { Parsed } from './invocation.ts';
import { MESSAGES, fromDaemon } from './messages.ts';
import { begin, failWith, splitRef, toImageRef, toLayers, toPullSource, type Outcome } from './state.ts';
import type { Image, State } from './types.ts';

/**
 * Pulling images, from the catalogue or the local registry (`docker pull`, and `docker run` of an
 * image not yet present). images, tag, push and rmi are in ./image-commands.ts, loaded on first use.
 * Progress is written as the CLI writes it when its output is not a terminal.
 */

/** `repo` as a pull names it: `library/nginx` on Docker Hub, `demo/busybox` on localhost:5000. */
export function toRemoteName(repo: string): string {
  if (repo.startsWith('localhost:5000/')) return repo.slice('localhost:5000/'.length);
  return repo.includes('/') ? repo : `library/${repo}`;
}

/** The full reference the CLI prints after a pull: `docker.io/library/nginx:latest`. */
function toFullRef(ref: string): string {
  const { repo, tag } = splitRef(ref);
  return repo.startsWith('localhost:5000/') ? `${repo}:${tag}` : `docker.io/${toRemoteName(repo)}:${tag}`;
}

/** Pulls an image; `lines` is the progress, `error` the daemon's refusal. */
export function pullImage(
  state: State,
  refArg: string,
  local = false,
): { state: State; lines: string[]; error?: string } {
  const ref = toImageRef(refArg);
  const { repo, tag } = splitRef(ref);
  const source = toPullSource(state, ref, local);
  if ('error' in source) {
    // The local registry answers a missing repository as a missing tag (toPullSource).
    const message = source.error === 'repository' ? MESSAGES.pullDenied(repo) : MESSAGES.manifestUnknown(ref);
    // Stryker disable next-line ArrayDeclaration: a refused pull's lines are never read, every caller stops at the error
    return { state, lines: [], error: fromDaemon(message) };
  }
  const digestRef = `${repo}@sha256:${source.digest}`;
  const lines = [`${tag}: Pulling from ${toRemoteName(repo)}`];
  const existing = state.images.find((image) => image.id === source.image.id);
  if (!existing) {
    const layers = toLayers(source.image);
    lines.push(
      ...layers.map((layer) => `${layer}: Pulling fs layer`),
      ...layers.map((layer) => `${layer}: Download complete`),
      ...layers.map((layer) => `${layer}: Pull complete`),
    );
  }
  lines.push(`Digest: sha256:${source.digest}`);
  const upToDate = existing?.refs.includes(ref);
  lines.push(upToDate ? `Status: Image is up to date for ${ref}` : `Status: Downloaded newer image for ${ref}`);
  const images = state.images
    .map((image) =>
      image.id === source.image.id ? image : { ...image, refs: image.refs.filter((item) => item !== ref) },
    )
    .filter((image) => image.refs.length > 0 || image.id === source.image.id);
  const updated: Image = existing
    ? {
        ...existing,
        refs: [...new Set([...existing.refs, ref])],
        digests: [...new Set([...existing.digests, digestRef])],
      }
    : { ...source.image, refs: [ref], digests: [digestRef] };
  return {
    state: {
      ...state,
      images: existing ? images.map((image) => (image.id === updated.id ? updated : image)) : [...images, updated],
    },
    lines,
  };
}

export function pullCommand(state: State, parsed: Parsed): Outcome {
  const outcome = begin(state);
  const ref = parsed.args[0];
  if (!ref)
    return failWith(
      outcome,
      MESSAGES.requiresExactArgs(parsed.typed, 1, parsed.command.usage.replace(parsed.command.path, parsed.typed)),
    );
  const pulled = pullImage(state, ref);
  if (pulled.error) return failWith(outcome, pulled.error);
  outcome.state = pulled.state;
  outcome.stdout.push(...pulled.lines, toFullRef(toImageRef(ref)));
  return outcome;
}
