/**
 * Measures what a page costs a reader: every response it loads, by type, in raw and gzip bytes.
 * Gzip sizes are computed here (level 9) from the response bodies rather than read from transfer
 * headers, so the figures are the same on every machine and with every server. Shared by the
 * weight budget (tests/e2e/budget.spec.ts) and the benchmarks (scripts/bench.ts, bench-starlight.ts, bench-explain.ts).
 */
import { gzipSync } from 'node:zlib';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import type { Page } from 'playwright';
import { visit, SKIP } from 'unist-util-visit';
import { readBuiltPages } from './built-pages.ts';
import { listContentPages } from './content-pages.ts';

/** The kinds of bytes a page is reported in. */
export const WEIGHT_KINDS = ['html', 'svg-in-html', 'css', 'js', 'images', 'fonts', 'other'] as const;
export type WeightKind = (typeof WEIGHT_KINDS)[number];

/** A byte count, before and after gzip. */
export interface Bytes {
  raw: number;
  gzip: number;
}

/** One response a page loaded. */
export interface LoadedResource {
  url: string;
  kind: WeightKind;
  bytes: Bytes;
}

/** What one page load cost. */
export interface PageWeight {
  path: string;
  /** By kind. `html` is the document without its diagram SVGs; `svg-in-html` is what they add. */
  kinds: Record<WeightKind, Bytes>;
  /** Inline `<script>` and `<style>` of the document (outside diagrams): part of `html`, counted here too. */
  inline: { js: Bytes; css: Bytes };
  /** JavaScript run before search: script files plus inline scripts. */
  js: Bytes;
  /** CSS applied: stylesheet files plus inline styles. */
  css: Bytes;
  /** Everything loaded except the diagram SVGs: the document without them plus every other response. */
  totalWithoutDiagrams: Bytes;
  /** Everything loaded, diagrams included. */
  total: Bytes;
  /** Every response, the document first. */
  resources: LoadedResource[];
  /** Requests for Pagefind's files (`/pagefind/…`) made during the load. */
  pagefindRequests: string[];
}

/** Returns the size of a body after gzip at level 9, the ratio a well-configured server reaches. */
export function gzipSize(body: string | Uint8Array): number {
  return gzipSync(body, { level: 9 }).byteLength;
}

/** Returns a body's raw and gzip byte counts. */
export function toBytes(body: string | Uint8Array): Bytes {
  return { raw: typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength, gzip: gzipSize(body) };
}

function hasClass(node: Element, name: string): boolean {
  const className = node.properties['className'];
  return Array.isArray(className) && className.includes(name);
}

/** The parts of a built page that are weighed apart from the document around them. */
export interface DocumentParts {
  /** The document with the SVG markup of every `<figure class="dk-diagram">` cut out. */
  withoutDiagrams: string;
  /** The diagram SVGs, in page order. */
  diagramSvgs: string[];
  /** Text of inline `<script>` elements (not in diagrams). */
  inlineScripts: string[];
  /** Text of `<style>` elements (not in diagrams; Mermaid SVGs carry their own). */
  inlineStyles: string[];
}

/**
 * Splits a page's HTML into the document and its diagram SVGs, by the source offsets of the
 * parsed tree, so the document keeps its bytes exactly as served.
 *
 * @example splitDocument('<p>a</p><figure class="dk-diagram"><svg>…</svg></figure>').withoutDiagrams
 * // '<p>a</p><figure class="dk-diagram"></figure>'
 */
function splitDocument(html: string): DocumentParts {
  const tree: Root = fromHtml(html);
  const cuts: [number, number][] = [];
  const parts: Omit<DocumentParts, 'withoutDiagrams'> = { diagramSvgs: [], inlineScripts: [], inlineStyles: [] };
  visit(tree, 'element', (node) => {
    if (node.tagName === 'figure' && hasClass(node, 'dk-diagram')) {
      visit(node, 'element', (inner) => {
        if (inner.tagName !== 'svg') return undefined;
        const start = inner.position?.start.offset;
        const end = inner.position?.end.offset;
        if (start !== undefined && end !== undefined) cuts.push([start, end]);
        return SKIP;
      });
      return SKIP;
    }
    if (node.tagName === 'svg') return SKIP;
    if (node.tagName === 'script' && node.properties['src'] === undefined) parts.inlineScripts.push(toString(node));
    if (node.tagName === 'style') parts.inlineStyles.push(toString(node));
    return undefined;
  });
  let withoutDiagrams = '';
  let from = 0;
  for (const [start, end] of cuts) {
    parts.diagramSvgs.push(html.slice(start, end));
    withoutDiagrams += html.slice(from, start);
    from = end;
  }
  withoutDiagrams += html.slice(from);
  return { withoutDiagrams, ...parts };
}

