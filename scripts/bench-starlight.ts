/**
 * Measures this site beside a default Starlight site built from the same content/, in one run on
 * one machine: bytes by type on first load, Lighthouse (mobile, median of RUNS) and search latency.
 * Starlight is installed in a temporary folder, never as our dependency. Writes the side-by-side
 * table, with ratios, into docs/bench.md between its markers.
 *
 * Usage: npm run build && npm run bench:starlight   (PORT=4371 to serve elsewhere, RUNS=3)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium, type Browser } from 'playwright';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import exampleImages from '../src/data/example-images.json' with { type: 'json' };
import { expandImageTokens, toExampleImages } from '../src/lib/content/example-images.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../src/node/chromium.ts';
import { listContentPages } from '../src/node/content-pages.ts';
import { runLighthouse, type LighthouseSummary } from './lighthouse-runs.ts';
import { median } from './median.ts';
import { measurePage, toKb, type PageWeight } from '../src/node/page-weight.ts';

const ROOT = join(import.meta.dirname, '..');
const REPORT = join(ROOT, 'docs/bench.md');
const PORT = Number(process.env['PORT'] ?? 4371);
const RUNS = Number(process.env['RUNS'] ?? 3);
/** The Starlight release measured, and the Astro it runs on (ours, so only the theme differs). */
const STARLIGHT = '@astrojs/starlight@0.42.4';
const PEERS = ['astro@7.3.5', '@astrojs/markdown-remark@7.3.1'];
/** Both sites on one port: the host name picks the site, so each is its own origin. */
const HOSTS = { ours: 'localhost', starlight: '127.0.0.1' } as const;
type Site = keyof typeof HOSTS;
/** What a reader types to search, the same on both sites. */
const QUERY = 'volume';
const MARKERS = ['<!-- bench:starlight -->', '<!-- /bench:starlight -->'] as const;

/** Writes a default Starlight project whose docs are our MDX pages, and builds it. */
function buildStarlight(dir: string): string {
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'starlight-bench', private: true, type: 'module' }));
  console.log(`installing ${STARLIGHT} in ${dir}`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--save-exact', STARLIGHT, ...PEERS], {
    cwd: dir,
    stdio: 'inherit',
  });
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\n` +
      `export default defineConfig({ site: 'https://docker-concepts.example', integrations: [starlight({ title: 'Docker Concepts' })] });\n`,
  );
  mkdirSync(join(dir, 'src/content/docs'), { recursive: true });
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\n` +
      `import { docsSchema } from '@astrojs/starlight/schema';\n` +
      `export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n`,
  );
  const images = toExampleImages(exampleImages);
  for (const { file, slug } of listContentPages(join(ROOT, 'content'))) {
    const source = readFileSync(file, 'utf8');
    const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
    const data = parseYaml(frontmatter) as { title: string; description: string; order?: number };
    // Starlight's own frontmatter: the title and description, and the sidebar order ours uses.
    const starlight = { title: data.title, description: data.description, sidebar: { order: data.order } };
    writeFileSync(
      join(dir, 'src/content/docs', `${slug}.mdx`),
      `---\n${stringifyYaml(starlight)}---\n${expandImageTokens(body, images).text}`,
    );
  }
  execFileSync('npx', ['astro', 'build'], { cwd: dir, stdio: 'inherit' });
  return join(dir, 'dist');
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
  '.woff2': 'font/woff2',
};

/** Returns the file a path names in a dist/ folder: the file itself or its folder's index.html. */
function toFile(root: string, path: string): string | undefined {
  const safe = normalize(decodeURIComponent(path)).replace(/^(\.\.[/\\])+/, '');
  return [join(root, safe), join(root, safe, 'index.html')].find((file) => existsSync(file) && statSync(file).isFile());
}

/**
 * Serves each site's dist/ by host name, as static files, the same way for both; an unknown path
 * gets the site's 404 page, as a static host would send it.
 */
function serve(roots: Readonly<Record<Site, string>>): Promise<Server> {
  const server = createServer((request, response) => {
    const host = (request.headers.host ?? '').split(':')[0];
    const site = (Object.keys(HOSTS) as Site[]).find((name) => HOSTS[name] === host);
    const root = site ? roots[site] : undefined;
    const file = root ? toFile(root, new URL(request.url ?? '/', 'http://x').pathname) : undefined;
    const notFound = root ? toFile(root, '/404.html') : undefined;
    const body = file ?? notFound;
    if (!body) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(file ? 200 : 404, { 'content-type': TYPES[extname(body)] ?? 'application/octet-stream' });
    response.end(readFileSync(body));
  });
  return new Promise((resolve) => server.listen(PORT, () => resolve(server)));
}

function toBase(site: Site): string {
  return `http://${HOSTS[site]}:${PORT}`;
}

