import { toHumanDuration, toTable } from './format.ts';
import { toRemoteName } from './images.ts';
import { hasFlag } from './flags.ts';
import { toUsage, type Parsed } from './invocation.ts';
import { MESSAGES, fromDaemon } from './messages.ts';
import {
  begin,
  failWith,
  findImage,
  splitRef,
  toDigest,
  toImageRef,
  toLayers,
  toShortId,
  type Outcome,
} from './state.ts';
import type { State } from './types.ts';

/**
 * `docker images`, `tag`, `push` (to the simulated registry localhost:5000) and `rmi`, loaded the
 * first time a line needs one (./engine.ts toLazyModules). Progress is written as the CLI writes
 * it when its output is not a terminal.
 */

/** The usage line of the command as typed, for the argument-count messages (cli/required.go). */

function imagesCommand(state: State, parsed: Parsed): Outcome {
  const outcome = begin(state);
  const rows = state.images
    .flatMap((image) => [...image.refs].reverse().map((ref) => ({ image, ...splitRef(ref) })))
    // Newest image first; the tags of one image newest first, as the daemon lists them.
    .sort((a, b) => a.image.age - b.image.age);
  if (hasFlag(parsed, '--quiet')) {
    outcome.stdout.push(...[...new Set(rows.map((row) => toShortId(row.image.id)))]);
    return outcome;
  }
  const table = [
    ['REPOSITORY', 'TAG', 'IMAGE ID', 'CREATED', 'SIZE'],
    ...rows.map((row) => [
      row.repo,
      row.tag,
      toShortId(row.image.id),
      `${toHumanDuration(row.image.age + state.clock)} ago`,
      row.image.size,
    ]),
  ];
  outcome.stdout.push(toTable(table));
  return outcome;
}

function tagCommand(state: State, parsed: Parsed): Outcome {
  const outcome = begin(state);
  const [sourceRef, targetRef] = parsed.args;
  if (!sourceRef || !targetRef) return failWith(outcome, MESSAGES.requiresExactArgs(parsed.typed, 2, toUsage(parsed)));
  const image = findImage(state, sourceRef);
  if (!image) return failWith(outcome, fromDaemon(MESSAGES.noSuchImage(sourceRef)));
  const target = toImageRef(targetRef);
  const images = state.images
    .map((item) =>
      item.id === image.id
        ? { ...item, refs: [...new Set([...item.refs, target])] }
        : { ...item, refs: item.refs.filter((ref) => ref !== target) },
    )
    .filter((item) => item.refs.length > 0);
  outcome.state = { ...state, images };
  return outcome;
}

function pushCommand(state: State, parsed: Parsed): Outcome {
  const outcome = begin(state);
  const refArg = parsed.args[0];
  if (refArg === undefined) return failWith(outcome, MESSAGES.requiresExactArgs(parsed.typed, 1, toUsage(parsed)));
  const ref = toImageRef(refArg);
  const image = findImage(state, ref);
  const { repo, tag } = splitRef(ref);
  if (!image) return failWith(outcome, `An image does not exist locally with the tag: ${repo}`);
  outcome.stdout.push(
    `The push refers to repository [${repo.startsWith('localhost:5000/') ? repo : `docker.io/${toRemoteName(repo)}`}]`,
  );
  const layers = toLayers(image);
  outcome.stdout.push(...layers.map((layer) => `${layer}: Preparing`));
  if (!repo.startsWith('localhost:5000/')) {
    outcome.stderr.push('denied: requested access to the resource is denied');
    outcome.exit = 1;
    outcome.notes.push({
      text: 'The playground has no Docker Hub account to push to; push to the local registry instead: docker tag IMAGE localhost:5000/NAME:TAG, then docker push localhost:5000/NAME:TAG.',
    });
    return outcome;
  }
  const remote = toRemoteName(repo);
  const digest = `sha256:${toDigest(image.id)}`;
  outcome.stdout.push(
    ...layers.map((layer) => `${layer}: Pushed`),
    `${tag}: digest: ${digest} size: ${527 + layers.length * 200}`,
  );
  outcome.state = {
    ...state,
    registry: { ...state.registry, [remote]: { ...(state.registry[remote] ?? {}), [tag]: image.id } },
    images: state.images.map((item) =>
      item.id === image.id ? { ...item, digests: [...new Set([...item.digests, `${repo}@${digest}`])] } : item,
    ),
  };
  return outcome;
}

function rmiCommand(state: State, parsed: Parsed): Outcome {
  const outcome = begin(state);
  if (parsed.args.length === 0) return failWith(outcome, MESSAGES.requiresMinArgs(parsed.typed, 1, toUsage(parsed)));
  const force = hasFlag(parsed, '--force');
  for (const refArg of parsed.args) {
    const image = findImage(outcome.state, refArg);
    if (!image) {
      outcome.stderr.push(fromDaemon(MESSAGES.noSuchImage(refArg)));
      outcome.exit = 1;
      continue;
    }
    const byId = !image.refs.includes(toImageRef(refArg));
    const ref = byId ? undefined : toImageRef(refArg);
    const users = outcome.state.containers.filter((container) => container.imageId === image.id);
    const lastRef = byId || image.refs.length === 1;
    if (byId && image.refs.length > 1 && !force) {
      outcome.stderr.push(fromDaemon(MESSAGES.imageMultipleRefs(toShortId(image.id))));
      outcome.exit = 1;
      continue;
    }
    const running = users.find((container) => container.status === 'running');
    const user = running ?? users[0];
    if (lastRef && user && (!force || running)) {
      outcome.stderr.push(fromDaemon(MESSAGES.imageInUse(toShortId(image.id), Boolean(running), toShortId(user.id))));
      outcome.exit = 1;
      continue;
    }
    const removing = ref ? [ref] : image.refs;
    for (const item of removing) {
      outcome.stdout.push(`Untagged: ${item}`);
      const { repo } = splitRef(item);
      for (const digest of image.digests.filter((entry) => entry.startsWith(`${repo}@`)))
        outcome.stdout.push(`Untagged: ${digest}`);
    }
    const refs = image.refs.filter((item) => !removing.includes(item));
    const digests = image.digests.filter((entry) => refs.some((item) => entry.startsWith(`${splitRef(item).repo}@`)));
    if (refs.length === 0 && !user) outcome.stdout.push(`Deleted: sha256:${image.id}`);
    outcome.state = {
      ...outcome.state,
      images:
        refs.length === 0 && !user
          ? outcome.state.images.filter((item) => item.id !== image.id)
          : outcome.state.images.map((item) => (item.id === image.id ? { ...item, refs, digests } : item)),
    };
  }
  return outcome;
}

export const HANDLERS: Record<string, (state: State, parsed: Parsed) => Outcome> = {
  'docker image ls': imagesCommand,
  'docker image tag': tagCommand,
  'docker image push': pushCommand,
  'docker image rm': rmiCommand,
};
