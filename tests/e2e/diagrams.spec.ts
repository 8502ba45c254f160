import { expect, test } from '@playwright/test';
import { diagramFigures } from './locators.ts';
import { builtPages, chooseTheme, readBuiltHrefs } from './site.ts';

const REQUIRED = {
  '/': 1,
  '/daemon/': 1,
  '/container/': 1,
  '/contexts/': 1,
  '/image/': 1,
  '/volume/': 1,
  '/network/': 1,
  '/compose/': 1,
  '/dockerfile/': 1,
  '/orchestration/': 1,
} as const;

/** WCAG AA for normal text: diagram labels are 12–16 px. */
const MIN_CONTRAST = 4.5;

for (const [path, count] of Object.entries(REQUIRED)) {
  test(`${path} sends each of its ${count}+ diagram(s) once, named, captioned and readable in light and dark`, async ({
    page,
  }) => {
    await page.goto(path);
    const figures = diagramFigures(page);
    expect(await figures.count()).toBeGreaterThanOrEqual(count);
    const ids = await page.locator('[id]').evaluateAll((nodes) => nodes.map((node) => node.id));
    expect(
      ids.filter((id, index) => ids.indexOf(id) !== index),
      'duplicate ids',
    ).toEqual([]);
    for (const theme of ['light', 'dark'] as const) {
      await chooseTheme(page, theme);
      for (const figure of await figures.all()) {
        // One SVG per diagram: the theme changes its colours, not which copy shows.
        await expect(figure.locator('svg')).toHaveCount(1);
        const svg = figure.locator('svg');
        await figure.scrollIntoViewIfNeeded();
        await expect(svg).toBeVisible();
        const box = await svg.boundingBox();
        expect(box?.width ?? 0).toBeGreaterThan(100);
        // An accessible name from accTitle and a description from accDescr.
        await expect(svg).toHaveAccessibleName(/\w{3}/);
        await expect(svg).toHaveAccessibleDescription(/\w{3}/);
        await expect(figure.locator('figcaption')).toHaveText(/\w{3}/);
        // Every visible label contrasts with what is drawn behind it (a node's fill, an edge label's
        // box, or the figure), in this theme.
        const ratios = await svg.evaluate((node) => {
          const toRgb = (colour: string): number[] | undefined => {
            const channels = (colour.match(/[\d.]+/g) ?? []).map(Number);
            if (channels.length < 3 || channels[3] === 0) return undefined;
            return channels.slice(0, 3);
          };
          const luminance = (rgb: readonly number[]): number => {
            const [r = 0, g = 0, b = 0] = rgb.map((channel) => {
              const c = channel / 255;
              return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
            });
            return 0.2126 * r + 0.7152 * g + 0.0722 * b;
          };
          const figureRgb = toRgb(getComputedStyle(node.closest('figure') ?? document.body).backgroundColor) ?? [
            255, 255, 255,
          ];
          const behind = (text: Element): number[] => {
            const rect = text.getBoundingClientRect();
            const stack = document.elementsFromPoint(rect.x + rect.width / 2, rect.y + rect.height / 2);
            for (const element of stack) {
              if (element === node || !node.contains(element)) break;
              if (!['rect', 'path', 'polygon', 'circle', 'ellipse'].includes(element.tagName)) continue;
              const fill = toRgb(getComputedStyle(element).fill);
              if (fill) return fill;
            }
            return figureRgb;
          };
          return [...node.querySelectorAll('text:not(:has(tspan)), tspan')]
            .filter((text) => text.textContent?.trim() && text.getBoundingClientRect().width > 0)
            .map((text) => {
              const fill = luminance(toRgb(getComputedStyle(text).fill) ?? [0, 0, 0]);
              const back = luminance(behind(text));
              const ratio = (Math.max(fill, back) + 0.05) / (Math.min(fill, back) + 0.05);
              return { text: text.textContent?.trim(), ratio: Math.round(ratio * 10) / 10 };
            });
        });
        expect(ratios.length).toBeGreaterThan(0);
        expect(
          ratios.filter(({ ratio }) => ratio < MIN_CONTRAST),
          `${theme} labels below ${MIN_CONTRAST}:1`,
        ).toEqual([]);
      }
    }
  });
}

test('a diagram node that names a concept links to its page', async ({ page }) => {
  await page.goto('/');
  // The daemon's node, labelled dockerd, links to its page.
  const link = diagramFigures(page).getByRole('link').filter({ hasText: 'dockerd' }).first();
  await expect(link).toBeVisible();
  await link.click();
  await expect(page).toHaveURL(/\/daemon\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('every link inside a diagram leads to a page that exists', () => {
  const pages = new Set(builtPages());
  // Read from the built files: no script touches a diagram's links (the click test above follows one in the browser).
  const hrefs = new Set(builtPages().flatMap((path) => readBuiltHrefs(path, 'figure svg a')));
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
