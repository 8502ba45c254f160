import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readManifest } from '../../src/integrations/anchor-manifest.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('a section link appears on hover and focus, and copy link gives the absolute URL that opens the same spot', async ({
  page,
  browser,
  baseURL,
}) => {
  await page.goto('/volume/');
  const heading = page.getByRole('heading', { level: 2, name: 'A named volume, step by step' });
  const wrapper = page.locator('.dk-heading', { has: heading });
  const mark = wrapper.getByRole('link', { name: 'Link to section: A named volume, step by step' });
  await expect(mark).toHaveCSS('opacity', '0');
  await heading.hover();
  await expect(mark).toHaveCSS('opacity', '1');
  await page.mouse.move(0, 0);
  await mark.focus();
  await expect(mark).toHaveCSS('opacity', '1');

  const copy = wrapper.getByRole('button', { name: 'Copy link to section: A named volume, step by step' });
  await copy.click();
  await expect(copy).toHaveText('Copied');
  await expect(wrapper.getByRole('status')).toHaveText('Link copied to clipboard');
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

test('a moved page redirects to its new address', async ({ page }) => {
  await page.goto('/volumes/');
  await expect(page).toHaveURL(/\/volume\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Volumes and mounts');
});

test('every published anchor in the manifest is on its page, or on the page its redirect names', async ({ page }) => {
  const anchors = readManifest(join(import.meta.dirname, '../../src/data/anchor-manifest.json'));
  const redirects = JSON.parse(readFileSync(join(import.meta.dirname, '../../src/data/redirects.json'), 'utf8')) as {
    anchors: Record<string, string>;
  };
  // A retired anchor stays published; a visitor arriving there is sent on, so its target must exist.
  const live = anchors.map((anchor) => redirects.anchors[anchor] ?? anchor);
  const byPage = Map.groupBy(live, (anchor) => anchor.split('#')[0] ?? '');
  expect(byPage.size).toBeGreaterThanOrEqual(11);
  for (const [path, list] of byPage) {
    await page.goto(path);
    const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((node) => node.id));
    for (const anchor of list) expect(ids, anchor).toContain(anchor.split('#')[1]);
  }
});

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
  expect(sitemap).not.toContain('/search/');
  expect(await (await request.get('/robots.txt')).text()).toContain(
    'Sitemap: https://docker-concepts.example/sitemap-index.xml',
  );
  expect((await request.get('/og.png')).ok()).toBe(true);
});
