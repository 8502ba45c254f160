import { expect, test } from '@playwright/test';
import { conceptPages } from './site.ts';

test('every command link in a snippet lands on an entry of the reference page', async ({ page, request }) => {
  const hrefs = new Set<string>();
  for (const path of conceptPages().filter((path) => path !== '/reference/')) {
    await page.goto(path);
    const links = await page
      .locator('a.dk-cmd-link')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href') ?? ''));
    for (const href of links) hrefs.add(href);
  }
  expect(hrefs.size).toBeGreaterThan(50);
  const reference = await (await request.get('/reference/')).text();
  const missing = [...hrefs].filter((href) => {
    const [path, id] = href.split('#');
    return path !== '/reference/' || !id || !reference.includes(` id="${id}"`);
  });
  expect(missing).toEqual([]);
});

test('a command link shows its meaning on keyboard focus and copies as plain text', async ({ page }) => {
  await page.goto('/volume/');
  const link = page.locator('a.dk-cmd-link', { hasText: 'inspect' }).first();
  await link.focus();
  const tip = await link.evaluate((node) => getComputedStyle(node, '::after').content);
  expect(tip).toContain(await link.getAttribute('data-tip'));
  await link.click();
  await expect(page).toHaveURL(/\/reference\/#docker-volume-inspect$/);
  await expect(page.locator('#docker-volume-inspect')).toBeInViewport();
});
