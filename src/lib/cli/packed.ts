import type { CliCommand, CliFlag, CliStatus } from './data.ts';

/**
 * The CLI data packed for the browser, made at build time from src/data/docker-cli.json and read
 * back into the commands `createCliIndex` takes. The explainer fetches it with the meanings
 * (src/pages/explain/cli.json.ts), the playground inlines it without them (src/lib/engine/cli.ts).
 * It keeps what a browser reads: paths, aliases, usage, meanings and status; summaries, origins,
 * defaults and API versions stay in the full data.
 *
 * It is text, one line per command followed by one line per flag of it, fields split by `|`:
 *
 * - a command: `path|aliases|meaning|status|version|replacement|usage`, the paths without their
 *   leading `docker ` (aliases joined by `,`), the usage without its path and last, as it may hold
 *   a `|`;
 * - a flag, after a space: `name|short|value type|meaning`, the names without their dashes, then
 *   `|status|version|replacement` when it is not current.
 *
 * Text with flags repeated compresses smaller than rows that share each flag by index
 * (measured in docs/explain-bench.md): gzip finds the hundred flags `run` shares with `create`.
 *
 * The explainer fetches it in parts ({@link toPackedCliParts}): every command, then the flags of
 * a command group (`docker container …`) the first time a command of it is explained.
 */
export type PackedCli = string;

const toPackedPath = (path: string): string => path.replace(/^docker ?/, '');
const fromPackedPath = (path: string): string => `docker${path && !path.startsWith('-') ? ' ' : ''}${path}`;

function toField(text: string, where: string, separators = /[|\n]/): string {
  if (separators.test(text))
    throw new Error(`src/data/docker-cli.json: ${where} holds a "|" or a line break; remove it.`);
  return text;
}

function toFlagLine(flag: Readonly<CliFlag>, meanings: boolean, where: string): string {
  if (!/^--[^-]/.test(flag.name) || (flag.short && !/^-[^-]$/.test(flag.short)))
    throw new Error(`src/data/docker-cli.json: flag ${flag.name} of ${where} needs the form --name and -n.`);
  const fields = [flag.name.slice(2), flag.short?.slice(1) ?? '', flag.value ?? '', meanings ? flag.meaning : ''];
  if (flag.status !== 'current') fields.push(flag.status, flag.version ?? '', flag.replacement ?? '');
  return ` ${fields.map((field) => toField(field, `flag ${flag.name} of ${where}`)).join('|')}`;
}

/**
 * Packs commands for the browser.
 * @param meanings False to leave the meanings out (a reader that never shows them).
 */
export function toPackedCli(commands: readonly Readonly<CliCommand>[], meanings = true): PackedCli {
  return commands
    .flatMap((command) => {
      const usage = command.usage.startsWith(command.path) ? command.usage.slice(command.path.length) : command.usage;
      const fields = [
        toPackedPath(command.path),
        command.aliases.map(toPackedPath).join(','),
        meanings ? command.meaning : '',
        command.status === 'current' ? '' : command.status,
        command.version ?? '',
        command.replacement ?? '',
      ].map((field) => toField(field, command.path));
      return [
        [...fields, toField(usage, command.path, /\n/)].join('|'),
        ...command.flags.map((flag) => toFlagLine(flag, meanings, command.path)),
      ];
    })
    .join('\n');
}

/**
 * Returns the group whose part of the data holds a command's flags: the word after `docker` in a
 * path of three words or more (`docker container run` gives `container`). Other commands
 * (`docker`, `docker compose`, `docker login`) keep their flags in the main part.
 * @example toFlagGroup('docker compose up') // 'compose'
 */
export function toFlagGroup(path: string): string | undefined {
  const words = path.split(' ');
  return words.length > 2 ? words[1] : undefined;
}

/**
 * Packs commands for the explainer in parts: `main` holds every command, with the flags of those
 * in no group; each of `groups` holds the flags of one group's commands, under lines that name
 * the command by path only (`container run||||||`), for {@link addPackedFlags}.
 */
export function toPackedCliParts(commands: readonly Readonly<CliCommand>[]): {
  main: PackedCli;
  groups: Record<string, PackedCli>;
} {
  const grouped = new Map<string, CliCommand[]>();
  for (const command of commands) {
    const group = toFlagGroup(command.path);
    if (group === undefined) continue;
    const byPath: CliCommand = { ...command, aliases: [], usage: '', meaning: '', status: 'current' };
    delete byPath.version;
    delete byPath.replacement;
    grouped.set(group, [...(grouped.get(group) ?? []), byPath]);
  }
  return {
    main: toPackedCli(commands.map((command) => (toFlagGroup(command.path) ? { ...command, flags: [] } : command))),
    groups: Object.fromEntries([...grouped].map(([group, list]) => [group, toPackedCli(list)])),
  };
}

function fail(line: number, problem: string): never {
  throw new TypeError(
    `The CLI data is malformed at line ${line}: ${problem}. Reload the page; if it persists, rebuild the site.`,
  );
}

const toStatus = (status: string, line: number): CliStatus =>
  status === ''
    ? 'current'
    : status === 'deprecated' || status === 'removed'
      ? status
      : fail(line, `status "${status}"`);

const toEntry = (meaning: string, status: CliStatus, version = '', replacement = '') => ({
  meaning,
  status,
  origin: 'cli' as const,
  ...(version ? { version } : {}),
  ...(replacement ? { replacement } : {}),
});

/**
 * Adds a group's flags ({@link toPackedCliParts}) to the commands the main part gave, in place:
 * the lookups built on them (`createCliIndex`) then find the flags too.
 */
export function addPackedFlags(commands: readonly CliCommand[], value: unknown): void {
  const byPath = new Map(commands.map((command) => [command.path, command]));
  for (const read of fromPackedCli(value)) {
    const command = byPath.get(read.path);
    if (!command)
      throw new TypeError(
        `The CLI data is malformed: ${read.path} has flags in a group but no line in the main part. Reload the page; if it persists, rebuild the site.`,
      );
    command.flags = read.flags;
  }
}

/** Reads packed data (fetched or inlined) back into commands, checking its shape. */
export function fromPackedCli(value: unknown): CliCommand[] {
  if (typeof value !== 'string') fail(0, 'it is not text');
  const commands: CliCommand[] = [];
  if (value === '') return commands;
  value.split('\n').forEach((text, index) => {
    const fields = text.split('|');
    const line = index + 1;
    if (text.startsWith(' ')) {
      const [name = '', short, type, meaning, status = '', version, replacement] = fields;
      const command = commands.at(-1) ?? fail(line, 'a flag comes before any command');
      if (meaning === undefined) fail(line, 'a flag needs 4 fields');
      command.flags.push({
        name: `--${name.slice(1)}`,
        ...(short ? { short: `-${short}` } : {}),
        ...(type ? { value: type } : {}),
        ...toEntry(meaning, toStatus(status, line), version, replacement),
      });
      return;
    }
    const [path = '', aliases = '', meaning = '', status = '', version, replacement, ...usage] = fields;
    if (usage.length === 0) fail(line, 'a command needs 7 fields');
    const full = fromPackedPath(path);
    const tail = usage.join('|');
    commands.push({
      path: full,
      aliases: aliases ? aliases.split(',').map(fromPackedPath) : [],
      usage: tail === '' || tail.startsWith(' ') ? full + tail : tail,
      ...toEntry(meaning, toStatus(status, line), version, replacement),
      flags: [],
    });
  });
  return commands;
}
