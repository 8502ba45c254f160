/**
 * A small POSIX-shell tokenizer for documentation snippets: enough to find each simple command
 * and its words, with their positions, so a checker can point at the offending word. It is not
 * a shell: `$(…)` and `$VAR` stay opaque, and nothing is expanded.
 */

/** One word of a command, as the shell would pass it (quotes removed), with its place. */
export interface ShellWord {
  /** The word with quotes and escapes removed. */
  value: string;
  /** The word as written, quotes included. */
  raw: string;
  /** 1-based line of the word's first character. */
  line: number;
  /** 1-based column of the word's first character. */
  column: number;
  /** Offset of the first character in the source. */
  offset: number;
  /** True when the word holds a `$(…)`, `` `…` `` or `$VAR` whose value is unknown. */
  opaque: boolean;
  /** The quote or `$(` that the word opens and the input never closes (a shell would wait for more). */
  unclosed?: "'" | '"' | '$(';
}

/** Characters that end a word and start an operator (`|`, `||`, `&&`, `;`, `&`). */
const OPERATOR = /[|;&]/;
/** A redirection that starts a word: `>`, `>>`, `2>`, `2>&1`, `&>`, `<`, `<<`. */
const REDIRECT = /^(?:\d*>>?(?:&\d+)?|&>|<<?)/;
/** A documentation placeholder such as `<container>`, which is a word, not a redirection. */
const PLACEHOLDER = /^<[A-Za-z][\w-]*>/;

/** Returns the index just after the `)` that closes the `$(` at `start`, or the end of input. */
function skipSubstitution(source: string, start: number): number {
  let depth = 0;
  for (let index = start; index < source.length; index += 1) {
    const char = source[index];
    if (char === '(') depth += 1;
    if (char === ')' && --depth === 0) return index + 1;
  }
  return source.length;
}

/**
 * Splits shell source into simple commands, each a list of words. Commands end at a newline that
 * is not escaped and at `|`, `||`, `&&`, `;` and `&`; `\` + newline joins lines; `# …` comments
 * and redirections (`> file`, `2>&1`) are dropped.
 *
 * @param source Shell code without prompts; an empty line stands for an output line.
 * @example
 * toShellCommands("FOO=1 docker run -e 'A=b c' img && echo ok").map((words) => words.map((w) => w.value))
 * // [['FOO=1', 'docker', 'run', '-e', 'A=b c', 'img'], ['echo', 'ok']]
 */
export function toShellCommands(source: string): ShellWord[][] {
  const commands: ShellWord[][] = [];
  let words: ShellWord[] = [];
  let line = 1;
  let lineStart = 0;
  let index = 0;
  let dropNext = false;

  const endCommand = (): void => {
    if (words.length > 0) commands.push(words);
    words = [];
  };

  while (index < source.length) {
    const char = source[index] ?? '';
    if (char === '\n') {
      endCommand();
      line += 1;
      index += 1;
      lineStart = index;
      continue;
    }
    if (char === '\\' && source[index + 1] === '\n') {
      line += 1;
      index += 2;
      lineStart = index;
      continue;
    }
    if (char === ' ' || char === '\t') {
      index += 1;
      continue;
    }
    if (char === '#') {
      while (index < source.length && source[index] !== '\n') index += 1;
      continue;
    }
    if (OPERATOR.test(char)) {
      endCommand();
      index += source[index + 1] === char ? 2 : 1;
      continue;
    }
    const rest = source.slice(index);
    const redirect = PLACEHOLDER.test(rest) ? null : REDIRECT.exec(rest);
    if (redirect) {
      index += redirect[0].length;
      // `2>&1` is complete; `> file` takes the next word as its target.
      dropNext = !/&\d+$/.test(redirect[0]);
      continue;
    }

    // A word: read until unquoted whitespace or an operator.
    const start = index;
    const column = index - lineStart + 1;
    const startLine = line;
    let value = '';
    let opaque = false;
    let unclosed: ShellWord['unclosed'];
    while (index < source.length) {
      const c = source[index] ?? '';
      if (c === ' ' || c === '\t' || c === '\n' || OPERATOR.test(c)) break;
      if (c === '\\') {
        if (source[index + 1] === '\n') break;
        value += source[index + 1] ?? '';
        index += 2;
      } else if (c === "'") {
        const close = source.indexOf("'", index + 1);
        const end = close === -1 ? source.length : close;
        if (close === -1) unclosed = "'";
        value += source.slice(index + 1, end);
        index = end + 1;
      } else if (c === '"') {
        let j = index + 1;
        while (j < source.length && source[j] !== '"') {
          // Inside double quotes a backslash escapes only $ ` " \ and a newline (POSIX); `\t` stays.
          if (source[j] === '\\' && j + 1 < source.length && '$`"\\\n'.includes(source[j + 1] ?? '')) j += 1;
          else if (source[j] === '$') opaque = true;
          value += source[j];
          j += 1;
        }
        if (j >= source.length) unclosed = '"';
        index = j + 1;
      } else if (c === '$' && source[index + 1] === '(') {
        const end = skipSubstitution(source, index + 1);
        if (source[end - 1] !== ')') unclosed = '$(';
        value += source.slice(index, end);
        opaque = true;
        index = end;
      } else {
        if (c === '$' || c === '`') opaque = true;
        value += c;
        index += 1;
      }
    }
    const raw = source.slice(start, Math.min(index, source.length));
    // Lines spanned by a quoted word that contains newlines.
    const newlines = raw.split('\n').length - 1;
    if (newlines > 0) {
      line += newlines;
      lineStart = start + raw.lastIndexOf('\n') + 1;
    }
    if (dropNext) dropNext = false;
    else words.push({ value, raw, line: startLine, column, offset: start, opaque, ...(unclosed ? { unclosed } : {}) });
  }
  endCommand();
  return commands;
}

/** A shell variable assignment that prefixes a command, e.g. `DOCKER_HOST=ssh://host`. */
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

/**
 * Returns the words of a simple command from the program on: drops leading `FOO=1`
 * assignments and a `sudo` with its options.
 *
 * @example toProgramWords(words of `sudo -E FOO=1 docker ps`) // words of `docker ps`
 */
export function toProgramWords(words: readonly ShellWord[]): readonly ShellWord[] {
  let index = 0;
  for (;;) {
    const word = words[index];
    if (!word) return [];
    if (ASSIGNMENT.test(word.value)) index += 1;
    else if (word.value === 'sudo') {
      index += 1;
      while (words[index]?.value.startsWith('-')) index += 1;
    } else break;
  }
  return words.slice(index);
}
