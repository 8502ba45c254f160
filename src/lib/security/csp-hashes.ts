import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/** Script types a browser runs, so the CSP's hashes apply to them. */
const RUN_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** A `<meta http-equiv="content-security-policy">` element. */
function isCspMeta(element: Element): boolean {
  return (
    element.tagName === 'meta' &&
    String(element.properties['httpEquiv'] ?? '').toLowerCase() === 'content-security-policy'
  );
}

/** The hash sources of the page's own inline scripts and `<style>` elements, as a CSP writes them. */
function toInlineHashes(tree: Root, sha256Base64: (text: string) => string): Set<string> {
  const toHash = (text: string): string => `'sha256-${sha256Base64(text)}'`;
  const hashes = new Set<string>();
  visit(tree, 'element', (node) => {
    const type = String(node.properties['type'] ?? '').toLowerCase();
    const inlineScript = node.tagName === 'script' && node.properties['src'] === undefined && RUN_TYPES.has(type);
    if (inlineScript || node.tagName === 'style') hashes.add(toHash(toString(node)));
  });
  return hashes;
}

/**
 * Returns the page's Content-Security-Policy with only the hashes of its own inline scripts and
 * styles. Astro lists the hash of every inline script and style of the whole site on every page:
 * some twenty sources of 50 characters that gzip cannot shrink. A hash no element of the page has
 * allows nothing on it, so dropping it changes nothing the policy permits. Undefined when the page
 * has no CSP `<meta>` or nothing to drop.
 *
 * @param html The built page.
 * @param sha256Base64 The SHA-256 of a text's UTF-8 bytes in base64 (`toSha256Base64` in
 *   src/node/hash.ts), passed in so this module needs no crypto of its own.
 * @example toPagePolicy(html, toSha256Base64) // "default-src 'self';…script-src 'self' 'sha256-…'; style-src 'self' 'sha256-…';"
 */
export function toPagePolicy(
  html: string,
  sha256Base64: (text: string) => string,
): { policy: string; from: string } | undefined {
  const tree = fromHtml(html);
  let from: string | undefined;
  visit(tree, 'element', (node) => {
    if (from === undefined && isCspMeta(node)) from = String(node.properties['content'] ?? '');
  });
  if (from === undefined) return undefined;
  const own = toInlineHashes(tree, sha256Base64);
  const policy = from.replace(/\s*'sha256-[A-Za-z0-9+/=]+'/g, (source) => (own.has(source.trim()) ? source : ''));
  return policy === from ? undefined : { policy, from };
}
