/**
 * Records the transcripts the simulated engine is tested against (docs/playground.md):
 * runs every scenario of tests/transcripts/scenarios.ts on a real Docker Engine and writes
 * tests/transcripts/<scenario>.json, normalised (src/lib/engine/normalise.ts).
 *
 * Run as root, with Debian's docker.io, busybox-static and docker-registry installed (this
 * script installs nothing): `sudo npm run transcripts:record`. Everything it starts lives in
 * a temporary folder and is stopped at the end: a dockerd with the vfs storage driver, its own
 * data root, exec root, pidfile and socket, its own bridge (dkrec0, 172.31.254.0/24), no
 * iptables rules on the host and published ports bound to 127.0.0.1; and a registry on
 * 127.0.0.1:5000. Nothing is sent beyond this machine. CI never runs this: it only replays.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
  openSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createNormaliser } from '../src/lib/engine/normalise.ts';
import { SCENARIO_IMAGE, SCENARIOS, type Scenario } from '../tests/transcripts/scenarios.ts';
import { toEngine29Wording } from '../tests/transcripts/wording.ts';

const OUT = new URL('../tests/transcripts/', import.meta.url);
const BRIDGE = 'dkrec0';
const BRIDGE_CIDR = '172.31.254.1/24';
const REGISTRY = '127.0.0.1:5000';
/** Printed because the recorder turns IP forwarding off (--ip-forward=false); not part of Docker's answer. */
const FORWARDING_WARNING = 'WARNING: IPv4 forwarding is disabled. Networking will not work.\n';
const CLIENT = existsSync('/usr/local/bin/docker') ? '/usr/local/bin/docker' : '/usr/bin/docker';

function need(ok: boolean, message: string): void {
  if (!ok) throw new Error(`transcripts:record: ${message}`);
}

need(process.getuid?.() === 0, 'run as root (dockerd needs it): sudo npm run transcripts:record');
for (const [file, pkg] of [
  ['/usr/sbin/dockerd', 'docker.io'],
  ['/bin/busybox', 'busybox-static'],
  ['/usr/bin/docker-registry', 'docker-registry'],
] as const) {
  need(existsSync(file), `${file} is missing: apt-get install -y ${pkg}`);
}
need(spawnSync('ss', ['-ltnH', `sport = :5000`]).stdout.toString().trim() === '', 'port 5000 is taken; free it first');

const root = mkdtempSync(join(tmpdir(), 'dkrec-'));
const sock = join(root, 'docker.sock');
const env = {
  ...process.env,
  DOCKER_HOST: `unix://${sock}`,
  DOCKER_CONFIG: join(root, 'config'),
  PATH: `/usr/local/bin:${process.env['PATH']}`,
};
const started: ChildProcess[] = [];

function sh(command: string): { stdout: string; stderr: string; exit: number } {
  const result = spawnSync('bash', ['-c', command], { env, encoding: 'utf8', timeout: 60_000 });
  return { stdout: result.stdout, stderr: result.stderr, exit: result.status ?? -1 };
}

function docker(args: string): string {
  return sh(`${CLIENT} ${args}`).stdout.trim();
}

function hasBridge(): boolean {
  return spawnSync('ip', ['link', 'show', BRIDGE], { stdio: 'ignore' }).status === 0;
}

let daemon: ChildProcess | undefined;

/** Starts dockerd on its own bridge (made here, with its address). */
async function startDaemon(): Promise<void> {
  spawnSync('ip', ['link', 'add', BRIDGE, 'type', 'bridge']);
  spawnSync('ip', ['addr', 'add', BRIDGE_CIDR, 'dev', BRIDGE]);
  spawnSync('ip', ['link', 'set', BRIDGE, 'up']);
  const log = openSync(join(root, 'dockerd.log'), 'a');
  daemon = spawn(
    '/usr/sbin/dockerd',
    [
      '--storage-driver=vfs',
      `--data-root=${join(root, 'data')}`,
      `--exec-root=${join(root, 'exec')}`,
      `--pidfile=${join(root, 'dockerd.pid')}`,
      `--host=unix://${sock}`,
      `--bridge=${BRIDGE}`,
      '--iptables=false',
      '--ip-forward=false',
      '--ip-masq=false',
      '--ip=127.0.0.1',
      '--default-address-pool=base=172.31.0.0/16,size=24',
    ],
    { stdio: ['ignore', log, log] },
  );
  for (let tries = 0; sh(`${CLIENT} version`).exit !== 0; tries += 1) {
    need(tries < 60, `dockerd did not answer on ${sock} within 30 s`);
    await sleep(500);
  }
}

