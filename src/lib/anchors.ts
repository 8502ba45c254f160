import { slug } from 'github-slugger';

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

/** Returns the source text that pins `id` to a heading. */
export function toPinnedIdComment(id: string): string {
  return `{/* #${id} */}`;
}

/**
 * Returns the anchor of a command on /reference/, from its canonical path: the words joined by
 * hyphens. A program other than `docker` (Compose v1's `docker-compose`) loses its own hyphens,
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
 * Returns the anchor of a flag on /reference/: its command's anchor, then the long flag name
 * with its two dashes. Global flags belong to the command `docker`.
 *
 * @example toFlagAnchor('docker container run', '--network-alias') // 'docker-container-run--network-alias'
 */
export function toFlagAnchor(commandPath: string, flag: string): string {
  return `${toCommandAnchor(commandPath)}--${flag.replace(/^-+/, '').toLowerCase()}`;
}

/** The path of the command reference. */
export const REFERENCE_PATH = '/reference/';

/**
 * Returns the link to a command's entry in the command reference, or to one of its flags. The
 * one place a reference href is made: the reference's layout may change (a page per command),
 * and every link then follows from here.
 *
 * @example toReferenceHref('docker container run', '--publish') // '/reference/#docker-container-run--publish'
 */
export function toReferenceHref(commandPath: string, flag?: string): string {
  return `${REFERENCE_PATH}#${flag ? toFlagAnchor(commandPath, flag) : toCommandAnchor(commandPath)}`;
}
