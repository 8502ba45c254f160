import type { Decoded } from './decoded.ts';
import type { MessageKey } from './messages.ts';
import type { Say } from './say.ts';

/** An image reference, normalised the way Docker reads it. */
export interface ImageReference {
  /** Registry host, with its port: `docker.io`, `ghcr.io`, `host:5000`. */
  registry: string;
  /** Repository path in the registry: `library/nginx`, `ns/repo`. */
  repository: string;
  /** The tag; `latest` when neither tag nor digest is written. */
  tag: string;
  /** `sha256:…` when pinned by digest. */
  digest: string;
  /** The full name: `docker.io/library/nginx:latest`. */
  canonical: string;
}

/** A path component: lowercase letters and digits, joined by `.`, `_`, `__` or dashes. */
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const TAG = /^\w[\w.-]{0,127}$/;
const DIGEST = /^[a-z0-9]+(?:[+._-][a-z0-9]+)*:[a-f0-9]{32,}$/;

/**
 * Reads an image reference as Docker's reference library does: a first component with a `.`
 * or `:`, or `localhost`, is a registry; otherwise the registry is Docker Hub, where a
 * one-word name is an official image under `library/`. What is wrong is a key of messages.ts,
 * with the tag it names for a bad tag.
 * @example parseImageReference('nginx').canonical // 'docker.io/library/nginx:latest'
 * @example parseImageReference('host:5000/ns/repo:tag').registry // 'host:5000'
 */
export function parseImageReference(reference: string): ImageReference | MessageKey | readonly [MessageKey, string] {
  const [named = '', digest = '', extra] = reference.split('@');
  if (extra !== undefined || (reference.includes('@') && !DIGEST.test(digest))) return 'img.digest';
  const slash = named.indexOf('/');
  const first = slash === -1 ? '' : named.slice(0, slash);
  const hasRegistry = first.includes('.') || first.includes(':') || first === 'localhost';
  let registry = hasRegistry ? first : 'docker.io';
  let path = hasRegistry ? named.slice(slash + 1) : named;
  const colon = path.lastIndexOf(':');
  const tag = colon === -1 ? '' : path.slice(colon + 1);
  if (colon !== -1) path = path.slice(0, colon);
  if (registry === 'index.docker.io') registry = 'docker.io';
  if (tag && !TAG.test(tag)) return ['img.tag', tag];
  if (!path) return 'img.empty';
  if (path !== path.toLowerCase()) return 'img.case';
  if (!path.split('/').every((part) => COMPONENT.test(part))) return 'img.name';
  if (registry === 'docker.io' && !path.includes('/')) path = `library/${path}`;
  const shownTag = tag || (digest ? '' : 'latest');
  return {
    registry,
    repository: path,
    tag: shownTag,
    digest,
    canonical: `${registry}/${path}${shownTag ? `:${shownTag}` : ''}${digest ? `@${digest}` : ''}`,
  };
}

/**
 * What a command does with the image it names, by canonical path, and what a one-word name is
 * there: `run` uses an image built or tagged here by that name first. Other commands use an image
 * that is here.
 */
const FETCHES: Readonly<Record<string, readonly [MessageKey, MessageKey]>> = {
  'docker container run': ['img.pull', 'img.official.local'],
  'docker container create': ['img.pull', 'img.official.local'],
  'docker image pull': ['img.download', 'img.official'],
  'docker image push': ['img.upload', 'img.official'],
};

/**
 * Says where an image comes from and which version it is, and, for the commands that pull or
 * push it, what they do with it (a name given to a build or by `docker tag` is pulled from nowhere).
 * @example decodeImage('nginx:1.27', 'docker container run', SAY).text // 'The image docker.io/library/nginx:1.27: …'
 */
export function decodeImage(reference: string, commandPath: string, say: Say): Decoded {
  const read = parseImageReference(reference);
  if (typeof read === 'string') return { text: say('img.bad', say(read)), invalid: true };
  if (!('canonical' in read)) return { text: say('img.bad', say(...read)), invalid: true };
  const { registry, repository, tag, digest, canonical } = read;
  const fetch = FETCHES[commandPath];
  // Docker Hub's one-word names are official images; a name you build or tag is yours.
  const official = repository.startsWith('library/') && fetch ? say(fetch[1]) : '';
  const where = registry === 'docker.io' ? say('img.hub', official) : say('img.registry', registry);
  const version = digest
    ? say('img.pinned', tag ? say('img.ignored', tag) : '')
    : tag === 'latest' && !/:[^/]*$/.test(reference.split('@')[0] ?? '')
      ? say('img.untagged')
      : say('img.tagged', tag, tag === 'latest' ? say('img.moves') : '');
  return {
    text: say('img.text', canonical, repository, where, version, fetch ? say(fetch[0]) : ''),
    concept: '/registry/#reading-an-image-reference',
  };
}
