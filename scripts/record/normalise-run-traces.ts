/**
 * Turns the raw logs of scripts/record/docker-run-traces.sh into src/data/traces/docker-run.json:
 * for each variant, its command, output and exit code, and every message in time order — the
 * CLI's Engine API calls with their status, the daemon's registry calls, containerd's task
 * events and the Engine's events — with IDs, digests, names and ports replaced by placeholders,
 * and the engine and client versions in a header.
 *
 *   node scripts/record/normalise-run-traces.ts [/tmp/docker-run-traces]
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { RecordedCall, RunTraces, TraceVariant } from '../../src/lib/traces/run-trace.ts';

const RAW = process.argv[2] ?? '/tmp/docker-run-traces';
const OUT = join(import.meta.dirname, '../../src/data/traces/docker-run.json');
const read = (name: string): string => readFileSync(join(RAW, name), 'utf8');
const lines = (name: string): string[] => read(name).split('\n').filter(Boolean);

/** Nanoseconds since the epoch, from an RFC 3339 time with up to 9 fraction digits. */
function toNanos(time: string): bigint {
  const match = /^(.*T\d\d:\d\d:\d\d)(?:\.(\d+))?Z$/.exec(time);
  if (!match?.[1]) throw new Error(`not a time: ${time}`);
  return BigInt(Date.parse(`${match[1]}Z`)) * 1_000_000n + BigInt((match[2] ?? '').padEnd(9, '0').slice(0, 9));
}

interface Timed extends RecordedCall {
  at: bigint;
}

const registryPort = /localhost:(\d+)\//.exec(read('pull-attached-rm.command'))?.[1] ?? '5000';
const digests = new Map<string, string>();

/** Replaces what changes from one recording to the next with stable placeholders. */
function normalise(text: string): string {
  return text
    .replaceAll(`localhost:${registryPort}`, 'localhost:5000')
    .replaceAll(`localhost%3A${registryPort}`, 'localhost%3A5000')
    .replace(/sha256:[0-9a-f]{64}/g, (digest) => digests.get(digest) ?? 'sha256:<digest>')
    .replace(/\b[0-9a-f]{64}\b/g, '<id>')
    .replace(/\b[0-9a-f]{12}\b/g, '<layer>');
}

// The CLI's calls, from the proxy: each request line and, later, its response's status line.
const api: Timed[] = [];
const open: Timed[] = [];
for (const line of lines('api.log')) {
  const [time = '', direction, ...rest] = line.split(' ');
  const text = rest.join(' ');
  if (direction === '>') {
    const request: Timed = { at: toNanos(time), from: 'cli', to: 'dockerd', message: text, kind: 'request' };
    api.push(request);
    open.push(request);
  } else {
    // Responses come in request order on one connection; the proxy logs them as they pass.
    open.shift();
    const reply = text.replace(/\{"message":"(.*)"\}$/, '$1').trim();
    api.push({ at: toNanos(time), from: 'dockerd', to: 'cli', message: reply, kind: 'reply' });
  }
}

// The daemon's registry calls, from the access log, timed by the line before each.
const registry: Timed[] = [];
let lastTime = 0n;
for (const line of lines('registry.log')) {
  const time = /^time="([^"]+)"/.exec(line)?.[1];
  if (time) lastTime = toNanos(time);
  const access = /"(GET|HEAD|PUT|POST|PATCH) (\S+) HTTP\/1\.1" (\d{3})/.exec(line);
  if (!access) continue;
  registry.push({
    at: lastTime,
    from: 'dockerd',
    to: 'registry',
    message: `${access[1]} ${access[2]}`,
    kind: 'request',
  });
  registry.push({ at: lastTime + 1n, from: 'registry', to: 'dockerd', message: access[3] ?? '', kind: 'reply' });
}

