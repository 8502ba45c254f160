import { expect, test } from '@playwright/test';
import { diagramFigures, terminalFigures } from './locators.ts';

test.use({ javaScriptEnabled: false });

test('a page is fully readable without JavaScript', async ({ page }) => {
  await page.goto('/volume/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(terminalFigures(page).first()).toBeVisible();
  await expect(diagramFigures(page).first().getByRole('document')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'On this page' })).toBeVisible();
  // Controls that need JavaScript are not shown.
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Copy/ })).toHaveCount(0);
});

test('without JavaScript the diagrams follow the system scheme', async ({ page }) => {
  const nodeFill = async (): Promise<string> =>
    // Mermaid's own class for a flowchart node: the shape has no role of its own.
    diagramFigures(page)
      .first()
      .getByRole('document')
      .locator('.node rect')
      .first()
      .evaluate((rect) => getComputedStyle(rect).fill);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await expect(diagramFigures(page).first().getByRole('document')).toBeVisible();
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
