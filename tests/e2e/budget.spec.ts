import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages, KB, measurePage, toKb, type PageWeight } from '../../src/node/page-weight.ts';

/**
 * What a page may load before search is used, in gzip bytes (level 9, computed from the bodies):
 * the total is everything on first load, diagrams included.
 */
const BUDGET = { js: 8 * KB, css: 8 * KB, total: 30 * KB } as const;

const DIST = join(import.meta.dirname, '../../dist');

/** Every page of the build (redirect pages aside) and the 404 page, so a new page is covered the day it is added. */
const PAGES = [...builtPages(DIST), ...(existsSync(join(DIST, '404.html')) ? ['/404.html'] : [])];

/**
 * Pages known to be over the budget, each with the change that brings it under. A listed page that
 * comes under fails its test (test.fail), so the entry is removed the day the fix lands.
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

test('the budget covers every built page: home, concepts, reference, glossary, search and 404', () => {
  for (const path of ['/', '/container/', '/reference/', '/glossary/', '/search/', '/404.html'])
    expect(PAGES).toContain(path);
  expect(PAGES.length).toBeGreaterThanOrEqual(15);
});

for (const path of PAGES) {
  test(`${path} loads at most ${BUDGET.total / KB} KB gzip in all (${BUDGET.js / KB} KB of JS, ${BUDGET.css / KB} KB of CSS), and no Pagefind`, async ({
    page,
  }) => {
    const knownOver = OVER_BUDGET[path];
    test.fail(knownOver !== undefined, `over budget until ${knownOver}`);
    const weight = await measurePage(page, path);
    console.log(toReport(weight));
    expect(weight.resources[0]?.kind).toBe('html');
    expect(weight.pagefindRequests, 'Pagefind must wait until search is used').toEqual([]);
    expect.soft(weight.js.gzip, `JavaScript on ${path}, gzip bytes`).toBeLessThanOrEqual(BUDGET.js);
    expect.soft(weight.css.gzip, `CSS on ${path}, gzip bytes`).toBeLessThanOrEqual(BUDGET.css);
    expect(weight.total.gzip, `everything ${path} loads, diagrams included, gzip bytes`).toBeLessThanOrEqual(
      BUDGET.total,
    );
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
