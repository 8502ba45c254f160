import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { toAssetShape } from '../../src/node/asset-shape.ts';
import { builtPages, KB, measurePage, toKb, toPageWeight, type PageWeight } from '../../src/node/page-weight.ts';
import { toChunkGzip, toConsoleChunks } from '../../src/node/chunks.ts';

/**
 * What a page may load before search is used, in gzip bytes (level 9, computed from the bodies):
 * the total is everything on first load, diagrams included.
 */
const BUDGET = { js: 8 * KB, css: 8 * KB, total: 30 * KB } as const;

const DIST = join(import.meta.dirname, '../../dist');

/** Every page of the build (redirect pages aside) and the 404 page, so a new page is covered the day it is added. */
const PAGES = [...builtPages(DIST), ...(existsSync(join(DIST, '404.html')) ? ['/404.html'] : [])];

/** A page's built file, which `astro preview` serves byte for byte. */
function readPage(path: string): string {
  return readFileSync(join(DIST, path.endsWith('.html') ? path : `${path}index.html`), 'utf8');
}

/**
 * The pages by asset shape (what decides the files a first load fetches: see toAssetShape), each
 * group's longest page first. That page is measured in Chromium; the others fetch the same
 * files, so each is weighed from its own built file plus those files. A page of a new shape (a
 * new script, stylesheet, image, inline script or custom element) forms a group of its own and is
 * measured in the browser, so no new kind of page is ever only weighed statically.
 */
const SHAPES = [
  ...Map.groupBy(
    PAGES.map((path) => {
      const html = readPage(path);
      return { path, shape: toAssetShape(html), bytes: html.length };
    }),
    (page) => page.shape,
  ).values(),
].map((group) => group.toSorted((a, b) => b.bytes - a.bytes || a.path.localeCompare(b.path)).map((page) => page.path));

/**
 * Pages known to be over the budget, each with the change that brings it under. A listed page that
 * comes under fails the test, so the entry is removed the day the fix lands.
 */
const OVER_BUDGET: Readonly<Record<string, string>> = {
  // Empty since issue 12 split /container/, /client/ and /orchestration/ (new pages
  // /running-containers/, /contexts/ and /swarm/); a page that goes over is listed here with its fix.
};

/** One line of figures, printed with every run so the numbers stay in view. */
function toReport(weight: PageWeight): string {
  const heaviest = weight.resources
    .toSorted((a, b) => b.bytes.gzip - a.bytes.gzip)
    .slice(0, 3)
    .map((resource) => `${new URL(resource.url).pathname} ${toKb(resource.bytes.gzip)}`)
    .join(', ');
  return (
    `${weight.path}: js ${toKb(weight.js.gzip)} (inline ${toKb(weight.inline.js.gzip)}), ` +
    `css ${toKb(weight.css.gzip)} (inline ${toKb(weight.inline.css.gzip)}), ` +
    `diagram svg ${toKb(weight.kinds['svg-in-html'].gzip)}, total ${toKb(weight.total.gzip)}; heaviest: ${heaviest}`
  );
}

/** The limits a weight goes over, as sentences; none when it is within budget. */
function toOverages(weight: PageWeight): string[] {
  const over: string[] = [];
  if (weight.js.gzip > BUDGET.js) over.push(`JavaScript ${weight.js.gzip} B gzip > ${BUDGET.js} B`);
  if (weight.css.gzip > BUDGET.css) over.push(`CSS ${weight.css.gzip} B gzip > ${BUDGET.css} B`);
  if (weight.total.gzip > BUDGET.total)
    over.push(`everything it loads, diagrams included, ${weight.total.gzip} B gzip > ${BUDGET.total} B`);
  return over;
}

/** Asserts a page is within budget, or over it while OVER_BUDGET lists it; soft, so every page of a shape reports. */
function expectWithinBudget(weight: PageWeight): void {
  console.log(toReport(weight));
  const knownOver = OVER_BUDGET[weight.path];
  if (knownOver === undefined) expect.soft(toOverages(weight), `${weight.path} is over budget`).toEqual([]);
  else
    expect
      .soft(toOverages(weight), `${weight.path} is under budget now: remove it from OVER_BUDGET (${knownOver})`)
      .not.toEqual([]);
}

