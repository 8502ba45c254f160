import type { CliCommand, CliIndex } from '../cli/data.ts';

/**
 * Reads a docker invocation's words into its command, flags and arguments, by the rules of
 * src/lib/cli/invocation.ts (`readDockerInvocation`, which the docs checker uses): subcommands
 * from the CLI data, `--flag=value`, combined short booleans (`-dit`), a short flag's attached
 * value (`-p8080:80`), `--`, and the words after IMAGE of `docker run` belonging to the
 * container. That module reports problems; this one also keeps the values the engine needs.
 * Errors are worded as the Docker CLI words them (cli/cobra.go and spf13/pflag, CLI v29.7.2).
 */
export interface Parsed {
  command: CliCommand;
  /** The path as typed: `docker run` (for messages) and the canonical `docker container run`. */
  typed: string;
  /** Values by long flag name; a boolean flag has `['true']` (or its `=value`). */
  flags: ReadonlyMap<string, readonly string[]>;
  /** Positional arguments, then (for `run`/`create`/`exec`) the container's own words. */
  args: readonly string[];
}

export type ParseOutcome = { ok: true; parsed: Parsed } | { ok: false; stderr: string; exit: number };

function usageLine(command: CliCommand, typed: string): string {
  return command.usage.replace(command.path, typed);
}

function flagError(command: CliCommand, typed: string, message: string): ParseOutcome {
  return {
    ok: false,
    exit: 125,
    stderr: `${message}\n\nUsage:  ${usageLine(command, typed)}\n\nRun '${typed} --help' for more information\n`,
  };
}

/** Commands whose arguments after the first (image or container) belong to the process. */
function takesProcessArgs(command: CliCommand): boolean {
  return /\bCOMMAND\]? \[ARGS?\.\.\.\]/.test(command.usage);
}

/**
 * Parses the words of one command line, `docker` included.
 * @param words Shell words, quotes removed.
 * @param cli The CLI lookups.
 */
export function parseInvocation(words: readonly string[], cli: CliIndex): ParseOutcome {
  const root = cli.findCommand('docker');
  if (!root || words[0] !== 'docker') return { ok: false, exit: 127, stderr: `${words[0] ?? ''}: command not found\n` };
  let command = root;
  let typed = 'docker';
  const flags = new Map<string, string[]>();
  const args: string[] = [];
  const add = (name: string, value: string): void => {
    flags.set(name, [...(flags.get(name) ?? []), value]);
  };
  let index = 1;
  let optionsEnded = false;
  for (; index < words.length; index += 1) {
    const word = words[index] ?? '';
    if (!optionsEnded && word === '--') {
      optionsEnded = true;
      continue;
    }
    if (!optionsEnded && word.startsWith('--')) {
      const equals = word.indexOf('=');
      const name = equals === -1 ? word : word.slice(0, equals);
      if (name === '--help') {
        add('--help', 'true');
        continue;
      }
      const flag = cli.findFlag(command, name);
      if (!flag) return flagError(command, typed, `unknown flag: ${name}`);
      if (equals !== -1) add(flag.name, word.slice(equals + 1));
      else if (flag.value) {
        const value = words[index + 1];
        if (value === undefined) return flagError(command, typed, `flag needs an argument: ${name}`);
        add(flag.name, value);
        index += 1;
      } else add(flag.name, 'true');
      continue;
    }
    if (!optionsEnded && word.startsWith('-') && word.length > 1) {
      for (let at = 1; at < word.length; at += 1) {
        const letter = word[at] ?? '';
        if (letter === 'h' && !cli.findFlag(command, '-h')) {
          add('--help', 'true');
          continue;
        }
        const flag = cli.findFlag(command, `-${letter}`);
        if (!flag) return flagError(command, typed, `unknown shorthand flag: '${letter}' in ${word}`);
        if (!flag.value) {
          add(flag.name, 'true');
          continue;
        }
        const attached = word.slice(at + 1).replace(/^=/, '');
        if (attached) add(flag.name, attached);
        else {
          const value = words[index + 1];
          if (value === undefined)
            return flagError(command, typed, `flag needs an argument: '${letter}' in -${letter}`);
          add(flag.name, value);
          index += 1;
        }
        break;
      }
      continue;
    }
    // A subcommand, while the command has any and no argument came yet.
    if (args.length === 0 && cli.toSubcommands(command.path).length > 0) {
      const next = cli.findCommand(`${typed} ${word}`) ?? cli.findCommand(`${command.path} ${word}`);
      if (!next) {
        const message =
          command === root
            ? `docker: unknown command: docker ${word}\n\nRun 'docker --help' for more information\n`
            : `docker: unknown command: ${typed} ${word}\n\nUsage:  ${typed} COMMAND\n\nRun '${typed} --help' for more information\n`;
        return { ok: false, exit: command === root ? 1 : 1, stderr: message };
      }
      command = next;
      typed = `${typed} ${word}`;
      continue;
    }
    args.push(word);
    if (takesProcessArgs(command)) {
      args.push(...words.slice(index + 1));
      break;
    }
  }
  return { ok: true, parsed: { command, typed, flags, args } };
}

/** The last value of a flag, or undefined. */
export function lastFlag(parsed: Parsed, name: string): string | undefined {
  return parsed.flags.get(name)?.at(-1);
}

/** True when a boolean flag is set (and not `=false`). */
export function hasFlag(parsed: Parsed, name: string): boolean {
  const value = lastFlag(parsed, name);
  return value !== undefined && value !== 'false';
}