/**
 * Our pages that have no Starlight twin (Starlight builds only content/): a reference page and the
 * widgets. Their LCP is compared with the median LCP of Starlight's pages, a typical Starlight page.
 */
const OWN_PAGES = ['/reference/cli/docker/container/run/', '/explain/', '/playground/', '/build-cache/'];

/** Returns our content pages that Starlight also built, e.g. ['/', '/client/', …]. */
function toPaths(starlightDist: string): string[] {
  return listContentPages(join(ROOT, 'content'))
    .map((page) => page.href)
    .filter((path) => existsSync(join(starlightDist, path, 'index.html')))
    .sort();
}

async function weigh(browser: Browser, site: Site, paths: readonly string[]): Promise<PageWeight[]> {
  const weights: PageWeight[] = [];
  for (const path of paths) {
    const context = await browser.newContext({ baseURL: toBase(site) });
    weights.push(await measurePage(await context.newPage(), path));
    await context.close();
  }
  return weights;
}

/** Ms from the first keystroke to the first result on screen, cold (empty cache), median of RUNS. */
async function searchLatency(browser: Browser, site: Site): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ baseURL: toBase(site) });
    const page = await context.newPage();
    await page.goto('/container/', { waitUntil: 'networkidle' });
    let input;
    let result;
    if (site === 'ours') {
      await page.keyboard.press('/');
      input = page.getByRole('combobox', { name: 'Search the docs' });
      result = page.getByRole('dialog', { name: 'Search the docs' }).getByRole('option').first();
    } else {
      await page.locator('site-search button').first().click();
      input = page.locator('.pagefind-ui__search-input');
      result = page.locator('.pagefind-ui__result').first();
    }
    await input.waitFor();
    const start = Date.now();
    await input.pressSequentially(QUERY);
    await result.waitFor({ timeout: 30_000 });
    times.push(Date.now() - start);
    await context.close();
  }
  return median(times);
}

function ratio(ours: number, theirs: number): string {
  return theirs > 0 ? `${(ours / theirs).toFixed(2)}×` : '–';
}

function toTable(
  paths: readonly string[],
  weights: Record<Site, PageWeight[]>,
  lighthouse: Record<Site, LighthouseSummary[]>,
  own: { paths: readonly string[]; weights: PageWeight[]; lighthouse: LighthouseSummary[]; starlightLcp: number },
): string {
  const lines = [
    '| page | total KB gzip (ours / Starlight / ratio) | HTML | CSS | JS | fonts + images | LCP ratio (ours ÷ Starlight) | performance (ours / Starlight) |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  paths.forEach((path, index) => {
    const ours = weights.ours[index];
    const theirs = weights.starlight[index];
    const lhOurs = lighthouse.ours[index];
    const lhTheirs = lighthouse.starlight[index];
    if (!ours || !theirs) return;
    const cell = (a: number, b: number): string => `${toKb(a)} / ${toKb(b)} / ${ratio(a, b)}`;
    const html = (weight: PageWeight): number => weight.kinds.html.gzip + weight.kinds['svg-in-html'].gzip;
    const media = (weight: PageWeight): number => weight.kinds.fonts.gzip + weight.kinds.images.gzip;
    lines.push(
      `| ${path} | ${cell(ours.total.gzip, theirs.total.gzip)} | ${cell(html(ours), html(theirs))} | ` +
        `${cell(ours.css.gzip, theirs.css.gzip)} | ${cell(ours.js.gzip, theirs.js.gzip)} | ${cell(media(ours), media(theirs))} | ` +
        `${lhOurs && lhTheirs ? ratio(lhOurs.metrics.lcp, lhTheirs.metrics.lcp) : '–'} | ` +
        `${lhOurs?.scores.performance ?? '–'} / ${lhTheirs?.scores.performance ?? '–'} |`,
    );
  });
  own.paths.forEach((path, index) => {
    const ours = own.weights[index];
    const lh = own.lighthouse[index];
    if (!ours) return;
    lines.push(
      `| ${path} ¹ | ${toKb(ours.total.gzip)} / – / – | ${toKb(ours.kinds.html.gzip + ours.kinds['svg-in-html'].gzip)} / – / – | ` +
        `${toKb(ours.css.gzip)} / – / – | ${toKb(ours.js.gzip)} / – / – | ${toKb(ours.kinds.fonts.gzip + ours.kinds.images.gzip)} / – / – | ` +
        `${lh ? ratio(lh.metrics.lcp, own.starlightLcp) : '–'} | ${lh?.scores.performance ?? '–'} / – |`,
    );
  });
  return lines.join('\n');
}

