/**
 * Regenerates the facts in src/data/docker-cli.json from checkouts of Docker's repositories,
 * keeping our meanings: docker/cli's reference pages (docs/reference/commandline/*.md) and its
 * cobra source (usage lines, API versions, deprecated flags), and the Compose, Buildx and Scout
 * references. Each source's repository, tag and commit are recorded in the data's "sources".
 * A source not given keeps its entries as they are.
 *
 * Usage:
 *   npm run cli-data -- <docker/cli checkout> [--compose <dir>] [--buildx <dir>] [--scout <dir>]
 *                       [--add "docker volume update"]…
 *
 * A checkout is a git work tree at a release tag, e.g.
 *   git clone --depth 1 --branch v29.7.2 https://github.com/docker/cli /tmp/docker-cli
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { format, resolveConfig } from 'prettier';
import { parse as parseYaml } from 'yaml';
import { toCliData, type CliCommand, type CliData, type CliSource, type CliSourceName } from '../src/lib/cli/data.ts';
import {
  readDeprecationReleases,
  toCliCommandFacts,
  toMergedCommand,
  toPluginCommandFacts,
  type CommandFacts,
} from '../src/lib/cli/cli-facts.ts';
import { readCobraCommands, type GoFile } from '../src/lib/cli/cobra-source.ts';
import { parseReferencePage, parseReferenceYaml } from '../src/lib/cli/reference-page.ts';

const ROOT = join(import.meta.dirname, '..');
export const DATA_PATH = join(ROOT, 'src/data/docker-cli.json');

const REPOSITORIES: Readonly<Record<CliSourceName, string>> = {
  cli: 'docker/cli',
  compose: 'docker/compose',
  buildx: 'docker/buildx',
  scout: 'docker/scout-cli',
};

/** Where each repository keeps the generated reference of a command path. */
const REFERENCE_FILES: Readonly<Record<CliSourceName, (words: readonly string[]) => string>> = {
  cli: (words) => `docs/reference/commandline/${words.length ? words.join('_') : 'docker'}.md`,
  buildx: (words) => `docs/reference/${words.join('_')}.md`,
  compose: (words) => `docs/reference/docker_${words.join('_')}.yaml`,
  scout: (words) => `docs/docker_${words.join('_')}.yaml`,
};

/** Which repository documents a command: `docker compose …` is Compose's, the rest docker/cli's. */
function toSourceName(path: string): CliSourceName {
  const plugin = /^docker (compose|buildx|scout)\b/.exec(path)?.[1];
  return plugin === 'compose' || plugin === 'buildx' || plugin === 'scout' ? plugin : 'cli';
}

function fail(message: string): never {
  console.error(`cli-data: ${message}`);
  process.exit(1);
}

function git(dir: string, ...args: string[]): string {
  return execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
}

/** The tag and commit a checkout is at; a checkout between tags is named the way `git describe` does. */
function readSource(name: CliSourceName, dir: string): CliSource {
  if (!existsSync(join(dir, '.git'))) fail(`${dir} is not a git checkout of ${REPOSITORIES[name]}`);
  let tag: string;
  try {
    tag = git(dir, 'describe', '--tags', '--exact-match');
  } catch {
    tag = git(dir, 'describe', '--tags');
    console.warn(`cli-data: ${dir} is not at a release tag (${tag}); the data will say so`);
  }
  return { repository: REPOSITORIES[name], tag, commit: git(dir, 'rev-parse', 'HEAD') };
}

function listGoFiles(dir: string, under: string): GoFile[] {
  const root = join(dir, under);
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.go') && !file.endsWith('_test.go'))
    .map((file) => ({ path: relative(dir, join(root, file)), text: readFileSync(join(root, file), 'utf8') }));
}

