import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { contentPages, KB, measurePage, toKb, type PageWeight } from '../../scripts/page-weight.ts';
import { CLI } from '../../src/lib/docker-cli.ts';
import { REFERENCE_INDEX, toReferenceHref } from '../../src/lib/reference-urls.ts';

/**
 * What a page may load before search is used, in gzip bytes (level 9, computed from the bodies).
 * The total leaves out the inline diagram SVGs, which are the content of the page.
 */
const BUDGET = { js: 8 * KB, css: 8 * KB, totalWithoutDiagrams: 28 * KB } as const;

const PAGES = contentPages(join(import.meta.dirname, '../../content'));

/** The command reference, its index and every command's page: at most 30 KB in all on first load (issue 11). */
const REFERENCE_BUDGET = { ...BUDGET, totalWithoutDiagrams: 30 * KB } as const;
const REFERENCE_PAGES = [REFERENCE_INDEX, ...CLI.commands.map((command) => toReferenceHref(command.path))];

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
    `total without diagrams ${toKb(weight.totalWithoutDiagrams.gzip)}, ` +
    `diagram svg ${toKb(weight.kinds['svg-in-html'].gzip)}; heaviest: ${heaviest}`
  );
}

test('the budget covers the home page and every concept page', () => {
  expect(PAGES).toContain('/');
  expect(PAGES.length).toBeGreaterThanOrEqual(10);
});

test('the reference budget covers the index and a page per command', () => {
  expect(REFERENCE_PAGES).toContain('/reference/cli/docker/container/run/');
  expect(REFERENCE_PAGES.length).toBeGreaterThan(100);
});

for (const [path, budget] of [
  ...PAGES.map((path) => [path, BUDGET] as const),
  ...REFERENCE_PAGES.map((path) => [path, REFERENCE_BUDGET] as const),
]) {
  test(`${path} loads at most ${budget.js / KB} KB of JS, ${budget.css / KB} KB of CSS and ${budget.totalWithoutDiagrams / KB} KB in all, gzip, and no Pagefind`, async ({
    page,
  }) => {
    const weight = await measurePage(page, path);
    console.log(toReport(weight));
    expect(weight.resources[0]?.kind).toBe('html');
    expect.soft(weight.js.gzip, `JavaScript on ${path}, gzip bytes`).toBeLessThanOrEqual(budget.js);
    expect.soft(weight.css.gzip, `CSS on ${path}, gzip bytes`).toBeLessThanOrEqual(budget.css);
    expect
      .soft(weight.totalWithoutDiagrams.gzip, `everything on ${path} but diagram SVGs, gzip bytes`)
      .toBeLessThanOrEqual(budget.totalWithoutDiagrams);
    expect(weight.pagefindRequests, 'Pagefind must wait until search is used').toEqual([]);
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
