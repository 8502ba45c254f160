/** Languages shown as a terminal, whose `$ ` prompts and output lines are handled. */
export const SHELL_LANGUAGES = ['sh', 'bash', 'shell', 'console', 'zsh', 'shellsession'] as const;
export type ShellLanguage = (typeof SHELL_LANGUAGES)[number];

/** Reports whether a fence's language is shown as a terminal. */
export function isShellLanguage(lang: string): lang is ShellLanguage {
  return SHELL_LANGUAGES.some((shell) => shell === lang);
}

/** How a line of a shell snippet is shown and copied, as a closed set. */
export const SHELL_LINE_KINDS = ['command', 'continuation', 'output'] as const;
export type ShellLineKind = (typeof SHELL_LINE_KINDS)[number];

/** The class each kind of line carries in the built page, read back by the copy button. */
export const SHELL_LINE_CLASS: Readonly<Record<ShellLineKind, string>> = {
  command: 'dk-cmd',
  continuation: 'dk-cont',
  output: 'dk-out',
};

/** One line of a shell snippet: its kind, its prompt and where it starts on both sides. */
export interface ShellLine {
  kind: ShellLineKind;
  /** The line as shown, without its prompt. */
  text: string;
  /** Length of the `$ ` or `$` prompt removed from the line; 0 on other lines. */
  promptWidth: number;
  /** Offset of the line's first character in the snippet as written. */
  sourceStart: number;
  /** Offset of the line's first character in the prompt-less code. */
  codeStart: number;
}

/** A shell snippet split into lines. */
export interface ShellLines {
  /** The snippet without its `$ ` prompts: what is highlighted. */
  code: string;
  lines: ShellLine[];
}

/** The prompt a command line starts with: `$ `, or a bare `$` before the command. */
const PROMPT = /^\$ ?/;
/** A line that goes on: a `\` at the end, trailing blanks allowed. */
const CONTINUES = /\\\s*$/;

/**
 * Splits a shell snippet into commands, their `\` continuation lines and output lines, and
 * removes the `$ ` prompts. In a snippet with no prompt at all, every line is a command. This is
 * the one place that says what a prompt and an output line are.
 *
 * @param source The snippet as written.
 * @example
 * readShellLines('$ docker volume create db\ndb').lines.map((line) => line.kind)
 * // ['command', 'output']
 */
export function readShellLines(source: string): ShellLines {
  const written = source.split('\n');
  const hasPrompts = written.some((line) => PROMPT.test(line));
  const lines: ShellLine[] = [];
  let continues = false;
  let sourceStart = 0;
  let codeStart = 0;
  for (const line of written) {
    let kind: ShellLineKind;
    if (continues) kind = 'continuation';
    else if (!hasPrompts || PROMPT.test(line)) kind = 'command';
    else kind = 'output';
    const promptWidth = kind === 'command' ? (PROMPT.exec(line)?.[0].length ?? 0) : 0;
    const text = line.slice(promptWidth);
    lines.push({ kind, text, promptWidth, sourceStart, codeStart });
    continues = kind !== 'output' && CONTINUES.test(line);
    sourceStart += line.length + 1;
    codeStart += text.length + 1;
  }
  return { code: lines.map((line) => line.text).join('\n'), lines };
}

/** A command of a shell snippet as typed at one prompt, with the output shown under it. */
export interface ShellEntry {
  /** 1-based line of the command in the snippet. */
  at: number;
  /** The command without its prompt: its line and its `\` continuation lines, joined by newlines. */
  text: string;
  /** The output lines under it, up to the next command, each with its 1-based line. */
  output: { text: string; at: number }[];
}

/**
 * Groups a snippet's lines by command: each command line with the continuation lines after it
 * and the output lines under it. Output before the first command belongs to no command and is
 * left out.
 *
 * @example
 * toShellEntries(readShellLines('$ docker run -d \\\n  redis\nf3c1').lines)
 * // [{ at: 1, text: 'docker run -d \\\n  redis', output: [{ text: 'f3c1', at: 3 }] }]
 */
export function toShellEntries(lines: readonly ShellLine[]): ShellEntry[] {
  const entries: ShellEntry[] = [];
  lines.forEach((line, index) => {
    const current = entries.at(-1);
    if (line.kind === 'command') entries.push({ at: index + 1, text: line.text, output: [] });
    else if (!current) return;
    else if (line.kind === 'continuation') current.text = `${current.text}\n${line.text}`;
    else current.output.push({ text: line.text, at: index + 1 });
  });
  return entries;
}

/**
 * Returns a snippet's prompt-less code and one kind per line.
 *
 * @example
 * toShellLines('$ docker volume create db\ndb')
 * // { code: 'docker volume create db\ndb', kinds: ['command', 'output'] }
 */
export function toShellLines(source: string): { code: string; kinds: ShellLineKind[] } {
  const { code, lines } = readShellLines(source);
  return { code, kinds: lines.map((line) => line.kind) };
}

/**
 * Returns the commands of a snippet as the shell would read them, with every character where
 * it was written: prompts and output lines become blanks of the same length, so a word's line,
 * column and offset are those of the source.
 *
 * @example toCheckedShell(readShellLines('$ docker ps\nCONTAINER ID').lines) // '  docker ps\n            '
 */
export function toCheckedShell(lines: readonly ShellLine[]): string {
  return lines
    .map((line) => (line.kind === 'output' ? ' '.repeat(line.text.length) : ' '.repeat(line.promptWidth) + line.text))
    .join('\n');
}

/** A line of a rendered code block, as the copy button sees it. */
export interface CopyLine {
  text: string;
  /** Its kind in a shell snippet; undefined in other code. */
  kind?: ShellLineKind | undefined;
  /** True when a diff marks the line as removed (`# [!code --]`). */
  removed?: boolean | undefined;
}

/** The class Shiki's diff notation (`# [!code --]`) gives a removed line. */
export const REMOVED_LINE_CLASS = 'remove';

/**
 * Reads a rendered line back as the copy rule sees it, from the classes the build gave it: its
 * kind ({@link SHELL_LINE_CLASS}) and whether a diff removed it. The copy button reads the page
 * this way, and the build's own links read the highlighted tree the same way.
 *
 * @param text The line's text.
 * @param hasClass Whether the line carries a class.
 * @example toCopyLine('db', (name) => name === 'dk-out') // { text: 'db', kind: 'output', removed: false }
 */
export function toCopyLine(text: string, hasClass: (name: string) => boolean): CopyLine {
  return {
    text,
    kind: SHELL_LINE_KINDS.find((kind) => hasClass(SHELL_LINE_CLASS[kind])),
    removed: hasClass(REMOVED_LINE_CLASS),
  };
}

/**
 * Returns what a code block's copy button copies: the commands only (prompts are never in the
 * text, and output lines are left out), keeping `\` continuations, and no line a diff removes.
 *
 * @example toCopyText([{ text: 'docker ps', kind: 'command' }, { text: 'CONTAINER ID', kind: 'output' }]) // 'docker ps'
 */
export function toCopyText(lines: readonly CopyLine[]): string {
  return lines
    .filter((line) => line.kind !== 'output' && line.removed !== true)
    .map((line) => line.text)
    .join('\n')
    .replace(/\s+$/, '');
}
