/**
 * Runs Lighthouse (mobile, default simulated throttling) in Debian's headless Chromium and
 * reduces repeated runs to their medians, with the audits that keep a category below 100.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from '../src/node/chromium.ts';
import { median } from './median.ts';

/** The categories the site aims at 100 in. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The median figures of one page's runs. */
export interface LighthouseSummary {
  url: string;
  runs: number;
  /** Scores 0–100, each the median of the runs. */
  scores: Record<Category, number>;
  /** Largest Contentful Paint and Total Blocking Time in ms, Cumulative Layout Shift unitless. */
  metrics: { lcp: number; tbt: number; cls: number };
  /** Audits below a full score in a category below 100, from the run with the median performance. */
  failing: { category: Category; id: string; title: string; score: number; value: string; examples: string[] }[];
  /** Lighthouse's CPU benchmark of this machine: simulated timings scale with it. */
  benchmarkIndex: number;
}

interface AuditResult {
  title: string;
  score: number | null;
  numericValue?: number;
  displayValue?: string;
  /** Lighthouse's details vary by audit; only the element snippets some of them list are read. */
  details?: unknown;
}

interface LhResult {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, AuditResult>;
  environment: { benchmarkIndex: number };
  runtimeError?: { message: string };
}

/** Returns the items of an audit's details, when it has a list of them. */
function toDetailItems(details: unknown): unknown[] {
  if (typeof details !== 'object' || details === null || !('items' in details)) return [];
  return Array.isArray(details.items) ? details.items : [];
}

/** Returns the HTML snippet of the element a details item names, if it names one. */
function toSnippet(item: unknown): unknown {
  if (typeof item !== 'object' || item === null || !('node' in item)) return undefined;
  const node = item.node;
  return typeof node === 'object' && node !== null && 'snippet' in node ? node.snippet : undefined;
}

function toScore(lhr: LhResult, category: Category): number {
  return Math.round((lhr.categories[category]?.score ?? 0) * 100);
}

function toFailing(lhr: LhResult, scores: Record<Category, number>): LighthouseSummary['failing'] {
  const failing: LighthouseSummary['failing'] = [];
  for (const category of CATEGORIES) {
    if (scores[category] === 100) continue;
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
      const examples = toDetailItems(audit.details)
        .map((item) => toSnippet(item))
        .filter((snippet): snippet is string => typeof snippet === 'string')
        .slice(0, 3);
      failing.push({
        category,
        id: ref.id,
        title: audit.title,
        score: audit.score,
        value: audit.displayValue ?? '',
        examples,
      });
    }
  }
  return failing;
}

/**
 * Runs Lighthouse `runs` times on each URL in one headless Chromium and returns the medians.
 *
 * @param urls Full URLs, such as `http://localhost:4499/container/`.
 * @param chromePath The Chromium binary (Debian's: /usr/bin/chromium).
 */
export async function runLighthouse(
  urls: readonly string[],
  runs: number,
  chromePath: string,
): Promise<LighthouseSummary[]> {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
  const summaries: LighthouseSummary[] = [];
  try {
    for (const url of urls) {
      const results: LhResult[] = [];
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(url, { port: chrome.port, logLevel: 'error', output: 'json' });
        const lhr: LhResult | undefined = result?.lhr;
        if (!lhr || lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr?.runtimeError?.message}`);
        results.push(lhr);
        console.log(`  lighthouse ${url} run ${run + 1}: performance ${toScore(lhr, 'performance')}`);
      }
      const scores = Object.fromEntries(
        CATEGORIES.map((category) => [category, median(results.map((lhr) => toScore(lhr, category)))]),
      ) as Record<Category, number>;
      const metric = (id: string): number => median(results.map((lhr) => lhr.audits[id]?.numericValue ?? NaN));
      const medianRun =
        results.toSorted((a, b) => toScore(a, 'performance') - toScore(b, 'performance'))[
          Math.floor(results.length / 2)
        ] ?? results[0];
      summaries.push({
        url,
        runs,
        scores,
        metrics: {
          lcp: metric('largest-contentful-paint'),
          tbt: metric('total-blocking-time'),
          cls: metric('cumulative-layout-shift'),
        },
        failing: medianRun ? toFailing(medianRun, scores) : [],
        benchmarkIndex: median(results.map((lhr) => lhr.environment.benchmarkIndex)),
      });
    }
  } finally {
    chrome.kill();
  }
  return summaries;
}
