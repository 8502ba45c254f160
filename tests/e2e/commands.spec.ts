import { expect, test } from '@playwright/test';
import { conceptPages, readBuiltHrefs } from './site.ts';

test('every command link in a snippet lands on an entry of its command page', async ({ request }) => {
  // Read from the built files: no script writes or changes a command link (the tests below follow
  // links in the browser).
  const hrefs = new Set(
    conceptPages()
      .filter((path) => path !== '/reference/')
      // Every link inside a snippet's code is a command or flag link.
      .flatMap((path) => readBuiltHrefs(path, 'figure pre a')),
  );
  expect(hrefs.size).toBeGreaterThan(50);
  const pages = new Map<string, string>();
  const missing: string[] = [];
  for (const href of hrefs) {
    const [path = '', id] = href.split('#');
    if (!path.startsWith('/reference/cli/')) {
      missing.push(`${href} (not a command page)`);
      continue;
    }
    if (!pages.has(path)) {
      const response = await request.get(path);
      pages.set(path, response.ok() ? await response.text() : '');
    }
    const html = pages.get(path) ?? '';
    if (!html.includes('<h1') || /http-equiv="refresh"/i.test(html)) missing.push(`${href} (no command page)`);
    else if (id && !html.includes(` id="${id}"`)) missing.push(`${href} (no #${id} on the page)`);
  }
  expect(missing).toEqual([]);
});

test('a command link shows its meaning on keyboard focus and copies as plain text', async ({ page }) => {
  await page.goto('/volume/');
  const link = page.getByRole('link', { name: /^inspect — docker volume inspect: / }).first();
  await link.focus();
  const tip = await link.evaluate((node) => getComputedStyle(node, '::after').content);
  expect(tip).toContain('docker volume inspect: ');
  expect(tip).toContain(await link.getAttribute('aria-label'));
  await link.click();
  await expect(page).toHaveURL(/\/reference\/cli\/docker\/volume\/inspect\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'docker volume inspect' })).toBeInViewport();
});

test('a flag link lands on the flag, highlighted, on its command page', async ({ page }) => {
  await page.goto('/network/');
  const link = page.getByRole('link', { name: /^--network-alias — / }).first();
  const href = (await link.getAttribute('href')) ?? '';
  expect(href).toMatch(/^\/reference\/cli\/docker\/container\/(run|create)\/#network-alias$/);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`));
  const heading = page.getByRole('heading', { level: 3, name: '--network-alias' });
  await expect(heading).toBeInViewport();
});