// What containerd tells the daemon about the container's task, and when the runc shim starts.
const containerd: Timed[] = [];
for (const line of lines('dockerd.log')) {
  const time = /^time="([^"]+)"/.exec(line)?.[1];
  if (!time) continue;
  const topic = /msg=event module=libcontainerd namespace=moby topic=(\/tasks\/\w+)/.exec(line)?.[1];
  if (topic)
    containerd.push({ at: toNanos(time), from: 'containerd', to: 'dockerd', message: `event ${topic}`, kind: 'event' });
  // docker stop: the signal, the timeout running out, the forced kill.
  const signal = /msg="Sending kill signal (\d+) to container/.exec(line)?.[1];
  if (signal)
    containerd.push({
      at: toNanos(time),
      from: 'dockerd',
      to: 'containerd',
      message: `kill, signal ${signal}`,
      kind: 'signal',
    });
  const timeout = /msg="(Container failed to exit within \S+ of signal \d+ - using the force)"/.exec(line)?.[1];
  if (timeout) containerd.push({ at: toNanos(time), from: 'dockerd', to: 'dockerd', message: timeout, kind: 'note' });
  if (line.includes('msg="starting signal loop"')) {
    containerd.push({
      at: toNanos(time),
      from: 'containerd',
      to: 'shim',
      message: 'start containerd-shim-runc-v2',
      kind: 'process',
    });
  }
}

// The Engine's events, as `docker events` printed them.
const events = lines('events.log').map((line) => {
  const [nanos = '0', type, action, name, signal, exitCode] = line.split('|');
  const detail = [
    signal !== '<no value>' ? `signal ${signal}` : '',
    exitCode !== '<no value>' ? `exit ${exitCode}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return {
    at: BigInt(nanos),
    text: `${type} ${action}${type === 'network' ? ` ${name}` : ''}${detail ? ` (${detail})` : ''}`,
  };
});

// Digests get names by role, in the order the first pull fetched them: manifest, config, layer.
for (const call of registry) {
  const digest = /sha256:[0-9a-f]{64}/.exec(call.message)?.[0];
  if (!digest || digests.has(digest) || !call.message.startsWith('GET')) continue;
  const role = call.message.includes('/manifests/') ? 'manifest' : digests.size < 2 ? 'config' : 'layer';
  digests.set(digest, `sha256:<${role}>`);
}

const marks = lines('marks.log').map((line) => {
  const [time = '', edge = '', name = ''] = line.split(' ');
  return { at: toNanos(time), edge, name };
});

const variants: Record<string, TraceVariant> = {};
for (const begin of marks.filter((mark) => mark.edge === 'begin')) {
  const end = marks.find((mark) => mark.edge === 'end' && mark.name === begin.name)?.at ?? 0n;
  const inside = <T extends { at: bigint }>(item: T): boolean => item.at >= begin.at && item.at <= end;
  const calls = [...api, ...registry, ...containerd]
    .filter(inside)
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  variants[begin.name] = {
    command: normalise(read(`${begin.name}.command`).trim()),
    exitCode: Number(read(`${begin.name}.exit`).trim()),
    stdout: read(`${begin.name}.stdout`).split('\n').filter(Boolean).map(normalise),
    stderr: read(`${begin.name}.stderr`).split('\n').filter(Boolean).map(normalise),
    calls: calls.map(({ from, to, message, kind }) => ({ from, to, kind, message: normalise(message) })),
    events: events.filter(inside).map((event) => event.text),
  };
}

const [client = '', apiVersion = ''] = read('client-version.txt').trim().split(' ');
const traces: RunTraces = {
  recorded: new Date().toISOString().slice(0, 10),
  engine: read('engine-version.txt').trim(),
  client,
  apiVersion,
  how: 'scripts/record/docker-run-traces.sh: dockerd -D (vfs storage, its own bridge, no iptables) with a logging proxy between CLI and daemon, Debian docker-registry on 127.0.0.1, an image imported from busybox-static',
  variants,
};
mkdirSync(join(OUT, '..'), { recursive: true });
writeFileSync(OUT, `${JSON.stringify(traces, null, 2)}\n`);
spawnSync('npx', ['prettier', '--write', OUT], { stdio: 'inherit' });
console.log(`wrote ${OUT}: ${Object.keys(variants).join(', ')}`);
