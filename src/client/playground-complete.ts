import type { CliIndex } from '../lib/cli/data.ts';

/**
 * Tab completion for the playground console, from the CLI data: the playground's own words and
 * docker, then subcommands, then flags. Loaded on the first Tab by ./playground-app.ts.
 */

const PLAYGROUND_WORDS = ['undo', 'reset', 'hint', 'solution', 'share', 'help'];

/** Completes the last word of a line from the CLI data: subcommands, then flags. */
export function toCompletions(line: string, cli: CliIndex): string[] {
  const words = line.split(/\s+/);
  const last = words.at(-1) ?? '';
  const before = words.slice(0, -1);
  if (before.length === 0) return [...PLAYGROUND_WORDS, 'docker'].filter((word) => word.startsWith(last));
  let path = 'docker';
  for (const word of before.slice(1)) {
    if (word.startsWith('-')) continue;
    if (cli.findCommand(`${path} ${word}`)) path = `${path} ${word}`;
    else break;
  }
  const command = cli.findCommand(path);
  if (!command) return [];
  if (last.startsWith('-')) return command.flags.map((flag) => flag.name).filter((name) => name.startsWith(last));
  return cli.toSubcommands(path).filter((name) => name.startsWith(last));
}

/** The longest prefix the words share. */
export function commonPrefix(words: readonly string[]): string {
  let prefix = words[0] ?? '';
  for (const word of words) while (!word.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}
