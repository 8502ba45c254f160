import type { CliIndex } from '../cli/data.ts';
import { execute, toModelled } from '../engine/index.ts';
import { parseInvocation } from '../engine/invocation.ts';
import { createNormaliser, toColumns, withoutIpv6Ports } from '../engine/normalise.ts';
import type { State } from '../engine/types.ts';
import { readShellLines, toShellEntries } from '../shell/lines.ts';
import { toProgramWords, toShellCommands } from '../shell/words.ts';

/**
 * Replays a page's terminal snippets through the playground's engine, in page order, and says
 * where a shown output line disagrees with what the engine prints: the check that the docs and
 * the playground tell the same story (issue 14, item 8).
 */

/** One command of a snippet with the output lines the page shows under it. */
export interface SnippetCommand {
  /** The command as one line: continuations joined, a leading `time` dropped. */
  line: string;
  /** 1-based line of the command in the snippet. */
  at: number;
  /** The output lines shown under it, with their 1-based line in the snippet. */
  shown: readonly { text: string; at: number }[];
}

/** Why a snippet cannot be compared, or where it disagrees: at a 1-based line of the snippet. */
export interface ReplayProblem {
  at: number;
  message: string;
  ruleId: 'simulate-unmodelled' | 'simulate-contradiction';
}

/** A line that stands for output left out: `...` or `…`, alone on its line. */
const ELISION = /^\s*(?:\.\.\.|…)\s*$/;

/**
 * Splits a snippet into its commands and the output shown under each. A snippet without any
 * `$ ` prompt has no output lines; blank and comment-only command lines are left out.
 *
 * @example toSnippetCommands('$ docker volume create db\ndb')
 * // [{ line: 'docker volume create db', at: 1, shown: [{ text: 'db', at: 2 }] }]
 */
export function toSnippetCommands(source: string): SnippetCommand[] {
  return toShellEntries(readShellLines(source).lines)
    .map((entry) => ({
      line: entry.text
        .replace(/\s*\\\s*\n\s*/g, ' ')
        .replace(/^\s*time\s+/, '')
        .trim(),
      at: entry.at,
      shown: entry.output,
    }))
    .filter((command) => command.line !== '' && !command.line.startsWith('#'));
}

/** Why the engine cannot answer a command as Docker would: not at all, or not one of its flags. */
export interface Unmodelled {
  /** `command`: the engine cannot run it at all; `flag`: it runs it but ignores a flag. */
  kind: 'command' | 'flag';
  reason: string;
}

/**
 * Returns why the engine cannot answer a command as Docker would, or undefined when it models
 * the command and every flag on it: not docker, docker's environment set, a shell variable or
 * `$(…)`, a pipe, a command the engine does not simulate (`command`), or a flag it ignores (`flag`).
 */
