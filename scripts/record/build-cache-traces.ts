/**
 * Records real builds of the layer-cache scenarios (src/lib/build-cache/scenarios.ts) with the
 * Engine's builder, and writes which steps used the cache to src/data/traces/build-cache.json.
 * Needs DOCKER_HOST pointing at a daemon that has the image local/busybox:1; run it through
 * scripts/record/build-cache-traces.sh, which starts and stops one.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { SCENARIOS, toScenarioBuilds } from '../../src/lib/build-cache/scenarios.ts';

const OUT = join(import.meta.dirname, '../../src/data/traces/build-cache.json');
const docker = (...args: string[]): string => execFileSync('docker', args, { encoding: 'utf8' }).trim();

const recorded = SCENARIOS.map((scenario) => {
  // Each scenario starts from an empty cache: the legacy builder reuses the layers of any local
  // image, so the previous scenario's image and its intermediate images go first.
  spawnSync('docker', ['rmi', '-f', ...SCENARIOS.map((other) => `cache-${other.name}`)], { stdio: 'ignore' });
  spawnSync('docker', ['image', 'prune', '-f'], { stdio: 'ignore' });
  const builds = toScenarioBuilds(scenario).map((build) => {
    const dir = mkdtempSync(join(tmpdir(), 'dk-build-'));
    writeFileSync(join(dir, 'Dockerfile'), build.dockerfile);
    // The Dockerfile is part of the context (COPY . . copies it), as in the simulator.
    for (const file of build.files) {
      mkdirSync(dirname(join(dir, file.path)), { recursive: true });
      writeFileSync(join(dir, file.path), file.content);
    }
    const args = [
      'build',
      '-t',
      `cache-${scenario.name}`,
      ...Object.entries(build.buildArgs).flatMap(([name, value]) => ['--build-arg', `${name}=${value}`]),
      dir,
    ];
    const run = spawnSync('docker', args, { encoding: 'utf8', env: { ...process.env, DOCKER_BUILDKIT: '0' } });
    rmSync(dir, { recursive: true, force: true });
    if (run.status !== 0) throw new Error(`${scenario.name}: docker build failed\n${run.stderr}`);
    // The legacy builder prints "Step N/M : INSTRUCTION", then " ---> Using cache" on a hit.
    const steps = run.stdout
      .split(/^Step \d+\/\d+ : /m)
      .slice(1)
      .map((block) => ({
        instruction: block.split('\n')[0]!.trim(),
        cached: block.includes(' ---> Using cache'),
      }));
    return { steps: steps.filter((step) => !/^FROM /i.test(step.instruction)) };
  });
  return { name: scenario.name, builds };
});

const version = docker('version', '--format', '{{.Server.Version}}');
writeFileSync(
  OUT,
  `${JSON.stringify({ engine: version, builder: 'legacy builder (DOCKER_BUILDKIT=0): Debian ships no buildx', recorded: new Date().toISOString().slice(0, 10), scenarios: recorded }, null, 2)}\n`,
);
spawnSync('npx', ['prettier', '--write', OUT], { stdio: 'inherit' });
console.log(`wrote ${OUT}`);
