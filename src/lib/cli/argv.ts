import { isArgumentsCommand, type CliCommand, type CliFlag, type CliIndex } from './data.ts';
import type { ShellWord } from '../shell/words.ts';

/**
 * How the Docker CLI reads a `docker …` invocation's words (CLI v29.7.2: cobra's commands and
 * spf13/pflag v1.0.10's flags), with where each part is written. The one reading behind the
 * build checks and the explainer (through `readDockerInvocation` in ./invocation.ts, which adds
 * messages for authors) and the playground's engine, which takes it as it is.
 */

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

/**
 * How the Docker CLI itself refuses a line (spf13/pflag's errors, cli/cobra.go's FlagErrorFunc,
 * cmd/docker/docker.go and cli/required.go for unknown commands): the first line it prints, and
 * the command whose usage follows. `./refusal.ts` words the whole message.
 */
export interface CliRefusal {
  /** `flag`: pflag refuses it (exit 125); `command`: cobra finds no such command (exit 1). */
  kind: 'flag' | 'command';
  /** The first line, as the CLI prints it: `unknown shorthand flag: 'x' in -xz`. */
  line: string;
  /** The command being read when it was refused, and its path as the CLI names it. */
  command: CliCommand;
  typed: string;
}

/** The rules a problem breaks, as a closed set. */
export const PROBLEM_RULES = [
  'unknown-command',
  'unknown-flag',
  'missing-value',
  'invalid-value',
  'deprecated',
  'removed',
] as const;
export type ProblemRule = (typeof PROBLEM_RULES)[number];

/** A mistake in an invocation, at the word that holds it, with the facts a message needs. */
export interface ArgvProblem {
  ruleId: ProblemRule;
  word: ShellWord;
  /** Present when Docker CLI 29 refuses the line too (not for a deprecated form, which it runs). */
  refusal?: CliRefusal;
  /** The command being read, and the path as typed up to it (`docker volume`). */
  command: CliCommand;
  name: string;
  /** What is at fault as written: the flag (`--netwrk`, `-Z`), the subcommand, or a boolean's value. */
  written: string;
  /** The flag at fault, when it is one the command has. */
  flag?: CliFlag;
}

/** The value a flag takes, in its own word (`-p 8080:80`) or in the flag's (`--name=web`, `-p80`). */
export interface FlagValue {
  /** The flag's part in `parts`. */
  part: CommandPart;
  /** The word that holds the value, and where the value starts in that word's raw text. */
  word: ShellWord;
  start: number;
  /** The value with quotes removed. */
  value: string;
}

/** One flag as the Docker CLI sets it, quoted or not, in the order written. */
export interface FlagSetting {
  flag: CliFlag;
  /** The value it gets: a boolean's is `true` or `false` (`--rm=false`, `-d=0`), any other flag's as written. */
  value: string;
  /** The word that names the flag. */
  word: ShellWord;
}

