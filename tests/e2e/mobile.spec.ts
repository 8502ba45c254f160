import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test('at 390 px the sidebar folds into a menu that opens, navigates and closes', async ({ page }) => {
  await page.goto('/image/');
  await expect(page.getByRole('navigation', { name: 'Concepts', exact: true })).toBeHidden();
  const menu = page.locator('summary', { hasText: 'Menu' });
  await expect(menu).toBeVisible();
  const panel = page.getByRole('navigation', { name: 'Concepts menu' });
  await expect(panel).toBeHidden();
  await menu.click();
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('link', { name: 'Image' })).toHaveAttribute('aria-current', 'page');
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(menu).toBeFocused();
  await menu.click();
  await panel.getByRole('link', { name: 'Network' }).click();
  await expect(page).toHaveURL(/\/network\/$/);
  await expect(page.getByRole('navigation', { name: 'Concepts menu' })).toBeHidden();
});

test('at 390 px nothing is wider than the screen', async ({ page }) => {
  for (const path of ['/', '/volume/', '/compose/', '/container/']) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
