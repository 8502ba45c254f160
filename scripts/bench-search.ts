/**
 * Benchmarks search in headless Chromium against a built site served by `npm run preview`:
 * the JavaScript a page loads before search is used, the cold time from typing to the first
 * result with the bytes Pagefind fetches, the warm time per keystroke, and the quality of the
 * ranking on the golden sets (rank-1, top-3, MRR), ours through the dialog beside Pagefind's
 * default ranking on the same index (src/node/search-quality.ts). Figures are in docs/search.md
 * and README.md.
 *
 * Usage: npm run build && npm run preview & npm run bench:search [-- runs] [--misses] [--holdout]
 * BASE_URL sets the server (default http://localhost:4321).
 */
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright';
import { SEARCH_DEBOUNCE_MS } from '../src/lib/search-timing.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../src/node/chromium.ts';
import { median } from './median.ts';
import {
  QUERY_SETS,
  readGoldenSet,
  toDialogHrefs,
  toPagefindHrefs,
  toQuality,
  type Quality,
} from '../src/node/search-quality.ts';

const base = process.env['BASE_URL'] ?? 'http://localhost:4321';
const runs = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 5);
const showMisses = process.argv.includes('--misses');
/** The hold-outs (tests/e2e/fixtures/holdout*-queries.json) are reported only when asked, never tuned on. */
const withHoldout = process.argv.includes('--holdout');

/** Counts the bytes of responses whose path starts with `prefix`, raw and gzipped. */
function countBytes(page: Page, prefix: string, only?: RegExp): { raw: number; gzip: number; files: number } {
  const total = { raw: 0, gzip: 0, files: 0 };
  page.on('response', async (response) => {
    const path = new URL(response.url()).pathname;
    if (!path.startsWith(prefix) || (only && !only.test(path))) return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    total.files++;
    total.raw += body.length;
    // The wasm and index files are compressed by Pagefind already; gzip gains nothing on them.
    total.gzip += /\.(js|json)$/.test(response.url()) ? gzipSync(body, { level: 9 }).length : body.length;
  });
  return total;
}

/** Resolves with the ms from now until the dialog's status text next changes. */
function untilResults(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const status = document.querySelector('dialog [role="status"]');
        const start = performance.now();
        if (!status) return resolve(Number.NaN);
        new MutationObserver((_, observer) => {
          observer.disconnect();
          resolve(performance.now() - start);
        }).observe(status, { childList: true, characterData: true, subtree: true });
      }),
  );
}

const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_ARGS],
});

// Site JavaScript on a page before search is used: module scripts and inline scripts.
const page0 = await browser.newPage();
const scripts = countBytes(page0, '/_astro/', /\.js$/);
await page0.goto(`${base}/volume/`);
await page0.waitForLoadState('networkidle');
const inline = await page0.evaluate(() =>
  [...document.querySelectorAll('script:not([src]):not([type="application/json"])')]
    .map((script) => script.textContent ?? '')
    .join(''),
);
const inlineGzip = inline ? gzipSync(inline, { level: 9 }).length : 0;
await page0.close();

const cold: number[] = [];
const warm: number[] = [];
let pagefind = { raw: 0, gzip: 0, files: 0 };
for (let run = 0; run < runs; run++) {
  // A new context has an empty HTTP cache: every run is a first visit.
  const context = await browser.newContext();
  const page = await context.newPage();
  const bytes = countBytes(page, '/pagefind/');
  await page.goto(`${base}/volume/`);
  await page.waitForLoadState('networkidle');
  await page.keyboard.press('/');
  const first = untilResults(page);
  await page.keyboard.type('n');
  cold.push(await first);
  for (const key of 'etwork') {
    const next = untilResults(page);
    await page.keyboard.type(key);
    warm.push(await next);
  }
  await page.waitForLoadState('networkidle');
  pagefind = { ...bytes };
  await context.close();
}

// Quality: every golden query through the dialog, and through Pagefind alone, on one warm page.
const qualityPage = await browser.newPage();
await qualityPage.goto(`${base}/`);
await qualityPage.keyboard.press('/');
const quality: { set: string; ours: Quality; pagefind: Quality }[] = [];
for (const file of QUERY_SETS.filter((set) => withHoldout || !set.includes('holdout'))) {
  const set = readGoldenSet(file);
  const ours: string[][] = [];
  const plain: string[][] = [];
  for (const { query } of set) {
    ours.push(await toDialogHrefs(qualityPage, query));
    plain.push(await toPagefindHrefs(qualityPage, query));
  }
  quality.push({ set: file, ours: toQuality(set, ours), pagefind: toQuality(set, plain) });
}
await browser.close();

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
console.log(
  `site JS before search (/volume/): ${kb(scripts.raw + inline.length)} raw, ${kb(scripts.gzip + inlineGzip)} gzip (${scripts.files} files + inline)`,
);
console.log(
  `cold, keystroke to first result: median ${median(cold).toFixed(0)} ms over ${runs} runs (includes the ${SEARCH_DEBOUNCE_MS} ms debounce)`,
);
console.log(
  `bytes fetched for search ("n" … "network"): ${kb(pagefind.raw)} raw, ${kb(pagefind.gzip)} gzip-equivalent, ${pagefind.files} files`,
);
console.log(
  `warm, per keystroke: median ${median(warm).toFixed(0)} ms (${(median(warm) - SEARCH_DEBOUNCE_MS).toFixed(0)} ms after the debounce), max ${Math.max(...warm).toFixed(0)} ms`,
);

const percent = (share: number): string => `${(share * 100).toFixed(1)} %`;
console.log('\n| golden set | queries | ranking | rank 1 | top 3 | MRR |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const { set, ours, pagefind: plain } of quality) {
  for (const [name, scores] of [
    ['ours', ours],
    ['Pagefind default', plain],
  ] as const) {
    console.log(
      `| ${set} | ${scores.count} | ${name} | ${percent(scores.rank1)} | ${percent(scores.top3)} | ${scores.mrr.toFixed(3)} |`,
    );
  }
  if (showMisses)
    for (const miss of ours.misses)
      console.log(`  not first (${miss.rank || '-'}): ${miss.query} → ${miss.got.join(' ')}`);
}