/** What {@link readArgv} finds. */
export interface Argv<Problem = ArgvProblem> {
  /** The command read last (the program's when no subcommand follows); absent for an unknown program. */
  command?: CliCommand;
  /**
   * Its path as the Docker CLI names it in messages: a shortcut stays as typed (`docker run`),
   * another name of a subcommand is its own (`docker container ps` is `docker container ls`).
   */
  typed: string;
  /** Every flag set, in order, with its value. */
  flags: FlagSetting[];
  /** Whether `--help`, or `-h` where no flag of the command owns it, asks for the help. */
  help: boolean;
  parts: CommandPart[];
  problems: Problem[];
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

/** The words a boolean flag's value may be, as pflag reads them (Go's `strconv.ParseBool`). */
const BOOLEAN_WORDS: Readonly<Record<string, 'true' | 'false'>> = Object.fromEntries(
  ['1', 't', 'T', 'TRUE', 'true', 'True', '0', 'f', 'F', 'FALSE', 'false', 'False'].map((word, index) => [
    word,
    index < 6 ? 'true' : 'false',
  ]),
);

/**
 * The name the CLI's messages give a subcommand: a shortcut defined elsewhere keeps the name
 * typed (`docker run` is a command of its own), an alias of a subcommand takes the subcommand's
 * (cobra's CommandPath: `docker container ps` is `docker container ls`).
 */
function toTypedPath(typed: string, parent: CliCommand, next: CliCommand, word: string): string {
  const own = next.path.slice(parent.path.length + 1);
  return next.path.startsWith(`${parent.path} `) && !own.includes(' ') ? `${typed} ${own}` : `${typed} ${word}`;
}

/**
 * Reads one `docker …` invocation against the CLI data as pflag and cobra do: subcommands,
 * `--flag=value`, combined short booleans (`-it`, `-dp 8080:80`), a short flag's attached value
 * (`-p8080:80`, `-p=8080:80`), `--rm=false`, `-h` as help where no flag owns it, `--`, and
 * commands whose arguments after the image belong to the container (`docker run IMAGE CMD
 * --flag`). Opaque words (`$(…)`, `$VAR`) stop the reading. Problems come in word order.
 *
 * @param words The words from the program on (`docker`, `run`, …), see `toProgramWords`.
 * @param cli The data's lookups.
 * @example readArgv(words('docker run -d=false --name web nginx'), cli).flags.map((set) => set.value) // ['false', 'web']
 */
export function readArgv(words: readonly ShellWord[], cli: CliIndex): Argv {
  const parts: CommandPart[] = [];
  const problems: ArgvProblem[] = [];
  const values: FlagValue[] = [];
  const operands: ShellWord[] = [];
  const passed: ShellWord[] = [];
  const unread: ShellWord[] = [];
  const flags: FlagSetting[] = [];
  let help = false;
  const [program, ...rest] = words;
  let command = program ? cli.findCommand(program.value) : undefined;
  let name = program?.value ?? '';
  let typed = name;
  const result = (): Argv => ({
    ...(command ? { command } : {}),
    typed,
    flags,
    help,
    parts,
    problems,
    values,
    operands,
    passed,
    unread,
  });
  if (!program || !command) return result();

  let index = 0;
  let optionsEnded = false;
  let stoppedAt: ShellWord | undefined;
  const problem = (
    ruleId: ProblemRule,
    word: ShellWord,
    written: string,
    refusal?: [CliRefusal['kind'], string],
    flag?: CliFlag,
  ): void => {
    if (!command) return;
    problems.push({
      ruleId,
      word,
      command,
      name,
      written,
      ...(flag ? { flag } : {}),
      ...(refusal ? { refusal: { kind: refusal[0], line: refusal[1], command, typed } } : {}),
    });
  };
  // CLI 29 no longer has a removed form, so it refuses it as unknown; a deprecated one still runs.
  const status = (entry: CliCommand | CliFlag, word: ShellWord, refusal?: [CliRefusal['kind'], string]): boolean => {
    if (entry.status === 'current') return false;
    const removed = entry.status === 'removed';
    const flag = 'name' in entry ? entry : undefined;
    problem(removed ? 'removed' : 'deprecated', word, word.value, removed ? refusal : undefined, flag);
    return true;
  };
  // A removed program (`docker-compose`) is not the Docker CLI's to refuse: no refusal.
  if (status(command, program)) {
    unread.push(...rest);
    return result();
  }
  const set = (flag: CliFlag, word: ShellWord, value: string): void => {
    // A flag that takes a value takes any, the empty one too (`--entrypoint ""` clears the image's).
    const bool = flag.value ? value : BOOLEAN_WORDS[value];
    if (bool !== undefined) {
      flags.push({ flag, value: bool, word });
      return;
    }
    const named = JSON.stringify(`${flag.short ? `${flag.short}, ` : ''}${flag.name}`);
    const quoted = JSON.stringify(value);
    problem(
      'invalid-value',
      word,
      value,
      ['flag', `invalid argument ${quoted} for ${named} flag: strconv.ParseBool: parsing ${quoted}: invalid syntax`],
      flag,
    );
  };
  const takeValue = (flag: CliFlag, word: ShellWord, typedName: string): void => {
    const next = rest[index + 1];
    const part = parts.at(-1);
    if (next && part?.flag === flag) values.push({ part, word: next, start: 0, value: next.value });
    if (next) set(flag, word, next.value);
    else problem('missing-value', word, typedName, ['flag', `flag needs an argument: ${typedName}`], flag);
    index += 1;
  };
  const useFlag = (flag: CliFlag, word: ShellWord, start: number, length: number, offset: number): void => {
    if (!command) return;
    if (offset === 0) parts.push({ kind: 'flag', command, flag, word, start, length });
    status(flag, word, ['flag', `unknown flag: ${flag.name}`]);
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
        help = assigned === undefined || BOOLEAN_WORDS[assigned] !== 'false';
        unread.push(word);
        continue;
      }
      const flag = cli.findFlag(command, flagName);
      if (!flag) {
        // pflag refuses `---x` and `--=x` before it looks for a flag.
        const line = /^--[-=]/.test(value) ? `bad flag syntax: ${value}` : `unknown flag: ${flagName}`;
        problem('unknown-flag', word, flagName, ['flag', line]);
        continue;
      }
      useFlag(flag, word, 0, flagName.length, offset);
      const part = parts.at(-1);
      if (flag.value && assigned !== undefined && part?.flag === flag) {
        values.push({ part, word, start: flagName.length + 1, value: assigned });
      }
      if (assigned !== undefined) set(flag, word, assigned);
      else if (flag.value) takeValue(flag, word, flagName);
      else set(flag, word, 'true');
    } else if (!optionsEnded && value.startsWith('-') && value.length > 1) {
      for (let at = 1; at < value.length; at += 1) {
        const letter = value[at] ?? '';
        const flag = cli.findFlag(command, `-${letter}`);
        if (!flag && letter === 'h') {
          // Cobra gives every command `-h, --help` unless one of its flags owns `-h` (`run -h` is `--hostname`).
          help = true;
          if (value === '-h') unread.push(word);
          continue;
        }
        if (!flag) {
          problem('unknown-flag', word, `-${letter}`, [
            'flag',
            `unknown shorthand flag: '${letter}' in -${value.slice(at)}`,
          ]);
          break;
        }
        useFlag(flag, word, at === 1 ? 0 : at, at === 1 ? 2 : 1, offset);
        // pflag reads `-d=false` and `-p=8080:80` whole, and `-p8080:80` (so `-p=` gives `=`).
        const assigned = value[at + 1] === '=' && at + 2 < value.length;
        if (!flag.value && !assigned) {
          set(flag, word, 'true');
          continue;
        }
        const part = parts.at(-1);
        if (at < value.length - 1) {
          const start = assigned ? at + 2 : at + 1;
          if (flag.value && part?.flag === flag) values.push({ part, word, start, value: value.slice(start) });
          set(flag, word, value.slice(start));
        } else takeValue(flag, word, `'${letter}' in -${letter}`);
        break;
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
      const next: CliCommand | undefined =
        cli.findCommand(`${name} ${value}`) ?? cli.findCommand(`${command.path} ${value}`);
      const unknown: [CliRefusal['kind'], string] = ['command', `docker: unknown command: ${typed} ${value}`];
      if (!next) {
        problem('unknown-command', word, value, unknown);
        unread.push(...rest.slice(index));
        break;
      }
      const refusal = { kind: 'command', line: unknown[1], command, typed } as const;
      name = `${name} ${value}`;
      typed = toTypedPath(typed, command, next, value);
      command = next;
      parts.push({ kind: 'command', command, word, start: 0, length: word.raw.length });
      if (status(command, word, unknown)) {
        // The CLI refuses a removed command where it looked for it, in the command above.
        const last = problems.at(-1);
        if (last?.refusal) last.refusal = refusal;
        unread.push(...rest.slice(index + 1));
        break;
      }
    }
  }
  return { ...result(), ...(stoppedAt ? { stoppedAt } : {}) };
}
