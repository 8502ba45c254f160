import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { builtPages } from './site.ts';

/** WCAG 2.2 A and AA, plus axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/** Every page is checked in both schemes at a phone's and a desktop's width. */
const CONFIGS = [
  { scheme: 'light', width: 390 },
  { scheme: 'dark', width: 390 },
  { scheme: 'light', width: 1280 },
  { scheme: 'dark', width: 1280 },
] as const;

async function violations(page: Page, label: string): Promise<string[]> {
  // Only violations are collected: gathering passes too makes each run several times slower.
  const results = await new AxeBuilder({ page })
    .withTags(TAGS)
    .options({ resultTypes: ['violations'] })
    .analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${label} ${violation.id}: ${node.target.join(' ')} — ${node.failureSummary ?? ''}`),
  );
}

/**
 * The command reference's 142 pages come from one template: these cover each of its shapes (the
 * root with global options, a group with subcommands, the longest page, a removed command, a
 * plugin's command, a command without flags), at a fifth of the time all of them take.
 */
const REFERENCE_SHAPES = [
  '/reference/cli/docker/',
  '/reference/cli/docker/container/',
  '/reference/cli/docker/container/run/',
  '/reference/cli/docker/scan/',
  '/reference/cli/docker/compose/up/',
  '/reference/cli/docker/container/pause/',
];

const PAGES = [...builtPages(), ...REFERENCE_SHAPES, '/explain/', '/search/?q=volume', '/404.html'];

for (const path of PAGES) {
  // One test per scheme and width: four axe sweeps of a long page in one test outlast any timeout on
  // a busy machine, and a failure then names the variant.
  for (const { scheme, width } of CONFIGS) {
    const menu = width === 390 && path === '/';
    test(`${path} has no axe violations in ${scheme} at ${width} px, menu closed${menu ? ' and open' : ''}`, async ({
      page,
    }) => {
      // axe over the command reference (a thousand flags) takes longer than a normal page.
      test.setTimeout(180_000);
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      const found = await violations(page, `${scheme} ${width}px`);
      // The open menu is the same list on every page: checking it on the home page covers it.
      if (menu) {
        await page.locator('summary', { hasText: 'Menu' }).click();
        await expect(page.getByRole('navigation', { name: 'Concepts menu' })).toBeVisible();
        found.push(...(await violations(page, `${scheme} ${width}px, menu open`)));
      }
      expect(found).toEqual([]);
    });
  }
}

for (const { scheme, width } of CONFIGS) {
  test(`the search dialog, open with results, has no axe violations in ${scheme} at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/volume/');
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Search the docs' });
    await dialog.getByRole('combobox').fill('volume');
    await expect(dialog.getByRole('option').first()).toBeVisible();
    expect(await violations(page, `${scheme} ${width}px`)).toEqual([]);
  });
}
