/**
 * The Docker CLI reference data (src/data/docker-cli.json): types, a guard that reads the JSON,
 * and lookups by name. Used by the snippet checker, the snippet links and the /reference/ page.
 * Pure: src/node/cli-data.ts loads the committed file.
 */

/** Whether a command or flag is still the one to use, as a closed set. */
export const CLI_STATUSES = ['current', 'deprecated', 'removed'] as const;
export type CliStatus = (typeof CLI_STATUSES)[number];

/**
 * Where an entry's facts come from: the reference of docker/cli, docker/compose, docker/buildx
 * or docker/scout-cli at the tag in the data's `sources`, or (`history`) a command that no
 * longer exists, recorded by us so that a snippet using it gets the replacement.
 */
export const CLI_ORIGINS = ['cli', 'compose', 'buildx', 'scout', 'history'] as const;
export type CliOrigin = (typeof CLI_ORIGINS)[number];

/** The tools whose reference the data is generated from: every origin but `history`. */
export const CLI_SOURCES = ['cli', 'compose', 'buildx', 'scout'] as const;
export type CliSourceName = (typeof CLI_SOURCES)[number];

/** One repository the data was generated from. */
export interface CliSource {
  /** GitHub owner/name: `docker/cli`. */
  repository: string;
  /** The release tag read: `v29.7.2`. */
  tag: string;
  /** The commit the tag points at. */
  commit: string;
}

/** What commands and flags share: our meaning, the help text, status and origin. */
export interface CliEntry {
  /** One line written by us, shown in tooltips and on the reference page. */
  meaning: string;
  /** The help text's own description, kept apart from our meaning. */
  summary?: string;
  status: CliStatus;
  /** The release that deprecated or removed it, e.g. `Docker CLI 29.0`. */
  version?: string;
  /** The lowest Engine API version it needs, e.g. `1.41` (a daemon older than that refuses it). */
  api?: string;
  /** What to use instead, when deprecated or removed. */
  replacement?: string;
  origin: CliOrigin;
}

/** One flag of a command. */
export interface CliFlag extends CliEntry {
  /** Long name with dashes: `--volume`. */
  name: string;
  /** Short alias with its dash: `-v`. */
  short?: string;
  /** Type of its value (`string`, `list`, `int`, …); absent for a boolean flag. */
  value?: string;
  /** The default its reference states (`missing`, `local`), absent when it states none. */
  default?: string;
}

/** One command, or command group, by its canonical path. */
export interface CliCommand extends CliEntry {
  /** Canonical path: `docker container run`. The root `docker` holds the global flags. */
  path: string;
  /** Other paths of the same command, such as `docker run`. */
  aliases: string[];
  /** Usage line: `docker container run [OPTIONS] IMAGE [COMMAND] [ARG...]`. */
  usage: string;
  flags: CliFlag[];
}

/** The whole data file. */
export interface CliData {
  /** Where the data comes from and how to refresh it. */
  $comment: string;
  /** The repository and tag each origin's facts were generated from. */
  sources: Record<CliSourceName, CliSource>;
  commands: CliCommand[];
}

function fail(where: string, problem: string): never {
  throw new TypeError(`src/data/docker-cli.json: ${where}: ${problem}`);
}

