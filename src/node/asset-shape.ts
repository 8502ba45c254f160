/**
 * Reads from a built page's HTML everything that decides which files a browser fetches for it on
 * first load, so pages that would fetch the same files can be told apart without a browser. Used
 * by the weight budget (tests/e2e/budget.spec.ts), which measures one page of each shape in
 * Chromium and weighs the others from their built files.
 */
import { createHash } from 'node:crypto';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/** `<link>` relations that name a document rather than fetch a file. */
const NON_FETCHING_RELS = new Set([
  'alternate',
  'author',
  'bookmark',
  'canonical',
  'help',
  'license',
  'next',
  'prev',
  'sitemap',
]);

/** Attributes through which an element fetches a file (hast's property names). */
const FETCHING_PROPERTIES = ['src', 'srcSet', 'poster', 'data', 'href', 'xLinkHref'] as const;

/** Script types a browser runs; any other (`application/json`, …) is a data block. */
const RUN_SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

/** Matches what CSS fetches: `url(…)` and `@import "…"`. */
const CSS_FETCH = /url\(\s*(['"]?)([^'")]+)\1\s*\)|@import\s+(['"])([^'"]+)\3/g;

function toRels(node: Element): string[] {
  const rel = node.properties['rel'];
  return Array.isArray(rel) ? rel.map(String) : [];
}

function toHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/**
 * Returns what a page's first load depends on, one entry a line, sorted: every file its markup
 * fetches (scripts, stylesheets, icons, preloads, images, frames; links to documents and anchors
 * aside), every `url()` and `@import` of its inline styles, a hash of each inline script a
 * browser runs, and each custom element (`dk-playground`, …), since the site's scripts fetch
 * their lazy chunks for the custom elements they find. Two pages with the same shape run the
 * same code over the same files, so they fetch the same files.
 *
 * @example toAssetShape('<script type="module" src="/_astro/a.js"></script><dk-toc></dk-toc>')
 * // 'element dk-toc\nscript src /_astro/a.js'
 */
export function toAssetShape(html: string): string {
  const entries = new Set<string>();
  visit(fromHtml(html), 'element', (node) => {
    if (node.tagName.includes('-')) entries.add(`element ${node.tagName}`);
    if (node.tagName === 'a') return;
    if (node.tagName === 'link' && toRels(node).some((rel) => NON_FETCHING_RELS.has(rel.toLowerCase()))) return;
    for (const name of FETCHING_PROPERTIES) {
      const value: unknown = node.properties[name];
      if (typeof value !== 'string' && !Array.isArray(value)) continue;
      const text = Array.isArray(value) ? value.join(', ') : value;
      // A fragment names a spot in this document (SVG's <use href="#…">), not a file.
      if (!text.startsWith('#')) entries.add(`${node.tagName} ${name} ${text}${toRelSuffix(node)}`);
    }
    if (node.tagName === 'script' && node.properties['src'] === undefined) {
      const type = String(node.properties['type'] ?? '').toLowerCase();
      if (RUN_SCRIPT_TYPES.has(type)) entries.add(`inline script ${toHash(toString(node))}`);
    }
    const css = node.tagName === 'style' ? toString(node) : node.properties['style'];
    if (typeof css === 'string') {
      for (const match of css.matchAll(CSS_FETCH)) entries.add(`style fetches ${match[2] ?? match[4] ?? ''}`);
    }
  });
  return [...entries].sort().join('\n');
}

function toRelSuffix(node: Element): string {
  const rels = toRels(node);
  return rels.length > 0 ? ` (${rels.join(' ')})` : '';
}
