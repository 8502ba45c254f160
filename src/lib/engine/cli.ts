import type { CliCommand, CliData, CliFlag, CliIndex } from '../cli/data.ts';

/**
 * The CLI facts the engine needs, small enough to ship to the browser: each command's path,
 * aliases, usage and flags (name, short alias, whether it takes a value), without the prose.
 * Built at build time from src/data/docker-cli.json ({@link toCompactCli}) and read back into the
 * same lookups the docs checker uses ({@link toCliIndex}).
 */
export type CompactCli = readonly [path: string, aliases: string, usage: string, flags: string][];

/**
 * Commands the engine models that src/data/docker-cli.json does not list yet, from docker/cli
 * v29.7.2 (cli/command/system/inspect.go). A command the data gains later wins over these.
 */
const SUPPLEMENT: CompactCli = [
  ['docker inspect', '', 'docker inspect [OPTIONS] NAME|ID [NAME|ID...]', '--format|-f|v --type||v --size|-s|'],
];

/** Packs the data: flags as `--name|-n|v` joined by spaces (v when the flag takes a value). */
export function toCompactCli(data: Readonly<CliData>): CompactCli {
  const known = new Set(data.commands.map((command) => command.path));
  const packed: CompactCli = data.commands
    .filter((command) => command.status !== 'removed' && command.path.startsWith('docker'))
    .map((command) => [
      command.path,
      command.aliases.join(','),
      command.usage,
      command.flags.map((flag) => `${flag.name}|${flag.short ?? ''}|${flag.value ? 'v' : ''}`).join(' '),
    ]);
  return [...packed, ...SUPPLEMENT.filter(([path]) => !known.has(path))];
}

/** Rebuilds the lookups (the shape of `CliIndex` in src/lib/docker-cli.ts) from packed data. */
export function toCliIndex(compact: CompactCli): CliIndex {
  const commands: CliCommand[] = compact.map(([path, aliases, usage, flags]) => ({
    path,
    aliases: aliases ? aliases.split(',') : [],
    usage,
    meaning: '',
    status: 'current',
    origin: 'cli',
    flags: flags
      ? flags.split(' ').map((packed): CliFlag => {
          const [name = '', short, value] = packed.split('|');
          return {
            name,
            ...(short ? { short } : {}),
            ...(value ? { value: 'string' } : {}),
            meaning: '',
            status: 'current',
            origin: 'cli',
          };
        })
      : [],
  }));
  const byName = new Map<string, CliCommand>();
  const children = new Map<string, Set<string>>();
  for (const command of commands) for (const name of [command.path, ...command.aliases]) byName.set(name, command);
  for (const command of commands) {
    for (const name of [command.path, ...command.aliases]) {
      const words = name.split(' ');
      if (words.length < 2) continue;
      const parent = words.slice(0, -1).join(' ');
      for (const key of [parent, byName.get(parent)?.path ?? parent]) {
        if (!children.has(key)) children.set(key, new Set());
        children.get(key)?.add(words.at(-1) ?? '');
      }
    }
  }
  return {
    commands,
    findCommand: (name) => byName.get(name),
    toSubcommands: (name) => {
      const canonical = byName.get(name)?.path ?? name;
      return [...new Set([...(children.get(name) ?? []), ...(children.get(canonical) ?? [])])].sort();
    },
    findFlag: (command, name) => command.flags.find((flag) => flag.name === name || flag.short === name),
  };
}
