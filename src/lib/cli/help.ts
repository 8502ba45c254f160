import type { CliCommand, CliFlag } from './data.ts';

/**
 * Parses the text that `docker <command> --help` prints into facts: usage, aliases, summary,
 * subcommands and flags. Pure: `scripts/cli-data.ts` runs the CLI, the tests feed stored output.
 */

/** One flag as `--help` lists it. */
export interface HelpFlag {
  /** Long name with its dashes, e.g. `--volume`. */
  name: string;
  /** Short alias with its dash, e.g. `-v`. */
  short?: string;
  /** Value type word (`list`, `string`, `int`, …); absent for a boolean flag. */
  value?: string;
  /** The help text, its wrapped lines joined. */
  summary: string;
}

/** What one `--help` text says about a command. */
export interface HelpFacts {
  /** The usage line without `Usage:`, e.g. `docker run [OPTIONS] IMAGE [COMMAND] [ARG...]`. */
  usage: string;
  /** The one-line description under the usage. */
  summary: string;
  /** Every name of the command, from the `Aliases:` section (empty when there is none). */
  aliases: string[];
  /** Names of subcommands, from the `Commands:` sections of a group or of `docker` itself. */
  subcommands: string[];
  /** From `Options:`, or `Global Options:` for `docker` itself. */
  flags: HelpFlag[];
}

/** A section heading: a line with no indent that ends in a colon, e.g. `Management Commands:`. */
const SECTION = /^(\S[^:]*):\s*(.*)$/;

/**
 * A flag line: indent, optional `-v, ` short alias, the long name, an optional type word, then
 * at least two spaces and the description.
 */
const FLAG_LINE = new RegExp(
  [
    /^\s{2,}/.source, // indent
    /(?:(-[A-Za-z0-9]), )?/.source, // short alias
    /(--[A-Za-z0-9][\w-]*)/.source, // long name
    /(?: ([a-zA-Z][\w-]*))?/.source, // value type word; booleans have none
    /(?:\s{2,}(.*))?$/.source, // description
  ].join(''),
);

/** A subcommand line in a `Commands:` section: `  ls          List volumes`. */
const COMMAND_LINE = /^\s{2}([a-z][\w-]*)\*?\s{2,}(.*)$/;

function toSections(text: string): Map<string, string[]> {
  const sections = new Map<string, string[]>();
  let current = '';
  sections.set(current, []);
  for (const line of text.replace(/\r/g, '').split('\n')) {
    const heading = SECTION.exec(line);
    if (heading && !line.startsWith(' ')) {
      current = heading[1] ?? '';
      sections.set(current, heading[2] ? [heading[2]] : []);
      continue;
    }
    sections.get(current)?.push(line);
  }
  return sections;
}

function toFlags(lines: readonly string[]): HelpFlag[] {
  const flags: HelpFlag[] = [];
  let open = false;
  for (const line of lines) {
    // A blank line ends the list: what follows (`Run 'docker COMMAND --help'…`) is not a flag's text.
    if (!line.trim()) open = false;
    const match = FLAG_LINE.exec(line);
    if (match) {
      open = true;
      const [, short, name = '', value, summary = ''] = match;
      flags.push({ name, ...(short ? { short } : {}), ...(value ? { value } : {}), summary: summary.trim() });
      continue;
    }
    // A wrapped line of the previous flag's description.
    const last = flags.at(-1);
    if (open && last && line.trim()) last.summary = `${last.summary} ${line.trim()}`.trim();
  }
  return flags;
}

/**
 * Parses one `docker … --help` text.
 *
 * @param text The full output of `docker <command> --help`.
 * @example
 * parseHelp('Usage:  docker volume rm [OPTIONS] VOLUME [VOLUME...]\n\nRemove one or more volumes\n\n' +
 *   'Aliases:\n  docker volume rm, docker volume remove\n\nOptions:\n  -f, --force   Force the removal\n')
 * // { usage: 'docker volume rm [OPTIONS] VOLUME [VOLUME...]', summary: 'Remove one or more volumes',
 * //   aliases: ['docker volume rm', 'docker volume remove'], subcommands: [],
 * //   flags: [{ name: '--force', short: '-f', summary: 'Force the removal' }] }
 */
export function parseHelp(text: string): HelpFacts {
  const sections = toSections(text);
  const usageLines = sections.get('Usage') ?? [];
  const usage = (usageLines[0] ?? '').trim();
  // `docker cp` prints a second usage form on the next line; the summary follows them.
  const summary = (usageLines.slice(1).find((line) => line.trim() && !/^\s+docker\b/.test(line)) ?? '').trim();
  const aliases = (sections.get('Aliases') ?? [])
    .join(' ')
    .split(',')
    .map((alias) => alias.trim())
    .filter(Boolean);
  const subcommands = [...sections]
    .filter(([name]) => name.endsWith('Commands'))
    .flatMap(([, lines]) => lines.map((line) => COMMAND_LINE.exec(line)?.[1]).filter((name) => name !== undefined));
  const flags = toFlags(sections.get('Options') ?? sections.get('Global Options') ?? []);
  return { usage, summary, aliases, subcommands, flags };
}

/** The parts of a data entry that come from `--help`; everything else is ours and is kept. */
export interface MergeInput {
  path: string;
  facts: HelpFacts;
}

/**
 * Merges fresh `--help` facts into a data entry, keyed by path and flag name: usage, aliases,
 * summaries, short aliases and value types come from the help; our meanings, statuses,
 * versions and replacements stay; flags added by hand from the reference (`origin: reference`)
 * stay even when the help does not list them. A new flag gets an empty meaning for us to write.
 *
 * @param input The command's canonical path and its parsed help.
 * @param existing The entry in the data file, if any.
 */
export function toMergedCommand({ path, facts }: MergeInput, existing?: Readonly<CliCommand>): CliCommand {
  const kept = new Map(existing?.flags.map((flag) => [flag.name, flag]));
  const fromHelp = facts.flags.map((flag): CliFlag => {
    const old = kept.get(flag.name);
    return {
      name: flag.name,
      ...(flag.short ? { short: flag.short } : {}),
      ...(flag.value ? { value: flag.value } : {}),
      meaning: old?.meaning ?? '',
      summary: flag.summary,
      status: old?.status ?? (/\bDEPRECATED\b/i.test(flag.summary) ? 'deprecated' : 'current'),
      ...(old?.version ? { version: old.version } : {}),
      ...(old?.replacement ? { replacement: old.replacement } : {}),
      origin: 'help',
    };
  });
  const helpNames = new Set(fromHelp.map((flag) => flag.name));
  const byHand = (existing?.flags ?? []).filter((flag) => flag.origin === 'reference' && !helpNames.has(flag.name));
  return {
    path,
    aliases: facts.aliases.filter((alias) => alias !== path),
    usage: facts.usage,
    meaning: existing?.meaning ?? '',
    summary: facts.summary,
    status: existing?.status ?? 'current',
    ...(existing?.version ? { version: existing.version } : {}),
    ...(existing?.replacement ? { replacement: existing.replacement } : {}),
    origin: 'help',
    flags: [...fromHelp, ...byHand].sort((a, b) => a.name.localeCompare(b.name)),
  };
}
