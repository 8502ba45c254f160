/**
 * Measures the playground (figures in docs/playground.md): how long the engine takes per
 * command, in Node and in Chromium against the built site, and what the playground pages load,
 * gzip. Needs `npm run build`, and `npm run preview` running for the browser part (PORT).
 *
 * Usage: node scripts/bench-playground.ts
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { CLI_DATA } from '../src/node/cli-data.ts';
import { findChunks, toChunkGzip, toConsoleChunks, toStaticClosure } from '../src/node/chunks.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../src/node/chromium.ts';
import { toCliIndex, toCompactCli } from '../src/lib/engine/cli.ts';
import '../src/lib/engine/index.ts';
import { LESSONS } from '../src/lib/engine/lessons.ts';
import { createSession, runLine } from '../src/lib/engine/session.ts';
import { runLighthouse } from './lighthouse-runs.ts';
import { median } from './median.ts';

const cli = toCliIndex(toCompactCli(CLI_DATA));
const percentile = (values: number[], p: number): number =>
  values.toSorted((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))] ?? 0;
const summary = (values: number[]): string =>
  `median ${median(values).toFixed(2)} ms, p99 ${percentile(values, 99).toFixed(2)} ms, max ${Math.max(...values).toFixed(2)} ms`;
/**
 * Node timings are taken twice: wall time, and the CPU time this process spent (process.cpuUsage),
 * which leaves out the time the other builds on a shared machine held the cores.
 */
const cpuTimes = new Map<number[], number[]>();
const report = (what: string, values: number[]): void => {
  const cpu = cpuTimes.get(values);
  console.log(`${what}: n=${values.length} ${summary(values)}${cpu ? `; CPU ${summary(cpu)}` : ''}`);
};
/** Runs one command, adding its wall time to `wall` and its CPU time beside it. */
function timed<T>(wall: number[], run: () => T): T {
  const cpu = cpuTimes.get(wall) ?? [];
  cpuTimes.set(wall, cpu);
  const began = performance.now();
  const usage = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(usage);
  wall.push(performance.now() - began);
  cpu.push((used.user + used.system) / 1000);
  return result;
}

// Node: every lesson's solution, then 1000 docker run in one session (the session's limit is 500).
const node: number[] = [];
for (let round = 0; round < 20; round += 1) {
  for (const lesson of LESSONS) {
    let session = createSession(cli, lesson);
    for (const line of lesson.solution) {
      session = timed(node, () => runLine(session, line, cli).session);
    }
  }
}
report('Node, lesson solutions x20', node);
let loop = createSession(cli);
const loopTimes: number[] = [];
for (let index = 0; index < 1000; index += 1) {
  loop = timed(
    loopTimes,
    () => runLine(loop, `docker run -d --name c${index} -p ${10_000 + index}:80 nginx:1.30`, cli).session,
  );
}
report('Node, 1000 docker run (up to 500 containers)', loopTimes);

// Hostile input, each line timed 20 times in a session that already holds containers: a
// 10,000-character line, the longest line the console reads (every word through the reader),
// control characters, `$(…)`, a pipe, a 1 MB compose.yaml and a broken one.
const longest = `docker run -d busybox:1.38 echo ${'-x '.repeat(1320)}`.slice(0, 4000).trimEnd();
const hostile: [string, string, string?][] = [
  ['10,000 characters', 'docker ps '.repeat(1000)],
  ['4,000 characters read whole', longest],
  ['control characters', 'docker ps \u001b[31m'],
  ['$(…)', 'docker rm -f $(docker ps -aq)'],
  ['a pipe', 'docker ps | grep web'],
  ['bad flags', 'docker run -dxz --rm=maybe nginx:1.30'],
  ['1 MB compose.yaml', 'docker compose up -d', `services:\n${'  # padding\n'.repeat(90_000)}`],
  ['broken compose.yaml', 'docker compose up -d', 'services:\n  web:\n    image: [nginx\n'],
];
let crowded = createSession(cli);
for (let index = 0; index < 50; index += 1)
  crowded = runLine(crowded, `docker run -d --name h${index} busybox:1.38 sleep 600`, cli).session;
