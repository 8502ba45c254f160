import { expect, test, type Page } from '@playwright/test';
import { axeViolations, injectAxe } from './axe.ts';
import { builtPages } from './site.ts';

/** WCAG 2.2 A and AA, plus axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

type Scheme = 'light' | 'dark';

/**
 * Every page is checked in both schemes at a phone's and a desktop's width, in this order: one
 * change between variants (the scheme, then the width, then the scheme).
 */
const VARIANTS = [
  { scheme: 'light', width: 390 },
  { scheme: 'dark', width: 390 },
  { scheme: 'dark', width: 1280 },
  { scheme: 'light', width: 1280 },
] as const;

/** The page's violations, each named by the page and the variant. */
const violations = (page: Page, label: string): Promise<string[]> =>
  axeViolations(page, label, { runOnly: { type: 'tag', values: TAGS } });

/** The body's computed background: the state that says which scheme the page shows. */
const bodyBackground = (page: Page): Promise<string> =>
  page.evaluate(() => getComputedStyle(document.body).backgroundColor);

/**
 * Loads a page in the light scheme at a phone's width, with axe injected, and returns a function
 * that switches it to a variant and waits until the page shows it. The scheme changes the way the
 * system's does (the page follows `prefers-color-scheme` until the toggle pins one), so the page
 * repaints exactly as one loaded in that scheme: every colour is a CSS `light-dark()` pair and no
 * script reads the scheme or the width but the toggle, which follows the change. The width changes
 * the viewport, and the header's menu button, shown below 56rem only, says the layout followed.
 */
async function loadWithAxe(page: Page, path: string): Promise<(scheme: Scheme, width: number) => Promise<void>> {
  await page.setViewportSize({ width: 390, height: 900 });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(path);
  await injectAxe(page);
  const light = await bodyBackground(page);
  const menuButton = page.locator('summary', { hasText: 'Menu' });
  await expect(menuButton).toBeVisible();
  return async (scheme, width) => {
    await page.emulateMedia({ colorScheme: scheme });
    if (scheme === 'light') await expect.poll(() => bodyBackground(page)).toBe(light);
    else await expect.poll(() => bodyBackground(page)).not.toBe(light);
    await page.setViewportSize({ width, height: 900 });
    if (width < 896) await expect(menuButton).toBeVisible();
    else await expect(menuButton).toBeHidden();
  };
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
  // The open menu is the same list on every page: checking it on the home page covers it.
  const menu = path === '/';
  test(`${path} has no axe violations in light and dark at 390 and 1280 px${menu ? ', menu closed and open at 390 px' : ''}`, async ({
    page,
  }) => {
    // Four sweeps; axe over the command reference (a thousand flags) takes longer than a normal page.
    test.setTimeout(240_000);
    const show = await loadWithAxe(page, path);
    const found: string[] = [];
    for (const { scheme, width } of VARIANTS) {
      await show(scheme, width);
      found.push(...(await violations(page, `${path} ${scheme} ${width}px`)));
      if (menu && width === 390) {
        const button = page.locator('summary', { hasText: 'Menu' });
        const panel = page.getByRole('navigation', { name: 'Concepts menu' });
        await button.click();
        await expect(panel).toBeVisible();
        found.push(...(await violations(page, `${path} ${scheme} ${width}px, menu open`)));
        // Closed again and unfocused, as the page was loaded, for the next variant.
        await button.click();
        await expect(panel).toBeHidden();
        await button.blur();
      }
    }
    expect(found).toEqual([]);
  });
}

test('the search dialog, open with results, has no axe violations in light and dark at 390 and 1280 px', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const show = await loadWithAxe(page, '/volume/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the docs' });
  await dialog.getByRole('combobox').fill('volume');
  await expect(dialog.getByRole('option').first()).toBeVisible();
  const found: string[] = [];
  for (const { scheme, width } of VARIANTS) {
    await show(scheme, width);
    await expect(dialog.getByRole('option').first()).toBeVisible();
    found.push(...(await violations(page, `search dialog ${scheme} ${width}px`)));
  }
  expect(found).toEqual([]);
});
