/**
 * Measures the command explainer against its budgets and writes the figures to docs/explain.md:
 * bytes (gzip -9) of its JavaScript and its data, that no other page references them, how
 * long explaining takes in Node, and, in headless Chromium against a running preview (PORT,
 * default 4321), what loads before and after intent, the time from focus to the first
 * explanation, layout shift with a #cmd= link, the long tasks and keystroke event durations
 * while a reader types a command with the CPU slowed 4×, and Lighthouse mobile on /explain/.
 *
 * Usage: `npm run build`, `npm run preview -- --port 4381`, then
 * `PORT=4381 node scripts/bench-explain.ts [--no-lighthouse]`.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { CLI } from '../src/node/cli-data.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../src/node/chromium.ts';
import { DECODERS, TEXTS } from '../src/lib/explain/decoders.ts';
import { explainCommandLine } from '../src/lib/explain/explain.ts';
import { toExplainHash } from '../src/lib/explain/hash.ts';
import { MAX_INPUT } from '../src/lib/explain/input.ts';
import { measureModules } from './explain-modules.ts';
import { runLighthouse } from './lighthouse-runs.ts';
import { median } from './median.ts';
import { builtPages, gzipSize, KB, toKb } from '../src/node/page-weight.ts';

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const BASE = `http://localhost:${process.env['PORT'] ?? 4321}`;
/** The issue's budgets, gzip bytes. */
const BUDGET = { js: 5 * KB, data: 15 * KB } as const;

const COMMANDS = [
  'docker run -d --name proxy --restart always -p 443:443 -v /etc/caddy:/etc/caddy:ro -v caddy_data:/data caddy:2',
  'docker run -d -p 8000:8000 -p 9443:9443 --name portainer --restart=always -v /var/run/docker.sock:/var/run/docker.sock -v portainer_data:/data portainer/portainer-ce:lts',
  'docker stop $(docker ps -q) && docker rm $(docker ps -aq)',
  'docker buildx build --platform linux/amd64,linux/arm64 -t user/app:latest --push .',
];

/** A command that needs three of the decoders that load on demand. */
const RARE =
  'docker ps -a --filter status=exited --format "{{.ID}} {{.Names}}" && docker run --mount type=tmpfs,dst=/tmp nginx';

