import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
const BASE_FIXTURE = join(import.meta.dirname, 'fixtures/base');

/** What the project needs to build, copied as it is; content/ comes from the base fixture instead. */
const PROJECT_FILES = ['astro.config.mjs', 'src', 'public', 'package.json', 'tsconfig.json'] as const;

/**
 * Caches Astro and Vite write inside node_modules: each copy gets its own, so builds running side
 * by side (or the project's own) never share a content store.
 */
const PRIVATE_MODULE_DIRS = new Set(['.astro', '.vite', '.cache']);

/** One site copy: its folder, and a way to change a file in it. */
export interface FixtureSite {
  dir: string;
  read(file: string): string;
  write(file: string, text: string): void;
  remove(): void;
}

/**
 * Copies the project's build inputs and the base fixture (two pages, their diagram cache, an
 * anchor manifest and redirects of their own) into a new temporary folder. node_modules is a
 * folder of links to the project's packages.
 */
export function createFixtureSite(): FixtureSite {
  const dir = mkdtempSync(join(tmpdir(), 'dk-faults-'));
  for (const name of PROJECT_FILES) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  cpSync(BASE_FIXTURE, dir, { recursive: true });
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    if (!PRIVATE_MODULE_DIRS.has(name)) symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  }
  return {
    dir,
    read: (file) => readFileSync(join(dir, file), 'utf8'),
    write: (file, text) => writeFileSync(join(dir, file), text),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** How a build ended: its exit code and everything it printed, stdout and stderr interleaved. */
export interface BuildResult {
  code: number | null;
  output: string;
}

/** How a copy is built. */
export interface BuildOptions {
  /**
   * Record new anchors in the copy's manifest (UPDATE_ANCHORS=1, as `npm run anchors` does)
   * instead of failing on them. The fixture's manifest starts empty and takes whatever anchors
   * the copied pages (the generated command reference among them) publish.
   */
  updateAnchors: boolean;
}

/** Astro's command line, run by the Node that runs the tests: npx would add its own start-up to every build. */
const ASTRO_CLI = join(ROOT, 'node_modules/astro/bin/astro.mjs');

/** Runs `astro build` in a site copy. */
export function buildSite(dir: string, options: Readonly<BuildOptions>): Promise<BuildResult> {
  return new Promise((resolve, reject) => {
    const build = spawn(process.execPath, [ASTRO_CLI, 'build'], {
      cwd: dir,
      // No colours, so messages can be matched as written.
      env: {
        ...process.env,
        FORCE_COLOR: '0',
        NO_COLOR: '1',
        CI: 'true',
        UPDATE_ANCHORS: options.updateAnchors ? '1' : '0',
      },
    });
    let output = '';
    build.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    build.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    build.on('error', reject);
    build.on('close', (code) => resolve({ code, output }));
  });
}
