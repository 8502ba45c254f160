import { readArgv, type Argv, type ArgvProblem } from './argv.ts';
import type { CliIndex } from './data.ts';
import { toNearest } from '../links/nearest.ts';
import type { ShellWord } from '../shell/words.ts';

export type { CliRefusal, CommandPart, FlagSetting, FlagValue } from './argv.ts';

/** A mistake in an invocation, at the word that holds it, with the fix in the message. */
export interface CommandProblem extends ArgvProblem {
  message: string;
}

/** What {@link readDockerInvocation} finds: how the CLI reads the words, and problems worded for authors. */
export type Invocation = Argv<CommandProblem>;

/** Programs whose invocations are read: the Docker CLI and Compose v1's standalone binary. */
export const DOCKER_PROGRAMS = ['docker', 'docker-compose'] as const;
export type DockerProgram = (typeof DOCKER_PROGRAMS)[number];

/** Reports whether a command's first word is a program whose invocations are read. */
export function isDockerProgram(word: string): word is DockerProgram {
  return DOCKER_PROGRAMS.some((program) => program === word);
}

/** The end of a status message that speaks to authors of this site's snippets, not to readers. */
export const LEGACY_HINT = '; or mark a snippet that shows it on purpose with `legacy` after the language';

function suggest(near: readonly string[]): string {
  return near.length > 0 ? `did you mean ${near.map((name) => `\`${name}\``).join(' or ')}?` : '';
}

/** Words a problem for the author of a snippet, with the fix: the nearest flag or subcommand, or the replacement. */
function toMessage(problem: Readonly<ArgvProblem>, cli: CliIndex): string {
  const { ruleId, command, name, written, flag } = problem;
  const of = `\`${flag?.name}\` of \`${command.path}\``;
  if (ruleId === 'deprecated' || ruleId === 'removed') {
    const entry = flag ?? command;
    const when = entry.version ? ` (${entry.version})` : '';
    const instead = entry.replacement ? `: use \`${entry.replacement}\` instead` : '';
    return `${flag ? of : `\`${name}\``} is ${entry.status}${when}${instead}${LEGACY_HINT}`;
  }
  if (ruleId === 'missing-value')
    return `${of} needs a value (${flag?.value}): write \`${flag?.name} <${flag?.value}>\``;
  if (ruleId === 'invalid-value')
    return `${of} is on or off: write \`${flag?.name}\` or \`${flag?.name}=false\`, not \`=${written}\``;
  if (ruleId === 'unknown-flag') {
    const names = command.flags.flatMap((known) => [known.name, ...(known.short ? [known.short] : [])]);
    const hint = suggest(toNearest(written, names));
    return `\`${command.path}\` has no flag \`${written}\`${hint ? `; ${hint}` : `; run \`${command.path} --help\` for its flags`}`;
  }
  const subcommands = cli.toSubcommands(name);
  const hint = suggest(toNearest(written, subcommands).map((sub) => `${name} ${sub}`));
  return `\`${name}\` has no subcommand \`${written}\`${hint ? `; ${hint}` : `; its subcommands are ${subcommands.join(', ')}`}`;
}

/**
 * Reads one `docker …` invocation against the CLI data (`readArgv` in ./argv.ts, the reading the
 * playground's engine uses too): which words are subcommands and flags (for links), what each
 * flag is set to, and what is wrong, worded for the build with the fix, and with the Docker
 * CLI's own refusal where it refuses the line.
 *
 * @param words The words from the program on (`docker`, `run`, …), see `toProgramWords`.
 * @param cli The data's lookups.
 */
export function readDockerInvocation(words: readonly ShellWord[], cli: CliIndex): Invocation {
  const argv = readArgv(words, cli);
  return { ...argv, problems: argv.problems.map((problem) => ({ ...problem, message: toMessage(problem, cli) })) };
}
