import { expect, test } from '@playwright/test';

test.use({ javaScriptEnabled: false });

test('a page is fully readable without JavaScript', async ({ page }) => {
  await page.goto('/volume/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('figure.dk-code').first()).toBeVisible();
  await expect(page.locator('figure.dk-diagram svg').first()).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'On this page' })).toBeVisible();
  // Controls that need JavaScript are not shown.
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Copy/ })).toHaveCount(0);
});

test('without JavaScript the diagrams follow the system scheme', async ({ page }) => {
  const nodeFill = async (): Promise<string> =>
    page
      .locator('figure.dk-diagram svg .node rect')
      .first()
      .evaluate((rect) => getComputedStyle(rect).fill);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await expect(page.locator('figure.dk-diagram svg').first()).toBeVisible();
  expect(await nodeFill()).toBe('rgb(232, 240, 254)');
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(await nodeFill()).toBe('rgb(22, 40, 74)');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the menu opens without JavaScript', async ({ page }) => {
    await page.goto('/');
    await page.locator('summary', { hasText: 'Menu' }).click();
    await expect(
      page.getByRole('navigation', { name: 'Concepts menu' }).getByRole('link', { name: 'Compose' }),
    ).toBeVisible();
  });
});
