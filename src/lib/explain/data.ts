import type { CliCommand, CliData, CliFlag, CliStatus } from '../cli/data.ts';

/**
 * The CLI data the explainer fetches, made at build time from src/data/docker-cli.json and
 * slimmed to what it reads: paths, aliases, the argument part of the usage, meanings, status,
 * and flags (each distinct flag once, since `run` and `create` share a hundred).
 *
 * - `f`: flags, `[name, short, value type, meaning, status?, version?, replacement?]`, empty strings
 *   for none and the status fields left out for a current flag;
 * - `c`: commands, `[path, aliases joined by "|", usage after the path, meaning, flag indexes, status?, version?, replacement?]`.
 */
export interface ExplainData {
  /** The repository and tag each origin's facts come from, as in the full data. */
  sources: CliData['sources'];
  f: string[][];
  c: [string, string, string, string, number[], ...string[]][];
}

const toStatus = (entry: { status: CliStatus; version?: string; replacement?: string }): string[] =>
  entry.status === 'current' ? [] : [entry.status, entry.version ?? '', entry.replacement ?? ''];

/** Slims the CLI data for the browser. */
export function toExplainData(data: Readonly<CliData>): ExplainData {
  const flags: string[][] = [];
  const index = new Map<string, number>();
  const commands = data.commands.map((command): ExplainData['c'][number] => {
    const ids = command.flags.map((flag) => {
      const row = [flag.name, flag.short ?? '', flag.value ?? '', flag.meaning, ...toStatus(flag)];
      const key = row.join('\u0000');
      if (!index.has(key)) {
        index.set(key, flags.length);
        flags.push(row);
      }
      return index.get(key) ?? 0;
    });
    const usage = command.usage.startsWith(command.path) ? command.usage.slice(command.path.length) : command.usage;
    return [command.path, command.aliases.join('|'), usage, command.meaning, ids, ...toStatus(command)];
  });
  return { sources: data.sources, f: flags, c: commands };
}

function fail(problem: string): never {
  throw new TypeError(
    `The explainer's CLI data is malformed: ${problem}. Reload the page; if it persists, rebuild the site.`,
  );
}

const toEntry = (meaning: string, status: string, version: string, replacement: string) => ({
  meaning,
  status: (status || 'current') as CliStatus,
  origin: 'cli' as const,
  ...(version ? { version } : {}),
  ...(replacement ? { replacement } : {}),
});

/** Reads fetched JSON back into CLI data for `createCliIndex`, checking its shape. */
export function fromExplainData(value: unknown): CliData {
  const data = value as Partial<ExplainData> | null;
  if (!data || !Array.isArray(data.f) || !Array.isArray(data.c)) fail('it needs "f" and "c" arrays');
  const flags = data.f.map((row): CliFlag => {
    if (!Array.isArray(row) || row.length < 4 || !row.every((field) => typeof field === 'string'))
      fail('a flag row is not 4 to 7 strings');
    const [name = '', short, type, meaning = '', status = '', version = '', replacement = ''] = row;
    return {
      name,
      ...(short ? { short } : {}),
      ...(type ? { value: type } : {}),
      ...toEntry(meaning, status, version, replacement),
    };
  });
  const commands = data.c.map((row): CliCommand => {
    if (!Array.isArray(row) || row.length < 5 || !Array.isArray(row[4])) fail('a command row is not 5 to 8 fields');
    const [path, aliases, usage, meaning, ids, status = '', version = '', replacement = ''] = row;
    return {
      path,
      aliases: aliases ? aliases.split('|') : [],
      usage: usage === '' || usage.startsWith(' ') ? path + usage : usage,
      ...toEntry(meaning, status, version, replacement),
      flags: ids.map((id) => flags[id] ?? fail(`flag ${id} of ${path} does not exist`)),
    };
  });
  if (typeof data.sources !== 'object') fail('it needs "sources"');
  return { $comment: '', sources: data.sources, commands };
}