/** Reads one command's facts from a checkout, or says why not. */
function readFacts(
  name: CliSourceName,
  dir: string,
  path: string,
  context: { cobra: ReturnType<typeof readCobraCommands> },
): CommandFacts | string {
  const words = path.split(' ').slice(1);
  const file = join(dir, REFERENCE_FILES[name](words));
  if (!existsSync(file)) return `${path}: no reference file ${relative(dir, file)} in ${REPOSITORIES[name]}`;
  const text = readFileSync(file, 'utf8');
  if (name === 'compose' || name === 'scout')
    return toPluginCommandFacts(path, parseReferenceYaml(parseYaml(text)), name);
  const page = parseReferencePage(text);
  if (name === 'buildx') return toPluginCommandFacts(path, page, name);
  const hasPage = (other: string): boolean => existsSync(join(dir, REFERENCE_FILES.cli(other.split(' ').slice(1))));
  return toCliCommandFacts(path, page, context.cobra, hasPage);
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      compose: { type: 'string' },
      buildx: { type: 'string' },
      scout: { type: 'string' },
      add: { type: 'string', multiple: true },
    },
  });
  const cliDir = positionals[0];
  if (!cliDir) fail('give the path of a docker/cli checkout: npm run cli-data -- /path/to/docker-cli');
  const dirs: Partial<Record<CliSourceName, string>> = {
    cli: cliDir,
    ...(values.compose ? { compose: values.compose } : {}),
    ...(values.buildx ? { buildx: values.buildx } : {}),
    ...(values.scout ? { scout: values.scout } : {}),
  };
  const data: CliData = toCliData(JSON.parse(readFileSync(DATA_PATH, 'utf8')));
  const existing = new Map(data.commands.map((command) => [command.path, command]));
  const sources = { ...data.sources };
  const problems: string[] = [];
  const cobra = readCobraCommands([...listGoFiles(cliDir, 'cli/command'), ...listGoFiles(cliDir, 'cmd/docker')]);
  const byAlias = new Map(data.commands.flatMap((command) => command.aliases.map((alias) => [alias, command.path])));
  const deprecated = join(cliDir, 'docs/deprecated.md');
  const releases = existsSync(deprecated)
    ? readDeprecationReleases(readFileSync(deprecated, 'utf8'), (path) => byAlias.get(path) ?? path)
    : new Map<string, string>();

  const refreshed = new Map<string, CliCommand>();
  for (const [name, dir] of Object.entries(dirs) as [CliSourceName, string][]) {
    sources[name] = readSource(name, dir);
    const paths = data.commands.filter((command) => command.origin === name).map((command) => command.path);
    const added = (values.add ?? []).filter((path) => toSourceName(path) === name);
    for (const path of new Set([...paths, ...added])) {
      const facts = readFacts(name, dir, path, { cobra });
      if (typeof facts === 'string') {
        problems.push(facts);
        continue;
      }
      refreshed.set(facts.path, toMergedCommand(facts, existing.get(facts.path) ?? existing.get(path), releases));
    }
  }
  const commands = [...existing.values()]
    .filter((command) => !refreshed.has(command.path) && !(command.origin in dirs))
    .concat([...refreshed.values()])
    .sort((a, b) => a.path.localeCompare(b.path));
  // Written the way Prettier formats it, so a regeneration shows only real changes in a diff.
  const json = JSON.stringify({ ...data, sources, commands }, null, 2);
  writeFileSync(DATA_PATH, await format(json, { ...(await resolveConfig(DATA_PATH)), filepath: DATA_PATH }));
  report(data.commands, commands, problems);
}

/** Prints what needs a person: meanings to write, flags that went away, files not found. */
function report(before: readonly CliCommand[], after: readonly CliCommand[], problems: readonly string[]): void {
  const flagKeys = (commands: readonly CliCommand[]): Set<string> =>
    new Set(commands.flatMap((command) => command.flags.map((flag) => `${command.path} ${flag.name}`)));
  const now = flagKeys(after);
  const gone = [...flagKeys(before)].filter((key) => !now.has(key));
  const missing = after.flatMap((command) => [
    ...(command.meaning ? [] : [command.path]),
    ...command.flags.filter((flag) => !flag.meaning).map((flag) => `${command.path} ${flag.name}`),
  ]);
  const list = (title: string, items: readonly string[]): string =>
    items.length ? `\n${title} (${items.length}):\n  ${items.join('\n  ')}` : '';
  console.log(
    `${after.length} commands` +
      list('without a meaning: write one in src/data/docker-cli.json', missing) +
      list('flags no longer in the reference (a published anchor needs a redirect)', gone) +
      list('not read', problems),
  );
}

if (import.meta.main) await main();
