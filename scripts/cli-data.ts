/**
 * Refreshes src/data/docker-cli.json from this machine's `docker <command> --help`, keeping our
 * meanings and the entries added by hand from Docker's reference. Stores each help text under
 * tests/unit/fixtures/cli-data/help/, so the unit tests check the data without a Docker client.
 *
 * Usage: npm run cli-data [-- "docker volume update" …]   (extra paths are added to the data)
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toCliData, type CliCommand } from '../src/lib/cli/data.ts';
import { parseHelp, toMergedCommand } from '../src/lib/cli/help.ts';
import { toCommandAnchor } from '../src/lib/links/anchors.ts';

const ROOT = join(import.meta.dirname, '..');
export const DATA_PATH = join(ROOT, 'src/data/docker-cli.json');
export const HELP_DIR = join(ROOT, 'tests/unit/fixtures/cli-data/help');

/** Returns where a command's stored help text lives. */
export function toHelpPath(path: string): string {
  return join(HELP_DIR, `${toCommandAnchor(path)}.txt`);
}

function readHelp(path: string): string {
  const [, ...words] = path.split(' ');
  // stdout only: `docker build` prints a deprecation notice for the legacy builder on stderr.
  return execFileSync('docker', [...words, '--help'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
}

function main(): void {
  const data = toCliData(JSON.parse(readFileSync(DATA_PATH, 'utf8')));
  const existing = new Map(data.commands.map((command) => [command.path, command]));
  const paths = new Set([
    ...data.commands.filter((command) => command.origin === 'help').map((command) => command.path),
    ...process.argv.slice(2),
  ]);
  mkdirSync(HELP_DIR, { recursive: true });
  const refreshed = new Map<string, CliCommand>();
  for (const path of paths) {
    const text = readHelp(path);
    const facts = parseHelp(text);
    // The first alias the help lists is the canonical path: `docker run` is `docker container run`.
    const canonical = facts.aliases[0] ?? path;
    writeFileSync(toHelpPath(canonical), text);
    refreshed.set(canonical, toMergedCommand({ path: canonical, facts }, existing.get(canonical)));
  }
  const commands = [...existing.values()]
    .filter((command) => !refreshed.has(command.path))
    .concat([...refreshed.values()])
    .sort((a, b) => a.path.localeCompare(b.path));
  // `docker --version` needs no daemon: "Docker version 28.2.2, build e6534b4".
  const version = /version ([^\s,]+)/.exec(execFileSync('docker', ['--version'], { encoding: 'utf8' }))?.[1] ?? '';
  writeFileSync(DATA_PATH, `${JSON.stringify({ ...data, client: version, commands }, null, 2)}\n`);
  const missing = commands.flatMap((command) => [
    ...(command.meaning ? [] : [command.path]),
    ...command.flags.filter((flag) => !flag.meaning).map((flag) => `${command.path} ${flag.name}`),
  ]);
  console.log(
    `${commands.length} commands; ${missing.length} without a meaning${missing.length ? `:\n  ${missing.join('\n  ')}` : ''}`,
  );
}

if (import.meta.main) main();
