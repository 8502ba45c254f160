import { expect, test } from '@playwright/test';
import { builtPages, chooseTheme } from './site.ts';

const REQUIRED = {
  '/': 1,
  '/daemon/': 1,
  '/container/': 1,
  '/image/': 1,
  '/volume/': 1,
  '/network/': 1,
  '/compose/': 1,
  '/dockerfile/': 1,
  '/orchestration/': 1,
} as const;

for (const [path, count] of Object.entries(REQUIRED)) {
  test(`${path} has at least ${count} diagram(s), visible in light and dark, named and captioned`, async ({ page }) => {
    await page.goto(path);
    const figures = page.locator('figure.dk-diagram');
    expect(await figures.count()).toBeGreaterThanOrEqual(count);
    for (const theme of ['light', 'dark'] as const) {
      await chooseTheme(page, theme);
      for (const figure of await figures.all()) {
        const svg = figure.locator(`.dk-diagram__svg--${theme} svg`);
        const other = figure.locator(`.dk-diagram__svg--${theme === 'light' ? 'dark' : 'light'} svg`);
        await figure.scrollIntoViewIfNeeded();
        await expect(svg).toBeVisible();
        await expect(other).toBeHidden();
        const box = await svg.boundingBox();
        expect(box?.width ?? 0).toBeGreaterThan(100);
        // An accessible name from accTitle and a description from accDescr.
        await expect(svg).toHaveAccessibleName(/\w{3}/);
        await expect(svg).toHaveAccessibleDescription(/\w{3}/);
        await expect(figure.locator('figcaption')).toHaveText(/\w{3}/);
        // Every visible label contrasts with the page in this theme (WCAG AA, 4.5:1).
        const ratios = await svg.evaluate((node) => {
          const luminance = (colour: string): number => {
            const [r = 0, g = 0, b = 0] = (colour.match(/[\d.]+/g) ?? []).map(Number).map((channel) => {
              const c = channel / 255;
              return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
            });
            return 0.2126 * r + 0.7152 * g + 0.0722 * b;
          };
          const page = luminance(getComputedStyle(document.body).backgroundColor);
          return [...node.querySelectorAll('text:not(:has(tspan)), tspan')]
            .filter((text) => text.textContent?.trim() && text.getBoundingClientRect().width > 0)
            .map((text) => {
              const fill = luminance(getComputedStyle(text).fill);
              const ratio = (Math.max(fill, page) + 0.05) / (Math.min(fill, page) + 0.05);
              return { text: text.textContent?.trim(), ratio: Math.round(ratio * 10) / 10 };
            });
        });
        expect(ratios.length).toBeGreaterThan(0);
        expect(ratios.filter(({ ratio }) => ratio < 4.5)).toEqual([]);
      }
    }
  });
}

test('a diagram node that names a concept links to its page', async ({ page }) => {
  await page.goto('/');
  const link = page.locator('figure.dk-diagram .dk-diagram__svg--light svg a[href="/daemon/"]').first();
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(/\/daemon\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('every link inside a diagram leads to a page that exists', async ({ page }) => {
  const pages = new Set(builtPages());
  const hrefs = new Set<string>();
  for (const path of builtPages()) {
    await page.goto(path);
    for (const href of await page
      .locator('figure.dk-diagram svg a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))) {
      hrefs.add(href);
    }
  }
  expect(hrefs.size).toBeGreaterThan(3);
  for (const href of hrefs) expect(pages, `diagram link ${href}`).toContain(href.split('#')[0]);
});

test('no Mermaid code reaches the reader', async ({ page }) => {
  const scripts: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.url());
  });
  await page.goto('/container/');
  await page.waitForLoadState('networkidle');
  await expect(page.locator('pre code.language-mermaid')).toHaveCount(0);
  for (const url of scripts) {
    const body = await (await page.request.get(url)).text();
    expect(body, url).not.toContain('mermaid');
  }
});