/** The explainer's files in dist/_astro: the chunk that loads on intent, the page's activator, the lazy decoders. */
function explainerFiles(): { chunk: string; activator: string; decoders: string[] } {
  const html = readFileSync(join(DIST, 'explain/index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script type="module" src="(\/_astro\/[^"]+)"/g)].map((match) => match[1] ?? '');
  const activator = scripts.find((src) => readFileSync(join(DIST, src), 'utf8').includes('explain.')) ?? '';
  const files = readdirSync(join(DIST, '_astro'));
  const chunk = files.find((name) => /^explain\.[\w-]+\.js$/.test(name)) ?? '';
  if (!chunk || !activator) throw new Error('No explainer chunk or activator in dist/: run `npm run build` first.');
  // The decoders that are chunks of their own: the ones the chunk imports on demand (another
  // module's chunk may share a decoder's name, such as the playground's format.*.js).
  const decoders = [
    ...readFileSync(join(DIST, '_astro', chunk), 'utf8').matchAll(/import\(`\.\/([\w.-]+\.js)`\)/g),
  ].map((match) => `/_astro/${match[1]}`);
  return { chunk: `/_astro/${chunk}`, activator, decoders };
}

const sizeOf = (path: string): number => gzipSize(readFileSync(join(DIST, path)));
/** The files a built chunk imports statically (`from"./x.js"`). */
const importsOf = (path: string): string[] =>
  [...readFileSync(join(DIST, path), 'utf8').matchAll(/from"\.\/([^"]+\.js)"/g)].map((match) => `/_astro/${match[1]}`);
const sumOf = (paths: readonly string[]): number => paths.reduce((sum, path) => sum + sizeOf(path), 0);

function timeExplaining(): { command: string; ms: number }[] {
  const long = `${'docker run -d -p 8080:80 -v data:/data nginx && '.repeat(80)}docker ps`.slice(0, MAX_INPUT);
  return [...COMMANDS, long].map((command) => {
    const times: number[] = [];
    for (let run = 0; run < 50; run++) {
      const start = performance.now();
      explainCommandLine(command, CLI, DECODERS, TEXTS);
      times.push(performance.now() - start);
    }
    return {
      command: command.length > MAX_INPUT / 2 ? `${command.length} characters: docker run chained 80 times` : command,
      ms: median(times),
    };
  });
}

interface BrowserFigures {
  /** Explainer files requested before any intent. */
  beforeIntent: string[];
  /** JavaScript the page loaded before intent (the activator and what it imports). */
  pageJs: string[];
  /** JavaScript requested from focus to the first explanation of a typical command. */
  onIntentJs: string[];
  /** JavaScript requested more when a command needs the rarer decoders. */
  rareJs: string[];
  /** Data files requested from focus to the first explanation of a typical command. */
  onIntentData: string[];
  focusToExplanation: number;
  cls: number;
}

async function measureBrowser(chunk: string): Promise<BrowserFigures> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  try {
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${BASE}/explain/`, { waitUntil: 'networkidle' });
    const beforeIntent = requested.filter((path) => path === chunk || path.startsWith('/explain/cli'));
    const isJs = (path: string): boolean => path.startsWith('/_astro/') && path.endsWith('.js');
    const isData = (path: string): boolean => path.startsWith('/explain/cli');
    const pageJs = requested.filter(isJs);
    const box = page.getByRole('textbox', { name: 'Docker command' });
    const start = Date.now();
    await box.focus();
    await box.fill(COMMANDS[0] ?? '');
    await page.locator('.dk-x:not([data-example])').waitFor();
    const focusToExplanation = Date.now() - start;
    const onIntentJs = requested.filter((path) => isJs(path) && !pageJs.includes(path));
    const onIntentData = requested.filter(isData);
    await box.fill(RARE);
    await page.locator('.dk-x__line', { hasText: '--mount' }).waitFor();
    await page.locator('.dk-x__item[data-kind="flag"]', { hasText: 'tmpfs' }).first().waitFor();
    const rareJs = requested.filter((path) => isJs(path) && !pageJs.includes(path) && !onIntentJs.includes(path));

    const shared = await browser.newPage();
    await shared.addInitScript(() => {
      const store = window as unknown as { cls: number };
      store.cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
          if (!entry.hadRecentInput) store.cls += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await shared.goto(`${BASE}/explain/${toExplainHash(COMMANDS[1] ?? '')}`, { waitUntil: 'networkidle' });
    await shared.locator('.dk-x:not([data-example])').waitFor();
    const cls = await shared.evaluate(() => (window as unknown as { cls: number }).cls);
    return { beforeIntent, pageJs, onIntentJs, rareJs, onIntentData, focusToExplanation, cls };
  } finally {
    await browser.close();
  }
}

/** What a reader typing the typical command costs the main thread, the CPU slowed 4× (CDP). */
interface TypingFigures {
  /** Keys pressed. */
  keys: number;
  /** Long tasks (over 50 ms) from focus on, which starts the chunk's load, to the explanation of the last key. */
  longTasks: number[];
  /** Each interaction's longest Event Timing entry (keydown, keypress, input, keyup of one key), ms, over 16 ms only. */
  slowKeys: number[];
  /** Interactions Chromium timed: one a key. */
  interactions: number;
  /** The longest interaction: the reader's INP for this page visit. */
  worstKey: number;
}

const THROTTLE = 4;

/**
 * Types the typical command into the box at 4× CPU throttling; with `withoutExplainer`, the
 * explainer's chunk is refused, so the figures are the page's and the machine's alone.
 */
async function measureTyping(withoutExplainer: boolean): Promise<TypingFigures> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
  try {
    const page = await browser.newPage();
    if (withoutExplainer) await page.route(/\/_astro\/explain\.[\w-]+\.js$/, (route) => route.abort());
    await page.addInitScript(() => {
      const store = window as unknown as { longTasks: number[]; keys: Map<number, number>; from: number };
      store.longTasks = [];
      store.keys = new Map();
      store.from = Infinity;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          if (entry.startTime >= store.from) store.longTasks.push(Math.round(entry.duration));
      }).observe({ type: 'longtask', buffered: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { interactionId: number; duration: number }[])
          if (entry.interactionId)
            store.keys.set(entry.interactionId, Math.max(store.keys.get(entry.interactionId) ?? 0, entry.duration));
      }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
    });
    await page.goto(`${BASE}/explain/`, { waitUntil: 'networkidle' });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    const box = page.getByRole('textbox', { name: 'Docker command' });
    await page.evaluate(() => {
      (window as unknown as { from: number }).from = performance.now();
    });
    await box.focus();
    await box.press('ControlOrMeta+a');
    await box.press('Delete');
    const command = COMMANDS[0] ?? '';
    await page.keyboard.type(command, { delay: 60 });
    if (!withoutExplainer) {
      await page.locator('.dk-x__line', { hasText: 'caddy:2' }).waitFor();
      await page.locator('.dk-x__item', { hasText: 'docker.io/library/caddy:2' }).waitFor();
    }
    // Event Timing entries are reported after the next frame.
    await page.waitForTimeout(500);
    const read = await page.evaluate(() => {
      const store = window as unknown as { longTasks: number[]; keys: Map<number, number> };
      return { longTasks: store.longTasks, slow: [...store.keys.values()] };
    });
    const interactions = await page.evaluate(
      () => (performance as unknown as { interactionCount?: number }).interactionCount ?? 0,
    );
    return {
      keys: command.length + 2,
      longTasks: read.longTasks,
      slowKeys: read.slow.sort((a, b) => b - a),
      interactions,
      worstKey: Math.max(0, ...read.slow),
    };
  } finally {
    await browser.close();
  }
}

const { chunk, activator, decoders } = explainerFiles();
const timings = timeExplaining();
const browser = await measureBrowser(chunk);
const typing = await measureTyping(false);
const typingAlone = await measureTyping(true);
const load = loadavg()[0]?.toFixed(1) ?? '?';
/** Every data file: /explain/cli.json and one per command group. */
const dataFiles = [
  '/explain/cli.json',
  ...readdirSync(join(DIST, 'explain/cli'))
    .filter((name) => name.endsWith('.json'))
    .map((name) => `/explain/cli/${name}`),
];
const sizes = {
  onIntent: sumOf(browser.onIntentJs),
  page: sumOf(importsOf(activator)),
  activator: sizeOf(activator),
  data: sumOf(browser.onIntentData),
  dataRaw: browser.onIntentData.reduce((sum, path) => sum + readFileSync(join(DIST, path)).length, 0),
  allData: sumOf(dataFiles),
};
const modules = await measureModules();
// The chunks by file name (a page may load them from anywhere), the data by its address.
const ours = [
  ...[chunk, activator, ...decoders].map((path) => path.split('/').pop() ?? path),
  '/explain/cli.json',
  '/explain/cli/',
];
const leaks = builtPages(DIST)
  .filter((path) => path !== '/explain/')
  .filter((path) => {
    const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
    return ours.some((name) => html.includes(name));
  });
const lighthouse = process.argv.includes('--no-lighthouse')
  ? undefined
  : (await runLighthouse([`${BASE}/explain/`], 3, CHROMIUM_PATH))[0];

const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
/** A count and its durations, longest first: `3: 120 ms, 80 ms, 60 ms`. */
const toList = (durations: readonly number[]): string =>
  durations.length
    ? `${durations.length}: ${[...durations]
        .sort((a, b) => b - a)
        .map((ms) => `${ms} ms`)
        .join(', ')}`
    : 'none';
const report = [
  '# The command explainer: measurements',
  '',
  `Written by \`scripts/bench-explain.ts\` on ${new Date().toISOString().slice(0, 10)} (this project's 2-core machine, Node 24, Debian's Chromium, served by \`astro preview\`). KB are 1024 bytes, gzip level 9. Rerun it after a change to the explainer or to src/data/docker-cli.json.`,
  '',
  '## Bytes',
  '',
  row(['what', 'gzip', 'budget', 'within']),
  row(['---', '---', '---', '---']),
  row([
    'explainer JS loaded on intent, all a typical command needs (the files below)',
    toKb(sizes.onIntent),
    toKb(BUDGET.js),
    sizes.onIntent <= BUDGET.js ? 'yes' : '**no**',
  ]),
  ...browser.onIntentJs.map((path) => row([`— \`${path}\``, toKb(sizeOf(path)), '', ''])),
  row([
    `more JS for \`--filter\`, \`--format\` and \`--mount\` (the example below)`,
    toKb(sumOf(browser.rareJs)),
    '',
    '',
  ]),
  ...browser.rareJs.map((path) => row([`— \`${path}\``, toKb(sizeOf(path)), '', ''])),
  row([`every decoder that loads on demand (${decoders.length} chunks)`, toKb(sumOf(decoders)), '', '']),
  row([`activator on /explain/ only (\`${activator}\`), before intent`, toKb(sizes.activator), '—', '—']),
  ...(sizes.page
    ? [row(['what the activator imports, before intent (the dynamic-import helper)', toKb(sizes.page), '—', '—'])]
    : []),
  row([
    `data a typical command loads (${toKb(sizes.dataRaw)} raw), on intent: the files below`,
    toKb(sizes.data),
    toKb(BUDGET.data),
    sizes.data <= BUDGET.data ? 'yes' : '**no**',
  ]),
  ...browser.onIntentData.map((path) => row([`— \`${path}\``, toKb(sizeOf(path)), '', ''])),
  row([
    `every data file (\`/explain/cli.json\` and ${dataFiles.length - 1} command groups' flags), were a reader to use every group`,
    toKb(sizes.allData),
    '',
    '',
  ]),
  '',
  `A typical command: \`${COMMANDS[0]}\`. The example for the rarer decoders: \`${RARE}\`.`,
  '',
  `Pages other than /explain/ that reference the chunk, the activator, a decoder or the data: ${leaks.length ? leaks.join(', ') : 'none'}.`,
  '',
  '## The chunk by module',
  '',
  `What each module adds to the chunk that loads on intent (\`scripts/explain-modules.ts\`: the chunk bundled alone with rolldown, minified, each byte given to its module by the source map). "gzip" weighs a module's bytes alone, so the column adds up to more than the chunk; "code only" is the same bytes with every string and template text emptied: what is left once even the message keys, CSS classes and other strings go: its logic alone (the sentences are in the data file already, src/lib/explain/messages.ts).`,
  '',
  row(['module', 'minified', 'gzip', 'code only, gzip']),
  row(['---', '---', '---', '---']),
  ...modules.modules.map((share) =>
    row([`\`${share.module}\``, `${share.minified} B`, `${share.gzip} B`, `${share.codeGzip} B`]),
  ),
  row(['**the chunk, as one file**', '', `**${toKb(modules.chunkGzip)}**`, `**${toKb(modules.codeGzip)}**`]),
  '',
  '## Loading',
  '',
  `- Requested on /explain/ before any intent (no focus, no pointer, no \`#cmd=\`): ${browser.beforeIntent.length ? browser.beforeIntent.join(', ') : 'nothing of the explainer'}.`,
  `- Focus on the box to the first explanation drawn (chunk and data fetched from localhost, then explained): ${browser.focusToExplanation} ms.`,
  `- Cumulative layout shift opening a \`#cmd=\` link (explanation replaces the pre-rendered example): ${browser.cls.toFixed(3)}.`,
  '',
  `## Typing, the CPU slowed ${THROTTLE}×`,
  '',
  `Headless Chromium with CDP \`Emulation.setCPUThrottlingRate\` ${THROTTLE}: focus the box (which loads the chunk, its data and, as the words arrive, the decoders) and type the typical command, one key every 60 ms. Long tasks are PerformanceObserver \`longtask\` entries from the focus on; keys are Event Timing entries (over 16 ms, the API's floor), the longest entry of each interaction. The second column types the same into the same page with the explainer's chunk refused: what the page and the machine cost alone (load average ${load} on 2 cores when this ran; on a busy machine the two columns matter more side by side than alone).`,
  '',
  row(['measure', 'with the explainer', 'the page alone']),
  row(['---', '---', '---']),
  row(['keys typed (Ctrl+A, Delete, then the command)', String(typing.keys), String(typingAlone.keys)]),
  row(['interactions Chromium counted', String(typing.interactions), String(typingAlone.interactions)]),
  row([
    'long tasks (over 50 ms) from focus to the last key',
    ...[typing, typingAlone].map((figures) => toList(figures.longTasks)),
  ]),
  row([
    'keys whose handling took over 16 / 50 / 200 ms',
    ...[typing, typingAlone].map((figures) =>
      [16, 50, 200].map((ms) => figures.slowKeys.filter((duration) => duration > ms).length).join(' / '),
    ),
  ]),
  row([
    "the slowest key (this visit's INP)",
    ...[typing, typingAlone].map((figures) => (figures.worstKey ? `${figures.worstKey} ms` : 'under 16 ms')),
  ]),
  '',
  '## Explaining, in Node (median of 50)',
  '',
  row(['command', 'ms']),
  row(['---', '---']),
  ...timings.map((timing) => row([`\`${timing.command.replace(/\|/g, '\\|')}\``, timing.ms.toFixed(2)])),
  '',
  '## Lighthouse, mobile, /explain/ (median of 3)',
  '',
  lighthouse
    ? [
        row(['performance', 'accessibility', 'best practices', 'SEO', 'LCP', 'TBT', 'CLS']),
        row(['---', '---', '---', '---', '---', '---', '---']),
        row([
          String(lighthouse.scores.performance),
          String(lighthouse.scores.accessibility),
          String(lighthouse.scores['best-practices']),
          String(lighthouse.scores.seo),
          `${(lighthouse.metrics.lcp / 1000).toFixed(2)} s`,
          `${Math.round(lighthouse.metrics.tbt)} ms`,
          lighthouse.metrics.cls.toFixed(3),
        ]),
        ...(lighthouse.failing.length
          ? [
              '',
              'Audits below full score:',
              '',
              ...lighthouse.failing.map((audit) => `- ${audit.category}: ${audit.title} (${audit.value})`),
            ]
          : []),
      ].join('\n')
    : 'Not run (`--no-lighthouse`).',
  '',
].join('\n');

writeFileSync(join(ROOT, 'docs/explain-bench.md'), report);
console.log(report);
