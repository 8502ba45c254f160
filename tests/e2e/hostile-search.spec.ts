import { expect, test } from '@playwright/test';
import { watchPage } from './site.ts';

/**
 * Inputs that try to inject markup or break the layout, each with whether the site has results
 * for it: the status must then say exactly that, quoting the input as text, so a test that only
 * saw "No results" cannot pass for one that should have found some.
 */
const HOSTILE: readonly { input: string; results: boolean }[] = [
  { input: '<img src=x onerror="window.__pwned=1">', results: true },
  // The relaxed search finds the pages that mention scripts: as text, never as markup.
  { input: '<script>window.__pwned=1</script>', results: true },
  // Its words with symbols are given up first (src/lib/search/query.ts); the relaxed search then finds
  // pages for its plain words ("a window of time" on /registry/), shown as text.
  { input: '"><svg onload=window.__pwned=1>', results: true },
  { input: 'x'.repeat(10_000), results: false },
  { input: 'שלום docker עולם', results: true },
  { input: 'مرحبا --network-alias', results: true },
  { input: '🐳 docker run 🚀', results: true },
  // Found words inside markup: the excerpts of real results are rendered, with marks, as text.
  { input: 'volume <b>bold</b>', results: true },
  { input: 'volume"><img src=x onerror=window.__pwned=1>', results: true },
];

/** The page's status once the search is done, for an input with or without results. */
function toPageStatus(input: string, results: boolean): RegExp | string {
  return results
    ? new RegExp(`^\\d+ results? for “${input.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”\\.$`)
    : `No results for “${input}”.`;
}

/** The dialog's status once the search is done. */
function toDialogStatus(input: string, results: boolean): RegExp | string {
  return results ? /^\d+ results?$/ : `No results for “${input}”`;
}

for (const { input, results } of HOSTILE) {
  const label = input.length > 40 ? `${input.slice(0, 20)}… (${input.length} characters)` : input;

  test(`hostile search input ${JSON.stringify(label)} shows no error and injects nothing`, async ({ page }) => {
    const check = watchPage(page);
    await page.goto(`/search/?q=${encodeURIComponent(input)}`);
    await expect(page.getByRole('main').getByRole('status')).toHaveText(toPageStatus(input, results));
    if (results)
      await expect(page.getByRole('list', { name: 'Search results' }).getByRole('listitem').first()).toBeVisible();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect(page.locator('main img, main svg[onload], main script:not([type]), main b')).toHaveCount(0);

    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Search the docs' });
    await dialog.getByRole('combobox').fill(input);
    // The status changes once the debounced search has rendered its results: wait on that, not on time.
    await expect(dialog.getByRole('status')).toHaveText(toDialogStatus(input, results));
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect(dialog.locator('img, script, b')).toHaveCount(0);
    await check();
  });
}
