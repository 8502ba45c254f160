import type { CliIndex } from '../cli/data.ts';
import { isDockerProgram, readDockerInvocation, type CommandPart, type CommandProblem } from '../cli/invocation.ts';
import { readShellLines, toCheckedShell, type ShellLine } from './lines.ts';
import { toProgramWords, toShellCommands, type ShellWord } from './words.ts';

/** A command or flag name in a snippet, with where it sits in the prompt-less code. */
export interface SnippetPart extends CommandPart {
  /** Offset of the name's first character in {@link ShellSnippet.code}. */
  codeOffset: number;
}

/** One `docker …` invocation of a snippet: its words, what they name and what is wrong. */
export interface SnippetInvocation {
  /** The words from the program on; lines, columns and offsets are those of the source. */
  words: readonly ShellWord[];
  parts: SnippetPart[];
  problems: CommandProblem[];
}

/** A shell snippet read once, for every consumer: the checker, links, frame, reference and copy. */
export interface ShellSnippet {
  /** The snippet without prompts: what is highlighted and copied. */
  code: string;
  lines: ShellLine[];
  invocations: SnippetInvocation[];
}

/**
 * Returns where a word's character at `start` sits in the prompt-less code.
 *
 * @param lines The snippet's lines.
 * @param word A word read from the snippet (source coordinates).
 */
export function toCodeOffset(lines: readonly ShellLine[], word: Readonly<ShellWord>, start = 0): number {
  const line = lines[word.line - 1];
  if (!line) throw new RangeError(`toCodeOffset: the snippet has no line ${String(word.line)}`);
  return line.codeStart + word.column - 1 - line.promptWidth + start;
}

/**
 * Reads a shell snippet once: its lines (command, continuation, output) with their prompts, and
 * each `docker …` or `docker-compose …` invocation with the commands and flags it names and
 * the problems the CLI data finds. Pure: the same model serves the build and the browser.
 *
 * @param source The snippet as written, prompts and output included.
 * @param cli The CLI data's lookups.
 * @example
 * const snippet = readShellSnippet('$ docker volume ls\nDRIVER', cli);
 * snippet.code; // 'docker volume ls\nDRIVER'
 * snippet.invocations[0]?.parts.map((part) => part.codeOffset); // [7, 14]
 */
export function readShellSnippet(source: string, cli: CliIndex): ShellSnippet {
  const { code, lines } = readShellLines(source);
  const invocations: SnippetInvocation[] = [];
  for (const command of toShellCommands(toCheckedShell(lines))) {
    const words = toProgramWords(command);
    if (!isDockerProgram(words[0]?.value ?? '')) continue;
    const { parts, problems } = readDockerInvocation(words, cli);
    invocations.push({
      words,
      parts: parts.map((part) => ({ ...part, codeOffset: toCodeOffset(lines, part.word, part.start) })),
      problems,
    });
  }
  return { code, lines, invocations };
}
