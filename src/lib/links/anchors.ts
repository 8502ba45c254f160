import { slug } from 'github-slugger';
import type { Heading } from 'mdast';
import type {} from 'mdast-util-mdx-expression';

/**
 * Anchor ids are a public API: other sites link to them. This module is the only place that
 * makes or checks one. Changing its output breaks links other sites hold.
 */

/** A valid anchor id: lowercase ASCII words joined by single hyphens, e.g. `inspecting-a-volume`. */
export const ANCHOR_PATTERN = /^[a-z0-9]+(?:-{1,2}[a-z0-9]+)*$/;

/**
 * Returns the anchor id suggested for a heading's text. Used once, when an anchor is pinned in
 * the source; after that the pinned id stays even if the heading is reworded.
 *
 * @example toAnchorId('Inspecting a volume') // 'inspecting-a-volume'
 */
export function toAnchorId(text: string): string {
  return slug(text.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-{3,}/g, '--')
    .replace(/^-+|-+$/g, '');
}

/** Reports whether a string is a valid anchor id. */
export function isAnchorId(id: string): boolean {
  return ANCHOR_PATTERN.test(id);
}

/**
 * The comment that pins a heading's anchor in MDX: `## Inspecting a volume {/* #inspecting-a-volume *\/}`.
 * It is a valid MDX comment, so it renders nothing even where this site's plugin does not run.
 */
export const PINNED_ID = /^\s*\/\*\s*#(\S+)\s*\*\/\s*$/;

/**
 * Returns the id pinned at the end of an MDX heading, or undefined when it has none. The one
 * reader of a pinned id: the heading plugin, the reference's "Used in" links and `npm run anchors`.
 *
 * @example readPinnedId(heading of `## Inspecting a volume {/* #inspecting-a-volume *\/}`) // 'inspecting-a-volume'
 */
export function readPinnedId(heading: Readonly<Heading>): string | undefined {
  const last = heading.children.at(-1);
  return last?.type === 'mdxTextExpression' ? PINNED_ID.exec(last.value)?.[1] : undefined;
}

/** Returns the source text that pins `id` to a heading. */
export function toPinnedIdComment(id: string): string {
  return `{/* #${id} */}`;
}

/**
 * Returns the anchor of a command on the reference index, /reference/, from its canonical path
 * (or an alias): the words joined by hyphens. Until the reference was split into one page per
 * command it was the command's anchor on the single page, and links elsewhere still hold it. A program other than `docker` (Compose v1's `docker-compose`) loses its own hyphens,
 * so it never collides with a `docker` subcommand (`docker compose`).
 *
 * @example toCommandAnchor('docker volume inspect') // 'docker-volume-inspect'
 * @example toCommandAnchor('docker-compose') // 'dockercompose'
 */
export function toCommandAnchor(path: string): string {
  const [program = '', ...words] = path.trim().split(/\s+/);
  return [program.replace(/-/g, ''), ...words].join('-').toLowerCase();
}

/**
 * Returns the anchor a flag had on the single reference page (retired; /reference/ forwards it
 * to the flag's entry on its command's page): its command's anchor, then the long flag name with
 * its two dashes. Global flags belong to the command `docker`.
 *
 * @example toFlagAnchor('docker container run', '--network-alias') // 'docker-container-run--network-alias'
 */
export function toFlagAnchor(commandPath: string, flag: string): string {
  return `${toCommandAnchor(commandPath)}--${flag.replace(/^-+/, '').toLowerCase()}`;
}

/**
 * Returns the anchor of a flag on its command's reference page: the long name without its
 * dashes, as docs.docker.com writes them, so `/reference/cli/docker/container/run/#network-alias`
 * reads the same on both sites. It is also what follows `--` in the flag's retired anchor.
 *
 * @example toFlagId('--network-alias') // 'network-alias'
 */
export function toFlagId(flag: string): string {
  return flag.replace(/^-+/, '').toLowerCase();
}
