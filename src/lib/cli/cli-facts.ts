import type { CliCommand, CliFlag, CliOrigin } from './data.ts';
import { findCobraCommand, type CobraCommand } from './cobra-source.ts';
import type { ReferenceFlag, ReferencePage } from './reference-page.ts';

/**
 * Turns what a tool's reference says about a command into a data entry, keeping what is ours:
 * the meanings, replacements, and the release that deprecated something when the source does
 * not say. Pure: `scripts/cli-data.ts` reads the checkouts.
 */

/** One flag's facts from the reference (and, for docker/cli, its cobra source). */
export interface FlagFacts extends Omit<ReferenceFlag, 'deprecated'> {
  /** Why it is deprecated, or `deprecated` when the source gives no message. */
  deprecated?: string;
}

/** One command's facts, ready to merge. */
export interface CommandFacts {
  /** Canonical path, the first of the reference's aliases: `docker container run`. */
  path: string;
  aliases: string[];
  usage: string;
  summary: string;
  origin: CliOrigin;
  api?: string;
  deprecated?: string;
  flags: FlagFacts[];
}

/** Release that deprecated a flag of a command, by `<canonical path> <flag>`: `Docker CLI 29.0`. */
export type DeprecationReleases = ReadonlyMap<string, string>;

function toFlagFacts(flag: ReferenceFlag): FlagFacts {
  const { deprecated, ...rest } = flag;
  return { ...rest, ...(deprecated ? { deprecated: 'deprecated' } : {}) };
}

/**
 * Facts of a docker/cli command: its reference page, completed from its cobra definition with
 * the usage line, API versions and the deprecated flags the page leaves out.
 *
 * @param path The path the page is named after (`container_run.md` is `docker container run`).
 * @param page The parsed page.
 * @param commands The cobra commands of the same checkout.
 * @param hasPage Whether a page exists for a path (to place top-level commands).
 * @returns The facts, or a sentence saying what could not be found.
 */
export function toCliCommandFacts(
  path: string,
  page: Readonly<ReferencePage>,
  commands: readonly CobraCommand[],
  hasPage: (path: string) => boolean,
): CommandFacts | string {
  const canonical = page.aliases[0] ?? path;
  const source = findCobraCommand(canonical, page.aliases, commands, hasPage);
  if (!source) return `${path}: no cobra command with Use "${path.split(' ').at(-1) ?? ''} …" found in the source`;
  // The usage names the command by its canonical path, whichever alias the source's Use gives.
  const usage = canonical.includes(' ')
    ? `${canonical} ${source.use.split(' ').slice(1).join(' ')}`.trim()
    : source.use;
  const listed = new Set(page.flags.map((flag) => flag.name));
  const flags: FlagFacts[] = page.flags.map((flag) => {
    const code = source.flags.get(flag.name.slice(2));
    return { ...toFlagFacts(flag), ...(code?.api ? { api: code.api } : {}) };
  });
  // Deprecated flags are hidden from help and the page, but still accepted: a snippet using
  // one must be caught, so the data keeps them. The generator also leaves out cobra's own
  // `--version` of the root command.
  for (const [name, code] of source.flags) {
    const isVersion = name === 'version' && path === 'docker';
    if (listed.has(`--${name}`) || !(code.deprecated || isVersion)) continue;
    flags.push({
      name: `--${name}`,
      ...(code.short ? { short: code.short } : {}),
      ...(code.value ? { value: code.value } : {}),
      summary: code.deprecated ? `Flag --${name} has been deprecated, ${code.deprecated}` : (code.summary ?? ''),
      ...(code.deprecated ? { deprecated: code.deprecated } : {}),
      ...(code.api ? { api: code.api } : {}),
    });
  }
  return {
    path: canonical,
    aliases: page.aliases.filter((alias) => alias !== canonical),
    usage,
    summary: page.summary,
    origin: 'cli',
    ...(source.api ? { api: source.api } : {}),
    ...(source.deprecated ? { deprecated: source.deprecated } : {}),
    flags,
  };
}

/**
 * Facts of a plugin command (Compose, Buildx, Scout) from its reference page or YAML file.
 *
 * @param path The path the file is named after.
 * @param page The parsed page; its usage is required.
 * @param origin Which plugin's reference it is.
 */