/** Replaces the marked section of docs/bench.md (or appends it), leaving the rest as npm run bench wrote it. */
function writeSection(section: string): void {
  const report = existsSync(REPORT) ? readFileSync(REPORT, 'utf8') : '# Benchmark\n';
  const block = `${MARKERS[0]}\n${section}\n${MARKERS[1]}`;
  const start = report.indexOf(MARKERS[0]);
  const end = report.indexOf(MARKERS[1]);
  const next =
    start !== -1 && end > start
      ? report.slice(0, start) + block + report.slice(end + MARKERS[1].length)
      : `${report.trimEnd()}\n\n${block}\n`;
  writeFileSync(REPORT, next);
  // The one formatter aligns the table, so the report passes npm run check.
  execFileSync('npx', ['prettier', '--write', REPORT], { cwd: ROOT, stdio: 'ignore' });
}

if (!existsSync(join(ROOT, 'dist/index.html'))) throw new Error('Build the site first: npm run build');
const dir = mkdtempSync(join(tmpdir(), 'dk-starlight-'));
try {
  const starlightDist = buildStarlight(dir);
  const paths = toPaths(starlightDist);
  const server = await serve({ ours: join(ROOT, 'dist'), starlight: starlightDist });
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  try {
    const weights = { ours: await weigh(browser, 'ours', paths), starlight: await weigh(browser, 'starlight', paths) };
    const ownPaths = OWN_PAGES.filter((path) => toFile(join(ROOT, 'dist'), path) !== undefined);
    const ownWeights = await weigh(browser, 'ours', ownPaths);
    const search = { ours: await searchLatency(browser, 'ours'), starlight: await searchLatency(browser, 'starlight') };
    // Alternate the sites page by page, so a burst of load on the shared machine hits both alike.
    const lighthouse: Record<Site, LighthouseSummary[]> = { ours: [], starlight: [] };
    for (const path of paths) {
      for (const site of ['ours', 'starlight'] as const) {
        lighthouse[site].push(...(await runLighthouse([`${toBase(site)}${path}`], RUNS, CHROMIUM_PATH)));
      }
    }
    const ownLighthouse: LighthouseSummary[] = [];
    for (const path of ownPaths)
      ownLighthouse.push(...(await runLighthouse([`${toBase('ours')}${path}`], RUNS, CHROMIUM_PATH)));
    const starlightLcp = median(lighthouse.starlight.map((summary) => summary.metrics.lcp));
    const sum = (site: Site, pick: (weight: PageWeight) => number): number[] => weights[site].map(pick);
    const medianTotal = (site: Site): number => median(sum(site, (weight) => weight.total.gzip));
    const medianJs = (site: Site): number => median(sum(site, (weight) => weight.js.gzip));
    const slower = [
      ...paths.filter(
        (_, index) =>
          (lighthouse.ours[index]?.metrics.lcp ?? 0) > (lighthouse.starlight[index]?.metrics.lcp ?? Infinity),
      ),
      ...ownPaths.filter((_, index) => (ownLighthouse[index]?.metrics.lcp ?? 0) > starlightLcp),
    ];
    writeSection(
      [
        '## Beside Starlight',
        '',
        `Written by \`npm run bench:starlight\` (scripts/bench-starlight.ts) on ${new Date().toISOString().slice(0, 10)}: ` +
          `${STARLIGHT} with its defaults on the same Astro, built from the same content/ (images expanded, Mermaid left as ` +
          `code, which is what Starlight does with it), both served by one static server in one run. Ratios are ours ÷ ` +
          `Starlight's; below 1 is better for us. Times are for comparison only: the machine is shared and noisy.`,
        '',
        `Median page: **${toKb(medianTotal('ours'))}** against **${toKb(medianTotal('starlight'))}** gzip on first load ` +
          `(${ratio(medianTotal('ours'), medianTotal('starlight'))}), JavaScript ${toKb(medianJs('ours'))} against ` +
          `${toKb(medianJs('starlight'))}. Search, first keystroke of "${QUERY}" to the first result on a cold page, median ` +
          `of ${RUNS}: ratio **${ratio(search.ours, search.starlight)}**. LCP (Lighthouse mobile, median of ${RUNS}) is ` +
          `slower than Starlight's on ${slower.length === 0 ? 'no page' : slower.join(', ')}.`,
        '',
        toTable(paths, weights, lighthouse, {
          paths: ownPaths,
          weights: ownWeights,
          lighthouse: ownLighthouse,
          starlightLcp,
        }),
        '',
        `¹ A page Starlight does not build from content/: its LCP ratio is against the median LCP of the Starlight ` +
          `pages above (${paths.length} pages), and it has no Starlight weights.`,
      ].join('\n'),
    );
    console.log(`wrote the Starlight comparison to ${REPORT}`);
  } finally {
    await browser.close();
    server.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
