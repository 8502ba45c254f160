import { fromShareFragment } from '../engine/session.ts';
import { fromExplainHash } from '../explain/hash.ts';
import { toNearest } from './nearest.ts';
import type { PageFacts } from './page-facts.ts';

/** A URL scheme (`https:`, `mailto:`), per RFC 3986: a letter, then letters, digits, `+`, `.`, `-`. */
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * Reports whether a link leaves the site: it has a scheme or is protocol-relative (`//host`).
 *
 * @example isExternalHref('https://docs.docker.com/') // true
 * @example isExternalHref('/volume/#top') // false
 */
export function isExternalHref(href: string): boolean {
  return SCHEME.test(href) || href.startsWith('//');
}

/**
 * Checks one internal link against the built pages and returns what is wrong with it, with the
 * fix, or undefined when it is fine. External links, mail links and other schemes are not
 * checked here.
 *
 * @param href The link as written.
 * @param from Path of the page that holds it, such as `/volume/`, for `#fragment` links.
 * @param pages Facts of every built page, by path.
 * @example checkLink('/volume/#nope', '/', pages) // 'no anchor #nope on /volume/; …'
 */
export function checkLink(href: string, from: string, pages: ReadonlyMap<string, PageFacts>): string | undefined {
  if (isExternalHref(href)) return undefined;
  const url = new URL(href, `http://site${from}`);
  const path = url.pathname;
  const page = pages.get(path) ?? pages.get(`${path}/`);
  if (!page) {
    const near = toNearest(path, pages.keys());
    return `no page at ${path}${near.length > 0 ? `; did you mean ${near.join(' or ')}?` : ''}`;
  }
  if (!path.endsWith('/') && path !== '/') return `write ${path}/ with a trailing slash, the form the site publishes`;
  // /explain/#cmd=… carries a command to explain, not an anchor.
  const command = path === '/explain/' ? fromExplainHash(url.hash) : undefined;
  if (command) return 'error' in command ? command.error : undefined;
  // /playground/#run=… carries console lines to replay (the share and "Try it" links), not an anchor.
  if (path === '/playground/' && url.hash.startsWith('#run=')) {
    return fromShareFragment(url.hash).length > 0 ? undefined : `${url.hash} holds no command to run`;
  }
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (fragment && !page.ids.has(fragment)) {
    const near = toNearest(fragment, page.anchors);
    return `no anchor #${fragment} on ${path}; ${near.length > 0 ? `did you mean ${near.map((id) => `#${id}`).join(' or ')}?` : `its anchors are ${page.anchors.map((id) => `#${id}`).join(', ')}`}`;
  }
  return undefined;
}
