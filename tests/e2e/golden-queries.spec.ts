import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { z } from 'astro/zod';
import { CLI } from '../../src/node/cli-data.ts';
import { readJsonFile } from '../../src/node/json-file.ts';
import { toReferenceHref } from '../../src/node/reference-links.ts';

/** One section, or several that each answer fully, any of which counts. */
const SECTIONS = z.union([z.string(), z.array(z.string()).min(1)]);

/** The golden set's file: what a reader types, and the section that must answer it. */
const GOLDEN_SET = z.object({
  queries: z.array(
    z.object({
      query: z.string(),
      /** Page path and section anchor, e.g. "/volume/#a-named-volume-step-by-step". */
      expect: SECTIONS,
      /** 1: must be the first result; 3: within the first three. */
      rank: z.union([z.literal(1), z.literal(3)]),
      /** For a command or flag, which leads with its reference entry: the concept section(s) that must follow within the top three. */
      concept: SECTIONS.optional(),
    }),
  ),
});

/** Share of commands and flags whose concept section must stay in the top three (measured 25 of 28). */
const CONCEPT_FLOOR = 0.85;

const { queries } = readJsonFile(join(import.meta.dirname, 'golden-queries.json'), GOLDEN_SET);

test('the golden set covers enough real queries', () => {
  expect(queries.length).toBeGreaterThanOrEqual(40);
});

test('every reference entry the golden set expects is an address the reference links to', () => {
  const entries = new Set(
    CLI.commands.flatMap((command) => [
      toReferenceHref(command.path),
      ...command.flags.map((flag) => toReferenceHref(command.path, flag.name)),
    ]),
  );
  const expected = queries.flatMap((query) => [query.expect, query.concept ?? []].flat());
  const reference = expected.filter((href) => href.startsWith('/reference/'));
  expect(reference.length).toBeGreaterThan(5);
  expect(reference.filter((href) => !entries.has(href))).toEqual([]);
});

// The dialog ranks with the same module as the /search/ page (src/client/pagefind.ts), so
// reading its options checks the ranking readers get. One page runs every query in turn, so
// Pagefind starts once; each query is a soft assertion, so one run reports every miss.
test('every golden query lands on its section', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the docs' });
  const box = dialog.getByRole('combobox');
  const status = dialog.getByRole('status');
  let checked = 0;
  const list = dialog.getByRole('listbox');
  const concepts: string[] = [];
  for (const { query, expect: target, rank, concept } of queries) {
    await box.fill(query);
    // The list names the text it answers: wait on this query's results, not on an earlier one's.
    await expect(list).toHaveAttribute('data-query', query);
    await expect(status).toHaveText(/^\d+ results?$|^No results/);
    const hrefs = await dialog.getByRole('option').evaluateAll((options) =>
      options.map((option) => {
        const url = new URL((option as HTMLElement).dataset['href'] ?? '', location.href);
        return `${url.pathname}${url.hash}`;
      }),
    );
    const accepted = typeof target === 'string' ? [target] : target;
    const found = hrefs.slice(0, rank).filter((href) => accepted.includes(href));
    expect
      .soft(
        found,
        `“${query}” should find ${accepted.join(' or ')} at rank ${rank === 1 ? '1' : '≤ 3'}; got ${hrefs.slice(0, 5).join(', ')}`,
      )
      .not.toEqual([]);
    if (concept) {
      const sections = [concept].flat();
      if (!hrefs.slice(0, 3).some((href) => sections.includes(href)))
        concepts.push(`${query} → ${hrefs.slice(0, 3).join(', ')}`);
    }
    checked += 1;
  }
  expect(checked).toBe(queries.length);
  // A command's concept section follows its reference entry in the top three for most commands
  // (docs/search.md lists the ones that miss); a floor, at what is reached.
  const withConcept = queries.filter((query) => query.concept).length;
  expect(1 - concepts.length / withConcept, `concept not in the top 3:\n${concepts.join('\n')}`).toBeGreaterThanOrEqual(
    CONCEPT_FLOOR,
  );
});