/** Sorts a response into a kind by what the browser fetched it as, then by its content type. */
function toKind(resourceType: string, contentType: string): WeightKind {
  if (resourceType === 'stylesheet' || contentType.includes('text/css')) return 'css';
  if (resourceType === 'script' || contentType.includes('javascript')) return 'js';
  if (resourceType === 'image' || contentType.startsWith('image/')) return 'images';
  if (resourceType === 'font' || contentType.startsWith('font/')) return 'fonts';
  return 'other';
}

function sum(bytes: readonly Bytes[]): Bytes {
  return bytes.reduce((total, next) => ({ raw: total.raw + next.raw, gzip: total.gzip + next.gzip }), {
    raw: 0,
    gzip: 0,
  });
}

/**
 * Loads a page in a fresh page (no cache) and weighs every response until the network is idle.
 * Icons the document declares (`<link rel="icon">`) are weighed even when headless Chromium does
 * not fetch them, since every desktop browser does.
 *
 * @param page A Playwright page that has loaded nothing yet.
 * @param path The page's path on the page's base URL, such as `/volume/`.
 */
export async function measurePage(page: Page, path: string): Promise<PageWeight> {
  const seen: { url: string; resourceType: string; response: import('playwright').Response }[] = [];
  const pagefindRequests: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/pagefind/')) pagefindRequests.push(request.url());
  });
  page.on('response', (response) => {
    const url = response.url();
    if (url.startsWith('data:') || response.status() >= 300) return;
    seen.push({ url, resourceType: response.request().resourceType(), response });
  });
  const document = await page.goto(path, { waitUntil: 'networkidle' });
  if (!document?.ok()) throw new Error(`${path} answered ${document?.status() ?? 'nothing'}`);
  const html = await document.text();

  const loaded: LoadedResource[] = [];
  for (const { url, resourceType, response } of seen) {
    if (resourceType === 'document' && url === document.url()) continue;
    const body = await response.body();
    loaded.push({ url, kind: toKind(resourceType, response.headers()['content-type'] ?? ''), bytes: toBytes(body) });
  }
  const icons = await page
    .locator('link[rel~="icon"]')
    .evaluateAll((links) => links.map((link) => (link as HTMLLinkElement).href));
  for (const icon of icons) {
    if (loaded.some((resource) => resource.url === icon)) continue;
    const response = await page.request.get(icon);
    if (response.ok()) loaded.push({ url: icon, kind: 'images', bytes: toBytes(await response.body()) });
  }
  return toPageWeight({ path, url: document.url(), html }, loaded, pagefindRequests);
}

/** A page's document: its path, the URL it was served at and its HTML as served. */
export interface PageDocument {
  path: string;
  url: string;
  html: string;
}

/**
 * Weighs a document together with the other responses its load brought: the document is split
 * into its own bytes and its diagrams here, so a page weighed from its built file and one
 * weighed in a browser are counted the same way.
 *
 * @param loaded Every response but the document itself.
 */
export function toPageWeight(
  document: Readonly<PageDocument>,
  loaded: readonly LoadedResource[],
  pagefindRequests: readonly string[],
): PageWeight {
  const { path, url, html } = document;
  const parts = splitDocument(html);
  const resources: LoadedResource[] = [{ url, kind: 'html', bytes: toBytes(parts.withoutDiagrams) }, ...loaded];
  const kinds = Object.fromEntries(
    WEIGHT_KINDS.map((kind) => [kind, sum(resources.filter((r) => r.kind === kind).map((r) => r.bytes))]),
  ) as Record<WeightKind, Bytes>;
  kinds['svg-in-html'] = {
    raw: Buffer.byteLength(html) - kinds.html.raw,
    gzip: gzipSize(html) - kinds.html.gzip,
  };
  const inline = {
    js: parts.inlineScripts.length > 0 ? toBytes(parts.inlineScripts.join('\n')) : { raw: 0, gzip: 0 },
    css: parts.inlineStyles.length > 0 ? toBytes(parts.inlineStyles.join('\n')) : { raw: 0, gzip: 0 },
  };
  const totalWithoutDiagrams = sum(resources.map((resource) => resource.bytes));
  return {
    path,
    kinds,
    inline,
    js: sum([kinds.js, inline.js]),
    css: sum([kinds.css, inline.css]),
    totalWithoutDiagrams,
    total: sum([totalWithoutDiagrams, kinds['svg-in-html']]),
    resources,
    pagefindRequests: [...pagefindRequests],
  };
}

/** Returns the path of every page written in content/: the home page and each concept page. */
export function contentPages(contentDir: string): string[] {
  return listContentPages(contentDir)
    .map((page) => page.href)
    .sort();
}

/** Returns the path of every page in a build, without redirect pages, e.g. ['/', '/search/', '/volume/']. */
export function builtPages(dist: string): string[] {
  return readBuiltPages(dist).map((page) => page.path);
}

/** Bytes in a KB: 1024, as in Lighthouse's budgets. */
export const KB = 1024;

/** Formats a byte count as KB with one decimal, such as `7.9 KB`. */
export function toKb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`;
}
