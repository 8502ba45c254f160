import { expect, test } from '@playwright/test';
import { REDIRECTS } from '../../src/node/redirects.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('a section link appears on hover and focus, and copy link gives the absolute URL that opens the same spot', async ({
  page,
  browser,
  baseURL,
}) => {
  await page.goto('/volume/');
  const heading = page.getByRole('heading', { level: 2, name: 'A named volume, step by step' });
  // The mark and the copy button are named after their heading, so the page has one of each.
  const mark = page.getByRole('link', { name: 'Link to section: A named volume, step by step', exact: true });
  await expect(mark).toHaveCSS('opacity', '0');
  await heading.hover();
  await expect(mark).toHaveCSS('opacity', '1');
  await page.mouse.move(0, 0);
  await mark.focus();
  await expect(mark).toHaveCSS('opacity', '1');

  const copy = page.getByRole('button', { name: 'Copy link to section: A named volume, step by step', exact: true });
  await copy.click();
  await expect(copy).toHaveText('Copied');
  await expect(page.getByRole('status').filter({ hasText: 'Link copied to clipboard' })).toHaveCount(1);
  const url = await page.evaluate(() => navigator.clipboard.readText());
  expect(url).toBe(`${baseURL}/volume/#a-named-volume-step-by-step`);

  const fresh = await browser.newContext();
  const reader = await fresh.newPage();
  await reader.goto(url);
  await expect(reader.getByRole('heading', { level: 2, name: 'A named volume, step by step' })).toBeInViewport();
  await fresh.close();
});

test('the # mark links to its own section', async ({ page }) => {
  await page.goto('/network/');
  await page.getByRole('link', { name: 'Link to section: User-defined networks' }).click();
  await expect(page).toHaveURL(/\/network\/#user-defined-networks$/);
  await expect(page.getByRole('heading', { level: 2, name: 'User-defined networks' })).toBeInViewport();
});

test('a retired anchor takes the visitor to its new home', async ({ page }) => {
  await page.goto('/volume/#named-volume');
  await expect(page).toHaveURL(/\/volume\/#a-named-volume-step-by-step$/);
  await expect(page.getByRole('heading', { level: 2, name: 'A named volume, step by step' })).toBeInViewport();
});

// Sections that moved to a page of their own (issue 12 split /container/, /client/ and
// /orchestration/): every old address opens the section, or the page, that took it over.
const MOVED_SECTIONS = Object.entries(REDIRECTS.anchors).filter(
  ([from, to]) => !from.startsWith('/reference/') && from.split('#')[0] !== to.split('#')[0],
);

test('the sections moved to pages of their own are all declared', () => {
  expect(MOVED_SECTIONS.map(([from]) => from.split('#')[0])).toEqual(
    expect.arrayContaining(['/container/', '/client/', '/orchestration/']),
  );
  expect(MOVED_SECTIONS.length).toBeGreaterThanOrEqual(14);
});

for (const [from, to] of MOVED_SECTIONS) {
  test(`${from} takes the visitor to ${to}`, async ({ page }) => {
    await page.goto(from);
    const [path = '', id = ''] = to.split('#');
    await expect(page).toHaveURL((url) => url.pathname === path && url.hash === (id ? `#${id}` : ''));
    if (id) await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
    else await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
  });
}

test('a moved page redirects to its new address', async ({ page }) => {
  await page.goto('/volumes/');
  await expect(page).toHaveURL(/\/volume\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Volumes and mounts');
});

// That every published anchor of src/data/anchor-manifest.json is still on its page, or retired to
// one that is, is the build's own check (src/integrations/anchor-manifest.ts): a build that breaks
// it fails, so no built site to test here can. Its cases are unit tests
// (tests/unit/integrations/anchor-manifest.test.ts) and a build fault (tests/build/faults.test.ts).

test('pages carry canonical, description and link-preview meta; sitemap and robots exist', async ({
  page,
  request,
}) => {
  await page.goto('/network/');
  const head = page.locator('head');
  await expect(head.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    'https://docker-concepts.example/network/',
  );
  await expect(head.locator('meta[name="description"]')).toHaveAttribute('content', /network/i);
  await expect(head.locator('meta[property="og:title"]')).toHaveAttribute('content', 'Networks');
  await expect(head.locator('meta[property="og:image"]')).toHaveAttribute('content', /\/og\.png$/);
  await expect(head.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  const sitemap = await (await request.get('/sitemap-0.xml')).text();
  expect(sitemap).toContain('<loc>https://docker-concepts.example/volume/</loc>');
  // The search page is not listed; the page of `docker search` is.
  expect(sitemap).not.toContain('<loc>https://docker-concepts.example/search/</loc>');
  expect(sitemap).toContain('<loc>https://docker-concepts.example/reference/cli/docker/search/</loc>');
  expect(await (await request.get('/robots.txt')).text()).toContain(
    'Sitemap: https://docker-concepts.example/sitemap-index.xml',
  );
  expect((await request.get('/og.png')).ok()).toBe(true);
});
