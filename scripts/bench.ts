/**
 * The benchmark behind README's Performance section: build time, what every page loads, Lighthouse
 * on the home page, a concept page with diagrams and the command reference, and search speed.
 * Writes docs/bench.md.
 *
 * Usage: npm run bench (PORT picks the preview port, 4499 by default; RUNS the repeats, 3).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../src/node/chromium.ts';
import { CATEGORIES, runLighthouse, type LighthouseSummary } from './lighthouse-runs.ts';
import { median } from './median.ts';
import { builtPages, measurePage, WEIGHT_KINDS, type Bytes, type PageWeight } from '../src/node/page-weight.ts';

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const REPORT = join(ROOT, 'docs/bench.md');
const PORT = Number(process.env['PORT'] ?? 4499);
const RUNS = Number(process.env['RUNS'] ?? 3);
const BASE = `http://localhost:${PORT}`;
/** Pages Lighthouse measures: home, a concept page with diagrams, the command reference if built. */
const LIGHTHOUSE_PAGES = ['/', '/container/', '/reference/'];

/** Runs `npm run build` once and returns its wall-clock time in seconds. */
function timeBuild(run: number): number {
  const start = performance.now();
  const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
  const seconds = (performance.now() - start) / 1000;
  if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}\n${build.stderr}`);
  console.log(`build ${run}: ${seconds.toFixed(1)} s`);
  return seconds;
}

/** Starts `astro preview` in its own process group and waits until it answers. */
async function startPreview(): Promise<ChildProcess> {
  const preview = spawn('npx', ['astro', 'preview', '--host', 'localhost', '--port', String(PORT)], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let errors = '';
  preview.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  for (let attempt = 0; attempt < 240 && preview.exitCode === null; attempt++) {
    try {
      if ((await fetch(`${BASE}/`)).ok) return preview;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  stopPreview(preview);
  throw new Error(`astro preview did not answer on ${BASE} within 60 s (is the port taken?)\n${errors}`);
}

function stopPreview(preview: ChildProcess): void {
  // npx starts astro as a child: end the whole group this script created.
  if (preview.pid === undefined || preview.exitCode !== null) return;
  try {
    process.kill(-preview.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

async function measureAllPages(paths: readonly string[]): Promise<PageWeight[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  const weights: PageWeight[] = [];
  try {
    for (const path of paths) {
      // A fresh context per page: nothing comes from the cache.
      const context = await browser.newContext({ baseURL: BASE });
      weights.push(await measurePage(await context.newPage(), path));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return weights;
}

/** Runs scripts/bench-search.ts against the preview, if it exists, and returns what it printed. */
function runSearchBench(): string {
  const script = join(ROOT, 'scripts/bench-search.ts');
  if (!existsSync(script)) {
    console.log('search benchmark not present');
    return 'search benchmark not present (scripts/bench-search.ts).';
  }
  const search = spawnSync('node', [script], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, BASE_URL: BASE, PORT: String(PORT) },
  });
  const output = `${search.stdout}${search.stderr}`.trim();
  return search.status === 0
    ? output
    : `scripts/bench-search.ts failed (exit ${search.status}):\n\n\`\`\`\n${output}\n\`\`\``;
}

const kb = (bytes: number): string => (bytes / 1024).toFixed(1);
const pair = (bytes: Bytes): string => `${kb(bytes.raw)} / ${kb(bytes.gzip)}`;

function toWeightTable(weights: readonly PageWeight[]): string {
  const head = `| page | ${WEIGHT_KINDS.join(' | ')} | total | total without diagrams |`;
  const rule = `|${' --- |'.repeat(WEIGHT_KINDS.length + 3)}`;
  const rows = weights.map(
    (weight) =>
      `| ${weight.path} | ${WEIGHT_KINDS.map((kind) => pair(weight.kinds[kind])).join(' | ')} | ` +
      `${pair(weight.total)} | ${pair(weight.totalWithoutDiagrams)} |`,
  );
  const inline = weights.map(
    (weight) =>
      `| ${weight.path} | ${pair(weight.js)} | ${pair(weight.inline.js)} | ${pair(weight.css)} | ${pair(weight.inline.css)} |`,
  );
  return [
    'KB raw / KB gzip (1 KB = 1024 bytes; gzip level 9 computed from each response body). `html` is the',
    'document without its diagram SVGs, `svg-in-html` what the inline diagram SVGs add to it.',
    '',
    head,
    rule,
    ...rows,
    '',
    'JavaScript and CSS as the budget counts them: files plus the inline `<script>` and `<style>` of the',
    'document (the inline part is also inside `html` above).',
    '',
    '| page | js | of which inline | css | of which inline |',
    '| --- | --- | --- | --- | --- |',
    ...inline,
  ].join('\n');
}

