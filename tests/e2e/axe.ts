import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import { expect, type Page } from '@playwright/test';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Injects axe into a loaded page, once for every run on it. `@axe-core/playwright` would inject it
 * again on every run and finish each one in a new blank page, for the frames a page may hold; the
 * site's pages hold none, which this asserts, so one `axe.run` in the page sees what the builder's
 * runs saw.
 */
export async function injectAxe(page: Page): Promise<void> {
  expect(page.frames(), 'axe runs in the page alone: a page with a frame needs AxeBuilder').toHaveLength(1);
  await page.evaluate(AXE_SOURCE);
}

/**
 * The page's axe violations as they stand, one line per element, each starting with `label` (the
 * page and the variant). Only violations are gathered: passes too make each run several times
 * slower and change nothing found.
 */
export async function axeViolations(page: Page, label: string, options: RunOptions = {}): Promise<string[]> {
  const results = await page.evaluate(
    (options) => (window as unknown as { axe: { run: (options: RunOptions) => Promise<AxeResults> } }).axe.run(options),
    { ...options, resultTypes: ['violations'] } satisfies RunOptions,
  );
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${label} ${violation.id}: ${node.target.join(' ')} — ${node.failureSummary ?? ''}`),
  );
}
