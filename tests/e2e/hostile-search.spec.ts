import { expect, test } from '@playwright/test';
import { watchPage } from './site.ts';

const HOSTILE = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload=window.__pwned=1>',
  'x'.repeat(10_000),
  'שלום docker עולם',
  'مرحبا --network-alias',
  '🐳 docker run 🚀',
];

for (const input of HOSTILE) {
  const label = input.length > 40 ? `${input.slice(0, 20)}… (${input.length} characters)` : input;

  test(`hostile search input ${JSON.stringify(label)} shows no error and injects nothing`, async ({ page }) => {
    const check = watchPage(page);
    await page.goto(`/search/?q=${encodeURIComponent(input)}`);
    await expect(page.getByRole('status')).toContainText(/result/);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect(page.locator('main img, main svg[onload], main script:not([type])')).toHaveCount(0);

    await page.keyboard.press('/');
    const box = page.getByRole('dialog', { name: 'Search the docs' }).getByRole('combobox');
    await box.fill(input);
    await page.waitForTimeout(400);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect(page.getByRole('dialog').locator('img, script')).toHaveCount(0);
    await check();
  });
}