function toLighthouseSection(summaries: readonly LighthouseSummary[], skipped: readonly string[]): string {
  const lines = [
    `Mobile, default simulated throttling, median of ${RUNS} runs each, in Debian's headless Chromium.`,
    '',
    '| page | performance | accessibility | best practices | SEO | LCP | TBT | CLS |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...summaries.map(
      (summary) =>
        `| ${new URL(summary.url).pathname} | ${CATEGORIES.map((category) => summary.scores[category]).join(' | ')} | ` +
        `${(summary.metrics.lcp / 1000).toFixed(2)} s | ${Math.round(summary.metrics.tbt)} ms | ${summary.metrics.cls.toFixed(3)} |`,
    ),
    '',
    ...skipped.map((path) => `${path} is not built yet: skipped.`),
    `Lighthouse's CPU benchmark index of this machine: ${Math.round(median(summaries.map((s) => s.benchmarkIndex)))} ` +
      '(simulated timings scale with it).',
    '',
    '### Below 100, and why',
    '',
  ];
  const failing = summaries.flatMap((summary) =>
    summary.failing.map(
      (audit) =>
        `- ${new URL(summary.url).pathname} ${audit.category}: \`${audit.id}\` ${audit.title}` +
        `${audit.value ? ` (${audit.value})` : ''}, score ${audit.score.toFixed(2)}` +
        `${audit.examples.length > 0 ? `; e.g. \`${audit.examples.join('`, `')}\`` : ''}`,
    ),
  );
  lines.push(...(failing.length > 0 ? failing : ['Nothing: every measured page scores 100 in all four.']));
  return lines.join('\n');
}

const started = new Date();
const loadAtStart = loadavg()
  .map((load) => load.toFixed(1))
  .join(' / ');
const builds = Array.from({ length: RUNS }, (_, run) => timeBuild(run + 1));
const pages = builtPages(DIST);
const preview = await startPreview();
let report: string;
try {
  const weights = await measureAllPages(pages);
  const lighthousePaths = LIGHTHOUSE_PAGES.filter((path) => pages.includes(path));
  const skipped = LIGHTHOUSE_PAGES.filter((path) => !pages.includes(path));
  const summaries = await runLighthouse(
    lighthousePaths.map((path) => BASE + path),
    RUNS,
    CHROMIUM_PATH,
  );
  const search = runSearchBench();
  const chromiumVersion = spawnSync(CHROMIUM_PATH, ['--version'], { encoding: 'utf8' }).stdout.trim();
  report = [
    '# Benchmark',
    '',
    `Written by \`npm run bench\` (scripts/bench.ts) on ${started.toISOString().slice(0, 10)}: Node ${process.version}, ` +
      `${chromiumVersion}, ${cpus().length} CPU cores, load average ${loadAtStart} at the start. ` +
      'Times depend on the machine and on what else runs on it; byte counts do not.',
    '',
    '## Build time',
    '',
    `Wall clock of a full \`npm run build\` (Astro and Pagefind), median of ${RUNS}: **${median(builds).toFixed(1)} s** ` +
      `(runs: ${builds.map((seconds) => `${seconds.toFixed(1)} s`).join(', ')}).`,
    '',
    '## Page weight',
    '',
    toWeightTable(weights),
    '',
    '## Lighthouse',
    '',
    toLighthouseSection(summaries, skipped),
    '',
    '## Search',
    '',
    search,
    '',
  ].join('\n');
} finally {
  stopPreview(preview);
}
writeFileSync(REPORT, report);
spawnSync('npx', ['prettier', '--write', REPORT], { cwd: ROOT, stdio: 'inherit' });
console.log(`wrote ${REPORT}`);
