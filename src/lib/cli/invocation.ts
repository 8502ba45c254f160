import { isArgumentsCommand, type CliCommand, type CliFlag, type CliIndex } from './data.ts';
import { toNearest } from '../links/nearest.ts';
import type { ShellWord } from '../shell/words.ts';

/** A part of a docker invocation that names a command or a flag, with where it is written. */
export interface CommandPart {
  kind: 'command' | 'flag';
  command: CliCommand;
  flag?: CliFlag;
  /** The word it sits in, and the span of the name inside that word's raw text. */
  word: ShellWord;
  start: number;
  length: number;
}

/** A mistake in an invocation, at the word that holds it, with the fix in the message. */
export interface CommandProblem {
  message: string;
  word: ShellWord;
  ruleId: 'unknown-command' | 'unknown-flag' | 'missing-value' | 'deprecated' | 'removed';
}

/** The value a flag takes, in its own word (`-p 8080:80`) or in the flag's (`--name=web`, `-p80`). */
export interface FlagValue {
  /** The flag's part in {@link Invocation.parts}. */
  part: CommandPart;
  /** The word that holds the value, and where the value starts in that word's raw text. */
  word: ShellWord;
  start: number;
  /** The value with quotes removed. */
  value: string;
}

/** What {@link readDockerInvocation} finds. */
export interface Invocation {
  parts: CommandPart[];
  problems: CommandProblem[];
  /** The values of the flags that take one, in order. */
  values: FlagValue[];
  /** Positional arguments of the last command read (`IMAGE`, `CONTAINER`, …), in order. */
  operands: ShellWord[];
  /** Words after the first operand of `docker run`-like commands: the container's own command. */
  passed: ShellWord[];
  /** Words the reader did not interpret: `--help`, `--`, and everything after a word it could not read. */
  unread: ShellWord[];
  /** The `$(…)` or `$VAR` word at which reading stopped, since what follows depends on its value. */
  stoppedAt?: ShellWord;
}

/** Programs whose invocations are read: the Docker CLI and Compose v1's standalone binary. */
export const DOCKER_PROGRAMS = ['docker', 'docker-compose'] as const;
export type DockerProgram = (typeof DOCKER_PROGRAMS)[number];

/** Reports whether a command's first word is a program whose invocations are read. */
export function isDockerProgram(word: string): word is DockerProgram {
  return DOCKER_PROGRAMS.some((program) => program === word);
}

/** The end of a status message that speaks to authors of this site's snippets, not to readers. */
export const LEGACY_HINT = '; or mark a snippet that shows it on purpose with `legacy` after the language';

function toStatusProblem(what: string, entry: CliCommand | CliFlag, word: ShellWord): CommandProblem | undefined {
  if (entry.status === 'current') return undefined;
  const when = entry.version ? ` (${entry.version})` : '';
  const instead = entry.replacement ? `: use \`${entry.replacement}\` instead` : '';
  return {
    message: `${what} is ${entry.status}${when}${instead}${LEGACY_HINT}`,
    word,
    ruleId: entry.status === 'removed' ? 'removed' : 'deprecated',
  };
}