const hostileTimes: number[] = [];
for (const [what, line, compose] of hostile) {
  const session = compose ? { ...crowded, state: { ...crowded.state, composeFile: compose } } : crowded;
  const times: number[] = [];
  for (let round = 0; round < 20; round += 1) timed(times, () => runLine(session, line, cli));
  report(`Node, hostile: ${what}`, times);
  hostileTimes.push(...times);
  cpuTimes.set(hostileTimes, [...(cpuTimes.get(hostileTimes) ?? []), ...(cpuTimes.get(times) ?? [])]);
}
const together = [...node, ...hostileTimes];
cpuTimes.set(together, [...(cpuTimes.get(node) ?? []), ...(cpuTimes.get(hostileTimes) ?? [])]);
report('Node, lesson solutions and hostile input together', together);

// Bytes: what the playground pages load, by file, gzip level 9. The console's JS is every chunk the
// console statically imports that the page's loader does not already hold: what the first use adds.
const gz = (file: string): number => toChunkGzip(file);
const pick = (pattern: RegExp): number => findChunks(pattern).reduce((sum, file) => sum + gz(file), 0);
const { loader, console: consoleFiles } = toConsoleChunks();
// `docker ps` with what it imports beyond the console (the table layout it shares with the other lazy modules).
const consoleSet = new Set([...loader, ...consoleFiles]);
const psFiles = [...toStaticClosure(findChunks(/^ps\..*\.js$/))].filter((file) => !consoleSet.has(file));
const cliJson = gzipSync(readFileSync(join(import.meta.dirname, '../dist/playground/cli.json')), { level: 9 }).length;
console.log(
  `gzip bytes: loader and its imports ${[...loader].reduce((sum, file) => sum + gz(file), 0)}, console ${consoleFiles.reduce((sum, file) => sum + gz(file), 0)} (${consoleFiles.join(', ')}), CLI data ${cliJson}, objects ${pick(/^objects\..*\.js$/)}, inspect ${pick(/^inspect\..*\.js$/)}, compose ${pick(/^compose\..*\.js$/)}, images ${pick(/^image-commands\..*\.js$/)}, exec ${pick(/^exec\..*\.js$/)}, ps ${psFiles.reduce((sum, file) => sum + gz(file), 0)} (${psFiles.join(', ')}), shell ${pick(/^shell\..*\.js$/)}, completion ${pick(/^playground-complete\..*\.js$/)}, one lesson ${pick(/^publish-a-port\..*\.js$/)}, playground CSS ${gzipSync(readFileSync(join(import.meta.dirname, '../src/styles/playground.css')), { level: 9 }).length} (source)`,
);

// Chromium: each command's time as the console measures it (data-last-ms), 4x CPU throttling off.
const base = `http://localhost:${process.env['PORT'] ?? 4321}`;
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: [...CHROMIUM_ARGS],
});
const page = await browser.newPage();
const browserTimes: number[] = [];
for (const lesson of LESSONS) {
  await page.goto(`${base}/playground/${lesson.id}/`);
  await page.locator('#dk-pg-input').focus();
  await page.waitForSelector('dk-playground[data-ready="true"]');
  for (const line of lesson.solution) {
    const answered = await page.locator('.dk-pg-log > div').count();
    await page.locator('#dk-pg-input').fill(line);
    await page.keyboard.press('Enter');
    // Wait for this line's answer (a lazy module may load first), not just for the input to clear.
    await page.waitForFunction((count) => document.querySelectorAll('.dk-pg-log > div').length > count, answered);
    browserTimes.push(Number(await page.locator('dk-playground').getAttribute('data-last-ms')));
  }
}
report('Chromium, lesson solutions (engine, log and redraw excluded)', browserTimes);
await browser.close();

// Lighthouse, mobile, three runs each, medians: the free console and one lesson.
for (const summary of await runLighthouse(
  [`${base}/playground/`, `${base}/playground/publish-a-port/`],
  3,
  CHROMIUM_PATH,
)) {
  const scores = Object.entries(summary.scores)
    .map(([category, score]) => `${category} ${score}`)
    .join(', ');
  console.log(
    `Lighthouse ${new URL(summary.url).pathname}: ${scores}; LCP ${Math.round(summary.metrics.lcp)} ms, TBT ${Math.round(summary.metrics.tbt)} ms, CLS ${summary.metrics.cls.toFixed(3)}`,
  );
  for (const audit of summary.failing) console.log(`  ${audit.category}: ${audit.id} ${audit.title} (${audit.value})`);
}
