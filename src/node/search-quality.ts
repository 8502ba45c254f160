/**
 * Search quality on the built site: runs the golden sets (tests/e2e/golden-queries.json and
 * reader-queries.json) through the real dialog and, on the same index, through Pagefind's own
 * ranking, and scores both by rank-1, top-3 and mean reciprocal rank. Shared by
 * scripts/bench-search.ts and the ranking specs (tests/e2e/reader-queries.spec.ts,
 * holdout-queries.spec.ts); the figures are in docs/search.md.
 */
import { join } from 'node:path';
import { z } from 'astro/zod';
import type { Page } from 'playwright';
import { readJsonFile } from './json-file.ts';

/** A query and the hrefs (`/page/#section`) that answer it, any of which counts. */
export interface ScoredQuery {
  query: string;
  accepted: string[];
}

/** The query sets in tests/e2e/: the golden sets CI holds a floor on, and the hold-out it only reports. */
export const QUERY_SETS = [
  'reader-queries.json',
  'reader-queries-unseen.json',
  'golden-queries.json',
  'fixtures/holdout-queries.json',
  'fixtures/holdout2-queries.json',
] as const;

/** What every query set holds: each query with the section, or the sections, that answer it. */
const QUERY_SET = z.object({
  queries: z.array(z.object({ query: z.string(), expect: z.union([z.string(), z.array(z.string())]) })),
});

/** Reads a query set (QUERY_SETS), each query with the sections that answer it. */
export function readGoldenSet(file: (typeof QUERY_SETS)[number]): ScoredQuery[] {
  const { queries } = readJsonFile(join(import.meta.dirname, '../../tests/e2e', file), QUERY_SET);
  return queries.map(({ query, expect }) => ({ query, accepted: typeof expect === 'string' ? [expect] : expect }));
}

/** The hrefs the dialog lists for a query, as `/page/#section`, once its list answers that text. */
export async function toDialogHrefs(page: Page, query: string): Promise<string[]> {
  const box = page.getByRole('dialog', { name: 'Search the docs' }).getByRole('combobox');
  await box.fill(query);
  await page.waitForFunction(
    (text) => document.querySelector('dialog [role="listbox"]')?.getAttribute('data-query') === text,
    query.trim(),
  );
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('dialog [role="option"]')]
      .map((option) => option.dataset['href'])
      .filter((href): href is string => Boolean(href))
      .map((href) => {
        const url = new URL(href, location.href);
        return `${url.pathname}${url.hash}`;
      }),
  );
}

/**
 * The hrefs Pagefind's own ranking gives for a query, on the same index: its pages in its order,
 * each linked to the sub-result with the highest summed score (what a default Pagefind UI offers
 * first), as a Starlight site with the same pages would rank them.
 */
export function toPagefindHrefs(page: Page, query: string, limit = 8): Promise<string[]> {
  return page.evaluate(
    async ({ text, take }) => {
      interface Sub {
        url: string;
        weighted_locations: { balanced_score: number }[];
      }
      const pagefind = (await import(/* @vite-ignore */ `${'/pagefind/'}pagefind.js`)) as {
        search(term: string): Promise<{ results: { data(): Promise<{ url: string; sub_results: Sub[] }> }[] }>;
      };
      const { results } = await pagefind.search(text);
      const pages = await Promise.all(results.slice(0, take).map((result) => result.data()));
      return pages.map((data) => {
        const score = (sub: Sub) => sub.weighted_locations.reduce((sum, location) => sum + location.balanced_score, 0);
        const best = [...data.sub_results].sort((a, b) => score(b) - score(a))[0];
        const url = new URL(best?.url ?? data.url, location.href);
        return `${url.pathname}${url.hash}`;
      });
    },
    { text: query, take: limit },
  );
}

/** Rank-1 and top-3 shares (0–1), MRR, and the queries whose answer is not first. */
export interface Quality {
  count: number;
  rank1: number;
  top3: number;
  mrr: number;
  misses: { query: string; rank: number; got: string[] }[];
}

/** Scores ranked hrefs against each query's accepted sections; a rank past the list counts 0. */
export function toQuality(queries: readonly ScoredQuery[], ranked: readonly string[][]): Quality {
  let rank1 = 0;
  let top3 = 0;
  let reciprocal = 0;
  const misses: Quality['misses'] = [];
  queries.forEach(({ query, accepted }, index) => {
    const got = ranked[index] ?? [];
    const rank = got.findIndex((href) => accepted.includes(href)) + 1;
    if (rank === 1) rank1++;
    if (rank >= 1 && rank <= 3) top3++;
    if (rank >= 1) reciprocal += 1 / rank;
    if (rank !== 1) misses.push({ query, rank, got: got.slice(0, 3) });
  });
  const count = queries.length;
  return { count, rank1: rank1 / count, top3: top3 / count, mrr: reciprocal / count, misses };
}
