import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

/** One golden query: what a reader types, and the section that must answer it. */
interface GoldenQuery {
  query: string;
  /**
   * Page path and section anchor, e.g. "/volume/#a-named-volume-step-by-step", or the sections
   * that each answer the query fully, any of which counts.
   */
  expect: string | string[];
  /** 1: must be the first result; 3: within the first three. */
  rank: 1 | 3;
}

const { queries } = JSON.parse(readFileSync(join(import.meta.dirname, 'golden-queries.json'), 'utf8')) as {
  queries: GoldenQuery[];
};

test('the golden set covers enough real queries', () => {
  expect(queries.length).toBeGreaterThanOrEqual(40);
});

// The /search/ page ranks with the same module as the dialog (src/client/pagefind.ts), so
// reading its result links checks the ranking readers get.
for (const { query, expect: target, rank } of queries) {
  test(`“${query}” finds ${[target].flat().join(' or ')} at rank ${rank === 1 ? '1' : '≤ 3'}`, async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('status')).toContainText(/results? for/);
    const links = page.getByRole('list', { name: 'Search results' }).getByRole('link');
    const hrefs = await links.evaluateAll((anchors) =>
      anchors.map((anchor) => {
        const url = new URL((anchor as HTMLAnchorElement).href);
        return `${url.pathname}${url.hash}`;
      }),
    );
    const accepted = typeof target === 'string' ? [target] : target;
    const found = hrefs.slice(0, rank).filter((href) => accepted.includes(href));
    expect(found, `results: ${hrefs.slice(0, 5).join(', ')}`).not.toEqual([]);
  });
}