test('the budget covers every built page: home, concepts, reference, glossary, search and 404', () => {
  for (const path of ['/', '/container/', '/reference/', '/glossary/', '/search/', '/404.html'])
    expect(PAGES).toContain(path);
  expect(PAGES.length).toBeGreaterThanOrEqual(15);
  // Each page is in exactly one shape, so each is weighed once.
  expect(SHAPES.flat().toSorted()).toEqual(PAGES.toSorted());
  // The reference's pages come from one template: a split of them into many shapes would mean the
  // shape reads something that differs from page to page and the budget loads each in a browser.
  expect(SHAPES.length).toBeLessThanOrEqual(PAGES.length / 4);
});

for (const [measured = '', ...weighed] of SHAPES) {
  const others = weighed.length > 0 ? ` and the ${weighed.length} other pages of its asset shape` : '';
  const verb = weighed.length > 0 ? 'load' : 'loads';
  test(`${measured}${others} ${verb} at most ${BUDGET.total / KB} KB gzip in all (${BUDGET.js / KB} KB of JS, ${BUDGET.css / KB} KB of CSS), and no Pagefind`, async ({
    page,
    baseURL,
  }) => {
    const weight = await measurePage(page, measured);
    expect(weight.resources[0]?.kind).toBe('html');
    expect(weight.pagefindRequests, 'Pagefind must wait until search is used').toEqual([]);
    expectWithinBudget(weight);
    // The other pages fetch what the measured one fetched (the same shape), so each one's weight is
    // its own built file (HTML, inline code and diagrams, gzip computed from the file) plus those
    // files: the sum measurePage makes, by the same function. Weighing the measured page that way
    // gives its browser figures back, which shows the file is what the browser was served.
    const loaded = weight.resources.slice(1);
    const asIfStatic = (path: string): PageWeight =>
      toPageWeight({ path, url: `${baseURL ?? ''}${path}`, html: readPage(path) }, loaded, weight.pagefindRequests);
    const { kinds, inline, js, css, total } = asIfStatic(measured);
    expect({ kinds, inline, js, css, total }).toEqual({
      kinds: weight.kinds,
      inline: weight.inline,
      js: weight.js,
      css: weight.css,
      total: weight.total,
    });
    for (const path of weighed) expectWithinBudget(asIfStatic(path));
  });
}

test('Pagefind loads once a reader searches, so its absence above means it was deferred', async ({ page }) => {
  const pagefind: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/pagefind/')) pagefind.push(request.url());
  });
  await page.goto('/container/', { waitUntil: 'networkidle' });
  expect(pagefind).toEqual([]);
  const search = page.getByRole('searchbox', { name: 'Search the docs' });
  await search.fill('volume');
  await search.press('Enter');
  await expect.poll(() => pagefind.some((url) => url.endsWith('/pagefind/pagefind.js'))).toBe(true);
});

/** The playground console's JavaScript on first use (docs/playground.md, "Budgets"). */
const CONSOLE_BUDGET = 20 * KB;

test('the playground console adds at most 20 KB gzip of JavaScript when first used', () => {
  const { console: chunks } = toConsoleChunks(join(DIST, '_astro'));
  // Found by name, so the sum cannot pass on nothing: the app and the engine's core are in it.
  expect(chunks.some((file) => file.startsWith('playground-app.'))).toBe(true);
  expect(chunks.some((file) => file.startsWith('engine.'))).toBe(true);
  const bytes = chunks.reduce((sum, file) => sum + toChunkGzip(file, join(DIST, '_astro')), 0);
  expect(bytes, `console chunks ${chunks.join(', ')}: ${toKb(bytes)} gzip`).toBeLessThanOrEqual(CONSOLE_BUDGET);
});
