/**
 * Measures what Pagefind's --include-characters does to queries readers type: flags, names with
 * dots and dashes, and ordinary words at sentence ends. Indexes the built site (dist/) once per
 * choice into a temporary folder and queries each index through Pagefind's JS API in Chromium,
 * serving files straight from disk, so no preview server is needed. Results are in
 * docs/search.md.
 *
 * Usage: npm run build && node scripts/search-characters.ts
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS } from '../src/node/diagram-store.ts';

const DIST = join(import.meta.dirname, '../dist');
const ORIGIN = 'http://search.test';
/** Each choice of extra word characters; '' is Pagefind's default. */
const CHOICES = ['', '-', '-.', '-._', '-.:/'] as const;
const QUERIES = [
  '--network-alias',
  '-v',
  '--no-trunc',
  'named-db',
  'compose.yaml',
  'docker.sock',
  '/var/run/docker.sock',
  'sock',
  '127.0.0.1:8080:80',
  'container',
  'mounts',
  'daemon',
] as const;
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
};

interface Row {
  query: string;
  pages: number;
  locations: number;
  score: number;
  top: string;
  highlight: string;
}

const browser = await chromium.launch({
  executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
  args: [...CHROMIUM_ARGS],
});
const table: Record<string, Row[]> = {};
for (const chars of CHOICES) {
  const out = mkdtempSync(join(tmpdir(), 'pf-'));
  const args = ['--site', DIST, '--output-path', out, ...(chars ? [`--include-characters=${chars}`] : [])];
  const run = spawnSync(join(import.meta.dirname, '../node_modules/.bin/pagefind'), args, { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  const page = await browser.newPage();
  await page.route(`${ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    const file = path.startsWith('/pagefind/')
      ? join(out, path.slice('/pagefind/'.length))
      : join(DIST, path.endsWith('/') ? `${path}index.html` : path);
    try {
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      await route.fulfill({ body: readFileSync(file), contentType: type });
    } catch {
      await route.fulfill({ status: 404 });
    }
  });
  await page.goto(`${ORIGIN}/`);
  table[chars || '(default)'] = await page.evaluate(async (queries) => {
    const pf = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    await pf.options({ highlightParam: 'highlight' });
    const rows = [];
    for (const query of queries) {
      const { results } = await pf.search(query);
      const data = await Promise.all(results.map((result: { data(): Promise<unknown> }) => result.data()));
      let locations = 0;
      let score = 0;
      let top = '–';
      for (const [index, page] of (data as PfPage[]).entries()) {
        const sum = (sub: PfSub): number => sub.weighted_locations.reduce((s, l) => s + l.balanced_score, 0);
        locations += page.sub_results.reduce((n, sub) => n + sub.weighted_locations.length, 0);
        score += page.sub_results.reduce((n, sub) => n + sum(sub), 0);
        if (index === 0) {
          const best = [...page.sub_results].sort((a, b) => sum(b) - sum(a))[0];
          const url = new URL(best?.url ?? page.url, location.origin);
          top = `${url.pathname}${url.hash}`;
        }
      }
      const first = (data as PfPage[])[0];
      const highlight = first ? new URL(first.url, location.origin).searchParams.getAll('highlight').join(' ') : '';
      rows.push({ query, pages: data.length, locations, score: Math.round(score), top, highlight });
    }
    return rows;
    interface PfSub {
      url: string;
      weighted_locations: { balanced_score: number }[];
    }
    interface PfPage {
      url: string;
      sub_results: PfSub[];
    }
  }, QUERIES);
  await page.close();
  rmSync(out, { recursive: true, force: true });
}
await browser.close();

for (const query of QUERIES) {
  console.log(`\n${query}`);
  for (const [chars, rows] of Object.entries(table)) {
    const row = rows.find((r) => r.query === query);
    if (row)
      console.log(
        `  ${chars.padEnd(10)} pages ${row.pages}  words ${row.locations}  score ${row.score}  top ${row.top}  ?highlight=${row.highlight}`,
      );
  }
}