function suggest(near: readonly string[]): string {
  return near.length > 0 ? `did you mean ${near.map((name) => `\`${name}\``).join(' or ')}?` : '';
}

/**
 * Reads one `docker …` invocation against the CLI data: which words are subcommands and flags
 * (for links), and what is wrong (for the build). Handles `--flag=value`, combined short
 * booleans (`-it`, `-dp 8080:80`), `--` and commands whose arguments after the image belong to
 * the container (`docker run IMAGE CMD --flag`). Opaque words (`$(…)`, `$VAR`) stop the reading.
 *
 * @param words The words from the program on (`docker`, `run`, …), see `toProgramWords`.
 * @param cli The data's lookups.
 */
export function readDockerInvocation(words: readonly ShellWord[], cli: CliIndex): Invocation {
  const parts: CommandPart[] = [];
  const problems: CommandProblem[] = [];
  const values: FlagValue[] = [];
  const operands: ShellWord[] = [];
  const passed: ShellWord[] = [];
  const unread: ShellWord[] = [];
  const [program, ...rest] = words;
  let command = program ? cli.findCommand(program.value) : undefined;
  if (!program || !command) return { parts, problems, values, operands, passed, unread };
  let name = program.value;
  const status = toStatusProblem(`\`${name}\``, command, program);
  if (status) return { parts, problems: [status], values, operands, passed, unread: rest };

  let index = 0;
  let optionsEnded = false;
  let stoppedAt: ShellWord | undefined;
  const takeValue = (flag: CliFlag, word: ShellWord): void => {
    const next = rest[index + 1];
    const part = parts.at(-1);
    if (next && part?.flag === flag) values.push({ part, word: next, start: 0, value: next.value });
    if (next === undefined) {
      problems.push({
        message: `\`${flag.name}\` of \`${command?.path}\` needs a value (${flag.value}): write \`${flag.name} <${flag.value}>\``,
        word,
        ruleId: 'missing-value',
      });
    }
    index += 1;
  };
  const useFlag = (flag: CliFlag, word: ShellWord, start: number, length: number): void => {
    if (!command) return;
    parts.push({ kind: 'flag', command, flag, word, start, length });
    const problem = toStatusProblem(`\`${flag.name}\` of \`${command.path}\``, flag, word);
    if (problem) problems.push(problem);
  };
  const unknownFlag = (flag: string, word: ShellWord): void => {
    if (!command) return;
    const names = command.flags.flatMap((known) => [known.name, ...(known.short ? [known.short] : [])]);
    const hint = suggest(toNearest(flag, names));
    problems.push({
      message: `\`${command.path}\` has no flag \`${flag}\`${hint ? `; ${hint}` : `; run \`${command.path} --help\` for its flags`}`,
      word,
      ruleId: 'unknown-flag',
    });
  };

  for (; index < rest.length; index += 1) {
    const word = rest[index];
    if (!word) break;
    if (word.opaque) {
      stoppedAt = word;
      unread.push(...rest.slice(index + 1));
      break;
    }
    const value = word.value;
    // The raw text starts with the flag when it is not quoted, which is how flags are written.
    const offset = word.raw.startsWith(value.slice(0, 2)) ? 0 : -1;
    if (!optionsEnded && value === '--') {
      optionsEnded = true;
      unread.push(word);
    } else if (!optionsEnded && value.startsWith('--')) {
      const [flagName = '', assigned] = value.split(/=(.*)/s);
      if (flagName === '--help') {
        unread.push(word);
        continue;
      }
      const flag = cli.findFlag(command, flagName);
      if (!flag) {
        unknownFlag(flagName, word);
        continue;
      }
      if (offset === 0) useFlag(flag, word, 0, flagName.length);
      const part = parts.at(-1);
      if (flag.value && assigned !== undefined && part?.flag === flag) {
        values.push({ part, word, start: flagName.length + 1, value: assigned });
      }
      if (flag.value && assigned === undefined) takeValue(flag, word);
    } else if (!optionsEnded && value.startsWith('-') && value.length > 1) {
      for (let at = 1; at < value.length; at += 1) {
        const short = `-${value[at]}`;
        const flag = cli.findFlag(command, short);
        if (!flag) {
          unknownFlag(short, word);
          break;
        }
        if (offset === 0) useFlag(flag, word, at === 1 ? 0 : at, at === 1 ? 2 : 1);
        if (flag.value) {
          // `-p8080:80` and `-p=8080:80` carry their value (pflag drops the `=`); `-dp 8080:80` takes the next word.
          const part = parts.at(-1);
          if (at < value.length - 1 && part?.flag === flag) {
            const start = value[at + 1] === '=' ? at + 2 : at + 1;
            values.push({ part, word, start, value: value.slice(start) });
          }
          if (at === value.length - 1) takeValue(flag, word);
          break;
        }
      }
    } else {
      const subcommands = cli.toSubcommands(name);
      if (subcommands.length === 0) {
        // A positional argument; after the image of `docker run`, the rest is the container's.
        operands.push(word);
        if (isArgumentsCommand(command)) {
          passed.push(...rest.slice(index + 1));
          break;
        }
        continue;
      }
      const next = cli.findCommand(`${name} ${value}`);
      if (!next) {
        const hint = suggest(toNearest(value, subcommands).map((sub) => `${name} ${sub}`));
        problems.push({
          message: `\`${name}\` has no subcommand \`${value}\`${hint ? `; ${hint}` : `; its subcommands are ${subcommands.join(', ')}`}`,
          word,
          ruleId: 'unknown-command',
        });
        unread.push(...rest.slice(index));
        break;
      }
      name = `${name} ${value}`;
      command = next;
      parts.push({ kind: 'command', command, word, start: 0, length: word.raw.length });
      const problem = toStatusProblem(`\`${name}\``, command, word);
      if (problem) {
        problems.push(problem);
        unread.push(...rest.slice(index + 1));
        break;
      }
    }
  }
  return { parts, problems, values, operands, passed, unread, ...(stoppedAt ? { stoppedAt } : {}) };
}