async function stopDaemon(): Promise<void> {
  const child = daemon;
  daemon = undefined;
  if (child) await stopChild(child);
}

async function stopChild(child: ChildProcess): Promise<void> {
  child.kill('SIGTERM');
  await new Promise((done) => {
    if (child.exitCode !== null) done(undefined);
    child.once('exit', done);
    setTimeout(done, 15_000).unref();
  });
}

async function start(): Promise<void> {
  await startDaemon();
  const registryRoot = join(root, 'registry');
  mkdirSync(registryRoot);
  writeFileSync(
    join(root, 'registry.yml'),
    `version: 0.1\nstorage:\n  filesystem:\n    rootdirectory: ${registryRoot}\nhttp:\n  addr: ${REGISTRY}\n`,
  );
  started.push(spawn('/usr/bin/docker-registry', ['serve', join(root, 'registry.yml')], { stdio: 'ignore' }));
  for (let tries = 0; spawnSync('busybox', ['wget', '-q', '-O-', `http://${REGISTRY}/v2/`]).status !== 0; tries += 1) {
    need(tries < 40, 'docker-registry did not answer on 127.0.0.1:5000');
    await sleep(250);
  }
  // The image: a root filesystem of busybox-static and its applets, imported with the official
  // busybox image's default command.
  const rootfs = join(root, 'rootfs');
  for (const dir of ['bin', 'etc', 'tmp', 'proc', 'sys', 'dev', 'root', 'var/www'])
    mkdirSync(join(rootfs, dir), { recursive: true });
  copyFileSync('/bin/busybox', join(rootfs, 'bin/busybox'));
  for (const applet of spawnSync('/bin/busybox', ['--list'], { encoding: 'utf8' }).stdout.split('\n')) {
    if (applet && applet !== 'busybox') symlinkSync('busybox', join(rootfs, 'bin', applet));
  }
  writeFileSync(join(rootfs, 'etc/passwd'), 'root:x:0:0:root:/root:/bin/sh\n');
  need(
    sh(`tar -C ${rootfs} -c . | ${CLIENT} import -c 'CMD ["sh"]' - ${SCENARIO_IMAGE}`).exit === 0,
    'docker import failed',
  );
}

function reset(): void {
  const ids = docker('ps -aq').split('\n').filter(Boolean);
  if (ids.length > 0) docker(`rm -f ${ids.join(' ')}`);
  docker('network prune -f');
  docker('volume prune -f');
  for (const ref of docker("images --format '{{.Repository}}:{{.Tag}}'").split('\n')) {
    if (ref && ref !== SCENARIO_IMAGE) docker(`rmi ${ref}`);
  }
}

/** The state after a step, in the formats the replay compares. */
function toState(): Record<string, string[]> {
  const lines = (args: string): string[] => docker(args).split('\n').filter(Boolean).sort();
  const state = {
    containers: lines(`ps -a --format '{{.Names}}|{{.Status}}|{{.Ports}}|{{.Networks}}|{{.Mounts}}'`),
    networks: lines(`network ls --format '{{.Name}}|{{.Driver}}'`),
    volumes: lines(`volume ls --format '{{.Name}}'`),
    images: lines(`images --format '{{.Repository}}:{{.Tag}}'`),
  };
  for (const key of Object.keys(state))
    state[key as keyof typeof state] = state[key as keyof typeof state].map((line) =>
      line.replaceAll('127.0.0.1:', '0.0.0.0:'),
    );
  return state;
}

interface RawStep {
  command: string;
  stdout: string;
  stderr: string;
  stderr29: string;
  exit: number;
  state: Record<string, string[]>;
}

