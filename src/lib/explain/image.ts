import { toInvalid, type Decoded } from './decoded.ts';

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
 * one-word name is an official image under `library/`.
 * @example parseImageReference('nginx').canonical // 'docker.io/library/nginx:latest'
 * @example parseImageReference('host:5000/ns/repo:tag').registry // 'host:5000'
 */
export function parseImageReference(reference: string): ImageReference | string {
  const [named = '', digest = '', extra] = reference.split('@');
  if (extra !== undefined || (reference.includes('@') && !DIGEST.test(digest)))
    return 'a digest is written @sha256: followed by 64 hexadecimal digits';
  const slash = named.indexOf('/');
  const first = slash === -1 ? '' : named.slice(0, slash);
  const hasRegistry = first.includes('.') || first.includes(':') || first === 'localhost';
  let registry = hasRegistry ? first : 'docker.io';
  let path = hasRegistry ? named.slice(slash + 1) : named;
  const colon = path.lastIndexOf(':');
  const tag = colon === -1 ? '' : path.slice(colon + 1);
  if (colon !== -1) path = path.slice(0, colon);
  if (registry === 'index.docker.io') registry = 'docker.io';
  if (tag && !TAG.test(tag)) return `the tag \`${tag}\` may hold only letters, digits, _ . and -, at most 128`;
  if (!path) return 'it names no repository';
  if (path !== path.toLowerCase()) return 'repository names must be lowercase';
  if (!path.split('/').every((part) => COMPONENT.test(part)))
    return 'a repository name is lowercase letters and digits, separated by / . _ or -';
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

/** What a command does with the image it names, by canonical path; other commands use an image that is here. */
const FETCHES: Readonly<Record<string, string>> = {
  'docker container run': ' Pulled if it is not here yet.',
  'docker container create': ' Pulled if it is not here yet.',
  'docker image pull': ' Downloaded from that registry.',
  'docker image push': ' Uploaded to that registry.',
};

/**
 * Says where an image comes from and which version it is, and, for the commands that pull or
 * push it, what they do with it (a name given to a build or by `docker tag` is pulled from nowhere).
 * @example decodeImage('nginx:1.27', 'docker container run').text // 'The image docker.io/library/nginx:1.27: …'
 */
export function decodeImage(reference: string, commandPath: string): Decoded {
  const read = parseImageReference(reference);
  if (typeof read === 'string') return toInvalid(`Not an image reference Docker accepts: ${read}.`);
  const { registry, repository, tag, digest, canonical } = read;
  const fetch = FETCHES[commandPath];
  // Docker Hub's one-word names are official images; a name you build or tag is yours.
  const official = repository.startsWith('library/') && fetch ? ' (an official image)' : '';
  const where = registry === 'docker.io' ? `from Docker Hub${official}` : `from the registry ${registry}`;
  const version = digest
    ? `pinned by digest, so it never changes${tag ? ` (the tag ${tag} is then ignored)` : ''}`
    : read.tag === 'latest' && !/:[^/]*$/.test(reference.split('@')[0] ?? '')
      ? 'no tag written, so latest, which moves when the image is updated'
      : `tag ${tag}${tag === 'latest' ? ', which moves when the image is updated' : ''}`;
  return {
    text: `The image ${canonical}: repository ${repository} ${where}, ${version}.${fetch ?? ''}`,
    concept: '/registry/#reading-an-image-reference',
  };
}