export function toUnmodelled(line: string, cli: CliIndex): Unmodelled | undefined {
  const command = (reason: string): Unmodelled => ({ kind: 'command', reason });
  // Stryker disable next-line StringLiteral: any stand-in for a quoted string works if it holds no `|`
  if (/(^|[^|])\|([^|]|$)/.test(line.replace(/'[^']*'|"[^"]*"/g, ''))) return command('it pipes into another program');
  let ignored: Unmodelled | undefined;
  for (const shellWords of toShellCommands(line)) {
    const words = toProgramWords(shellWords);
    const assignment = shellWords.find((word) => /^[A-Za-z_]\w*=/.test(word.value) && !words.includes(word));
    if (assignment)
      return command(`\`${assignment.raw}\` sets docker's environment, which the playground does not model`);
    // Stryker disable next-line OptionalChaining,StringLiteral: a command with no program word is all assignments, reported just above
    const program = words[0]?.value ?? '';
    if (program !== 'docker') return command(`\`${program}\` is not a docker command`);
    const opaque = words.find((word) => word.opaque);
    if (opaque) return command(`\`${opaque.raw}\` needs a shell to expand it`);
    const parsed = parseInvocation(words, cli);
    if (!parsed.ok) continue;
    const path = parsed.parsed.command.path;
    const flags = toModelled()[path];
    if (!flags) return command(`the playground does not simulate \`${path}\``);
    const flag = [...parsed.parsed.flags.keys()].find((name) => !flags.includes(name));
    if (flag) ignored ??= { kind: 'flag', reason: `the playground does not simulate \`${flag}\` of \`${path}\`` };
  }
  return ignored;
}

/**
 * Makes a text comparable: IDs, digests, addresses, ages and sizes become placeholders (the
 * transcripts' normaliser, without its numbering, since a page's IDs are its own), table padding
 * becomes columns, IPv6 port bindings go, and trailing blanks go.
 */
export function toComparable(text: string): string {
  const placeholders = createNormaliser(text)(text).replace(/<(id|ip)\d+(:12)?>/g, '<$1$2>');
  return toColumns(withoutIpv6Ports(placeholders)).trimEnd();
}

/** A blank line is layout, on the page and in the engine's answer alike, never output to compare. */
const isBlank = (text: string): boolean => text.trim() === '';

const toLines = (text: string): string[] => text.split('\n').filter((line) => !isBlank(line));

/**
 * Compares the lines a page shows under a command with the engine's stdout and stderr. Every
 * shown line must be one the engine prints, stdout lines in order and stderr lines in order (a
 * terminal interleaves the two). Without a `...` line the page must show all of stdout; stderr
 * lines may be left out (pull progress, warnings). Blank lines on either side are layout, not
 * compared.
 *
 * @returns The first shown line the engine contradicts, with what the engine prints instead.
 */
export function toContradiction(
  shown: readonly { text: string; at: number }[],
  stdout: string,
  stderr: string,
): { at: number; expected: string; engine: string } | undefined {
  const lines = shown.filter((line) => !isBlank(line.text));
  const out = toLines(stdout).map(toComparable);
  const err = toLines(stderr).map(toComparable);
  const elided = lines.some((line) => ELISION.test(line.text));
  let nextOut = 0;
  let nextErr = 0;
  const printed = [...out, ...err].join('\n') || '(nothing)';
  for (const line of lines) {
    if (ELISION.test(line.text)) continue;
    const text = toComparable(line.text);
    const inOut = out.indexOf(text, nextOut);
    const inErr = err.indexOf(text, nextErr);
    if (inOut !== -1 && (elided || inOut === nextOut)) nextOut = inOut + 1;
    else if (inErr !== -1) nextErr = inErr + 1;
    else {
      const engine = out[nextOut] ?? err[nextErr] ?? '(nothing more)';
      return { at: line.at, expected: line.text, engine: `${engine}\n  the engine's whole answer:\n${printed}` };
    }
  }
  const last = lines.at(-1);
  if (!elided && last && nextOut < out.length) {
    return {
      at: last.at,
      expected: '(the output ends here)',
      engine: `${out[nextOut] ?? ''} (and more: write ... where the page leaves lines out)`,
    };
  }
  return undefined;
}

/** What replaying one snippet gives. */
export interface SnippetReplay {
  state: State;
  /** The docker lines the engine models, as a reader would type them in the playground. */
  ran: string[];
  /** True when the snippet shows output under at least one command. */
  showsOutput: boolean;
  /** Why it cannot be compared, or where it disagrees; undefined when it agrees. */
  problem?: ReplayProblem;
}

/**
 * Replays one snippet on a state: runs every command the engine models (so later snippets see
 * what this one created) and, when `compare` is set, checks the output the snippet shows.
 */
export function replaySnippet(state: State, source: string, cli: CliIndex, compare: boolean): SnippetReplay {
  let current = state;
  const ran: string[] = [];
  let problem: ReplayProblem | undefined;
  const commands = toSnippetCommands(source);
  const showsOutput = commands.some((command) => command.shown.some((line) => !isBlank(line.text)));
  for (const command of commands) {
    const unmodelled = toUnmodelled(command.line, cli);
    // A command it cannot run leaves the state unknown; a flag it ignores matters where output is shown.
    if (unmodelled && (unmodelled.kind === 'command' || command.shown.length > 0)) {
      problem ??= {
        at: command.at,
        ruleId: 'simulate-unmodelled',
        message: `\`${command.line}\` is not simulated by the playground's engine: ${unmodelled.reason}`,
      };
    }
    if (unmodelled?.kind === 'command') continue;
    const result = execute(current, command.line, cli);
    current = result.state;
    ran.push(command.line);
    // Stryker disable next-line ConditionalExpression: with nothing shown there is nothing to contradict; the test only saves work
    if (!compare || problem || command.shown.length === 0) continue;
    const contradiction = toContradiction(command.shown, result.stdout, result.stderr);
    if (contradiction) {
      problem = {
        at: contradiction.at,
        ruleId: 'simulate-contradiction',
        message:
          `The output shown for \`${command.line}\` disagrees with the playground's engine:\n` +
          `  the page shows:  ${contradiction.expected}\n  the engine prints: ${contradiction.engine}`,
      };
    }
  }
  return { state: current, ran, showsOutput, ...(problem ? { problem } : {}) };
}

/** The fence attribute that marks a snippet as not simulated, and its one accepted form. */
export const SIMULATE_ATTRIBUTE = 'simulate';
const SIMULATE_NO = /^no: *(\S.*)$/;

/**
 * Reads `simulate="no: reason"` from a fence: undefined when absent, the reason when well formed.
 * @throws Error naming the accepted form, for an empty reason or another value.
 */
export function readSimulateMark(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const reason = SIMULATE_NO.exec(value.trim())?.[1];
  if (!reason) {
    throw new Error(
      `simulate="${value}" is not understood: the one form is simulate="no: REASON", with the reason the playground cannot replay this snippet (for example simulate="no: needs a Swarm")`,
    );
  }
  return reason;
}