/**
 * Runs a scenario's steps. The bridge has been seen to vanish mid-run on these machines; a run
 * that lost it is thrown away and retried on a restarted daemon.
 */
async function runSteps(scenario: Scenario): Promise<RawStep[]> {
  for (let attempt = 1; ; attempt += 1) {
    reset();
    const raw = await runOnce(scenario);
    if (raw) return raw;
    need(attempt < 3, `the bridge ${BRIDGE} vanished during ${scenario.name} three times`);
    console.warn(`${scenario.name}: the bridge ${BRIDGE} vanished; restarting dockerd and recording again`);
    await stopDaemon();
    await startDaemon();
  }
}

async function runOnce(scenario: Scenario): Promise<RawStep[] | undefined> {
  const raw: RawStep[] = [];
  for (const [index, command] of scenario.steps.entries()) {
    if (command.startsWith('# wait')) continue;
    const result = sh(command);
    // Published ports are bound to 127.0.0.1 here (--ip); show Docker's default address.
    result.stdout = result.stdout.replaceAll('127.0.0.1:', '0.0.0.0:');
    result.stderr = result.stderr.replaceAll('127.0.0.1:', '0.0.0.0:').replaceAll(FORWARDING_WARNING, '');
    // A `# wait N` after a step lets the daemon finish (restarts) before the state is read.
    const wait = /^# wait (\d+)$/.exec(scenario.steps[index + 1] ?? '');
    await sleep(wait ? Number(wait[1]) * 1000 : 300);
    const stderr29 = toEngine29Wording(result.stderr, (template, ref) => docker(`inspect -f '${template}' ${ref}`));
    raw.push({ command, ...result, stderr29, state: toState() });
    if (!hasBridge()) return undefined;
  }
  return raw;
}

async function record(scenario: Scenario, header: Record<string, string>): Promise<void> {
  const raw = await runSteps(scenario);
  const normalise = createNormaliser(JSON.stringify(raw));
  const steps = raw.map((step) => {
    const stdout = normalise(step.stdout);
    const stderr = normalise(step.stderr);
    const state = Object.fromEntries(
      Object.entries(step.state).map(([key, lines]) => [key, lines.map((line) => normalise(line))]),
    );
    const stderr29 = normalise(step.stderr29);
    return {
      command: step.command,
      stdout,
      stderr,
      ...(stderr29 === stderr ? {} : { stderr29 }),
      exit: step.exit,
      state,
    };
  });
  const file = new URL(`${scenario.name}.json`, OUT);
  writeFileSync(
    file,
    `${JSON.stringify({ ...header, scenario: scenario.name, about: scenario.about, ...(scenario.note ? { note: scenario.note } : {}), steps }, null, 2)}\n`,
  );
  console.log(`wrote tests/transcripts/${scenario.name}.json (${steps.length} steps)`);
}

async function stop(): Promise<void> {
  await stopDaemon();
  for (const child of started.reverse()) await stopChild(child);
  spawnSync('ip', ['link', 'del', BRIDGE]);
  spawnSync('umount', ['-R', join(root, 'exec')]);
  rmSync(root, { recursive: true, force: true });
}

try {
  await start();
  const header = {
    $comment:
      'Recorded by `npm run transcripts:record`; normalised. stderr29 is the line as Engine 29 words it (tests/transcripts/wording.ts), where Debian 20.10 words it differently. Published ports were bound to 127.0.0.1 (--ip) and are shown as 0.0.0.0, the default.',
    engine: docker("version --format '{{.Server.Version}}'"),
    client: docker("version --format '{{.Client.Version}}'"),
    storage: docker("info --format '{{.Driver}}'"),
    registry: spawnSync('/usr/bin/docker-registry', ['--version'], { encoding: 'utf8' }).stdout.trim(),
    recorded: new Date().toISOString().slice(0, 10),
  };
  const only = process.argv.slice(2);
  for (const scenario of SCENARIOS) {
    if (only.length === 0 || only.includes(scenario.name)) await record(scenario, header);
  }
} finally {
  await stop();
}