export function toPluginCommandFacts(
  path: string,
  page: Readonly<ReferencePage>,
  origin: CliOrigin,
): CommandFacts | string {
  // Plugins list aliases in any order (`docker compose convert, docker compose config`): the
  // file is named after the command itself.
  if (!page.usage) return `${path}: the reference gives no usage line`;
  return {
    path,
    aliases: page.aliases.filter((alias) => alias !== path),
    usage: page.usage,
    summary: page.summary,
    origin,
    ...(page.api ? { api: page.api } : {}),
    ...(page.deprecated ? { deprecated: 'deprecated' } : {}),
    flags: page.flags.map(toFlagFacts),
  };
}

/**
 * Reads the overview table of docker/cli's `docs/deprecated.md` into the release that
 * deprecated each flag it names on a command: the row "`--time` option on `docker stop` and
 * `docker restart` | v28.0" gives `docker stop --time` and `docker restart --time`.
 *
 * @param markdown The page.
 * @param toCanonical Maps a path as the row writes it (`docker stop`) to the data's canonical path.
 */
export function readDeprecationReleases(markdown: string, toCanonical: (path: string) => string): DeprecationReleases {
  const releases = new Map<string, string>();
  for (const row of markdown.split('\n')) {
    const cells = row.split('|').map((cell) => cell.trim());
    const [, status = '', feature = '', deprecated = ''] = cells;
    if (!/^(Deprecated|Removed)$/.test(status) || !/^v\d+\.\d+/.test(deprecated)) continue;
    const spans = [...feature.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? '');
    const flags = spans.filter((span) => /^--[\w-]+$/.test(span));
    const commands = spans.filter((span) => /^docker [a-z]/.test(span));
    for (const command of commands) {
      for (const flag of flags) releases.set(`${toCanonical(command)} ${flag}`, `Docker CLI ${deprecated.slice(1)}`);
    }
  }
  return releases;
}

function toStatus(deprecated: string | undefined): CliFlag['status'] {
  return deprecated ? 'deprecated' : 'current';
}

/**
 * Merges fresh facts into a data entry, keyed by path and flag name: usage, aliases, summaries,
 * short aliases, value types, defaults, API versions and deprecation come from the reference;
 * our meanings and replacements stay, and so does a deprecating release the source does not
 * name. A new flag gets an empty meaning for us to write (the unit tests fail until we do).
 *
 * @param facts The command's facts.
 * @param existing Its entry in the data file, if any.
 * @param releases Releases that deprecated flags, from {@link readDeprecationReleases}.
 */
export function toMergedCommand(
  facts: Readonly<CommandFacts>,
  existing?: Readonly<CliCommand>,
  releases: DeprecationReleases = new Map(),
): CliCommand {
  const kept = new Map(existing?.flags.map((flag) => [flag.name, flag]));
  const flags = facts.flags.map((flag): CliFlag => {
    const old = kept.get(flag.name);
    const version = flag.deprecated ? (releases.get(`${facts.path} ${flag.name}`) ?? old?.version) : undefined;
    return {
      name: flag.name,
      ...(flag.short ? { short: flag.short } : {}),
      ...(flag.value ? { value: flag.value } : {}),
      ...(flag.default !== undefined ? { default: flag.default } : {}),
      meaning: old?.meaning ?? '',
      summary: flag.summary,
      status: toStatus(flag.deprecated),
      ...(flag.api ? { api: flag.api } : {}),
      ...(version ? { version } : {}),
      ...(old?.replacement ? { replacement: old.replacement } : {}),
      origin: facts.origin,
    };
  });
  return {
    path: facts.path,
    aliases: facts.aliases,
    usage: facts.usage,
    meaning: existing?.meaning ?? '',
    summary: facts.summary,
    status: toStatus(facts.deprecated),
    ...(facts.api ? { api: facts.api } : {}),
    ...(facts.deprecated && existing?.version ? { version: existing.version } : {}),
    ...(existing?.replacement ? { replacement: existing.replacement } : {}),
    origin: facts.origin,
    flags: flags.sort((a, b) => a.name.localeCompare(b.name)),
  };
}