function readEntry(value: Record<string, unknown>, where: string): CliEntry {
  const { meaning, summary, status, version, api, replacement, origin } = value;
  if (typeof meaning !== 'string') fail(where, 'needs a "meaning" string');
  if (!(CLI_STATUSES as readonly unknown[]).includes(status))
    fail(where, `"status" must be one of ${CLI_STATUSES.join(', ')}`);
  if (!(CLI_ORIGINS as readonly unknown[]).includes(origin))
    fail(where, `"origin" must be one of ${CLI_ORIGINS.join(', ')}`);
  for (const [key, field] of Object.entries({ summary, version, api, replacement })) {
    if (field !== undefined && typeof field !== 'string') fail(where, `"${key}" must be a string`);
  }
  return {
    meaning,
    status: status as CliStatus,
    origin: origin as CliOrigin,
    ...(typeof summary === 'string' ? { summary } : {}),
    ...(typeof version === 'string' ? { version } : {}),
    ...(typeof api === 'string' ? { api } : {}),
    ...(typeof replacement === 'string' ? { replacement } : {}),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads and checks the data file's JSON; throws naming the entry and the field at fault.
 * @param value The parsed JSON.
 */
export function toCliData(value: unknown): CliData {
  if (!isRecord(value) || !Array.isArray(value['commands'])) fail('root', 'needs a "commands" array');
  const commands = value['commands'].map((command: unknown, index): CliCommand => {
    if (!isRecord(command) || typeof command['path'] !== 'string') fail(`commands[${index}]`, 'needs a "path"');
    const path = command['path'];
    const { aliases, usage, flags } = command;
    if (!Array.isArray(aliases) || !aliases.every((alias) => typeof alias === 'string'))
      fail(path, '"aliases" must be strings');
    if (typeof usage !== 'string') fail(path, 'needs a "usage" string');
    if (!Array.isArray(flags)) fail(path, 'needs a "flags" array');
    return {
      path,
      aliases,
      usage,
      ...readEntry(command, path),
      flags: flags.map((flag: unknown): CliFlag => {
        if (!isRecord(flag) || typeof flag['name'] !== 'string') fail(path, 'every flag needs a "name"');
        const where = `${path} ${flag['name']}`;
        const { short, value: type, default: stated } = flag;
        if (short !== undefined && typeof short !== 'string') fail(where, '"short" must be a string');
        if (type !== undefined && typeof type !== 'string') fail(where, '"value" must be a string');
        if (stated !== undefined && typeof stated !== 'string') fail(where, '"default" must be a string');
        return {
          name: flag['name'],
          ...(short ? { short } : {}),
          ...(type ? { value: type } : {}),
          ...(typeof stated === 'string' ? { default: stated } : {}),
          ...readEntry(flag, where),
        };
      }),
    };
  });
  return {
    $comment: typeof value['$comment'] === 'string' ? value['$comment'] : '',
    sources: toSources(value['sources']),
    commands,
  };
}

function toSources(value: unknown): Record<CliSourceName, CliSource> {
  if (!isRecord(value)) fail('root', 'needs a "sources" object naming the repository and tag of each origin');
  const read = (name: CliSourceName): CliSource => {
    const source = value[name];
    if (!isRecord(source)) fail(`sources.${name}`, 'needs { repository, tag, commit }');
    const { repository, tag, commit } = source;
    if (typeof repository !== 'string' || typeof tag !== 'string' || typeof commit !== 'string')
      fail(`sources.${name}`, '"repository", "tag" and "commit" must be strings');
    return { repository, tag, commit };
  };
  return { cli: read('cli'), compose: read('compose'), buildx: read('buildx'), scout: read('scout') };
}

/**
 * The release a tag names, for people: `v29.7.2` gives `29.7.2`.
 * @param source One of the data's sources.
 */
export function toReleaseName(source: Readonly<CliSource>): string {
  return source.tag.replace(/^v/, '');
}

/**
 * The major release a tag belongs to, the way the pages declare versions: `v29.7.2` gives `29`.
 * @param source One of the data's sources.
 */
export function toMajorRelease(source: Readonly<CliSource>): string {
  return toReleaseName(source).split('.')[0] ?? '';
}

/** Lookups over the data: commands by any of their names, subcommands, flags. */
export interface CliIndex {
  /** Every command, in data order (sorted by path). */
  commands: readonly CliCommand[];
  /** The command a path or alias names: `docker ps` gives `docker container ls`. */
  findCommand(name: string): CliCommand | undefined;
  /** The names that may follow a path: `docker volume` gives `create`, `inspect`, `ls`, …. */
  toSubcommands(name: string): string[];
  /** A flag of a command by long name or short alias (`--volume` or `-v`). */
  findFlag(command: CliCommand, name: string): CliFlag | undefined;
}

/**
 * Builds the lookups for a data file.
 * @param data The data, as read by {@link toCliData}.
 */
export function createCliIndex(data: Readonly<Pick<CliData, 'commands'>>): CliIndex {
  const byName = new Map<string, CliCommand>();
  const children = new Map<string, Set<string>>();
  for (const command of data.commands) {
    for (const name of [command.path, ...command.aliases]) byName.set(name, command);
  }
  for (const command of data.commands) {
    for (const name of [command.path, ...command.aliases]) {
      const words = name.split(' ');
      if (words.length < 2) continue;
      const parent = words.slice(0, -1).join(' ');
      // A child of an alias is a child of the canonical command too (`docker builder build`).
      for (const key of [parent, byName.get(parent)?.path ?? parent]) {
        if (!children.has(key)) children.set(key, new Set());
        children.get(key)?.add(words.at(-1) ?? '');
      }
    }
  }
  return {
    commands: data.commands,
    findCommand: (name) => byName.get(name),
    toSubcommands: (name) => {
      const canonical = byName.get(name)?.path ?? name;
      return [...new Set([...(children.get(name) ?? []), ...(children.get(canonical) ?? [])])].sort();
    },
    findFlag: (command, name) => command.flags.find((flag) => flag.name === name || flag.short === name),
  };
}

/**
 * Reports whether the command hands every word after its first argument to the program it
 * runs (`docker run IMAGE [COMMAND] [ARG...]`), so those words are not its own options.
 */
export function isArgumentsCommand(command: Readonly<CliCommand>): boolean {
  return /\bCOMMAND\]? \[ARGS?\.\.\.\]/.test(command.usage);
}
