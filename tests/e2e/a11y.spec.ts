import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { builtPages } from './site.ts';

/** WCAG 2.2 A and AA, plus axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

async function violations(page: Page): Promise<string[]> {
  // Only violations are collected: gathering passes too makes each run several times slower.
  const results = await new AxeBuilder({ page })
    .withTags(TAGS)
    .options({ resultTypes: ['violations'] })
    .analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} — ${node.failureSummary ?? ''}`),
  );
}

const PAGES = [...builtPages(), '/search/?q=volume', '/404.html'];

for (const scheme of ['light', 'dark'] as const) {
  for (const width of [390, 1280]) {
    test.describe(`${scheme}, ${width} px`, () => {
      test.use({ colorScheme: scheme, viewport: { width, height: 900 } });

      test('the search dialog, open with results, has no axe violations', async ({ page }) => {
        await page.goto('/volume/');
        await page.keyboard.press('/');
        const dialog = page.getByRole('dialog', { name: 'Search the docs' });
        await dialog.getByRole('combobox').fill('volume');
        await expect(dialog.getByRole('option').first()).toBeVisible();
        expect(await violations(page)).toEqual([]);
      });

      for (const path of PAGES) {
        test(`${path} has no axe violations`, async ({ page }) => {
          await page.goto(path);
          expect(await violations(page)).toEqual([]);
          if (width === 390 && !path.startsWith('/search') && !path.startsWith('/404')) {
            await page.locator('summary', { hasText: 'Menu' }).click();
            await expect(page.getByRole('navigation', { name: 'Concepts menu' })).toBeVisible();
            expect(await violations(page)).toEqual([]);
          }
        });
      }
    });
  }
}
