/**
 * Placeholders in shell snippets. A reader pastes what we show into a shell, and a shell reads
 * an unquoted `<name>` as "read standard input from the file called name" (`name>` then
 * redirects output), so `docker swarm join --token <token>` fails before Docker runs. Our form
 * is an UPPER_CASE word, declared in the fence meta (```sh placeholder="WORKER_TOKEN"```),
 * which a shell passes through unchanged and the terminal frame shows as a placeholder.
 */

/** What a declared placeholder looks like: an UPPER_CASE word, `WORKER_TOKEN`, `DIGEST`. */
export const PLACEHOLDER_WORD = /^[A-Z][A-Z0-9_]*$/;

/** An unquoted `<name>` that a shell would read as a redirection, where it is in the snippet. */
export interface RedirectPlaceholder {
  /** As written: `<worker-token>`. */
  text: string;
  /** 1-based line in the snippet. */
  line: number;
  /** 1-based column of the `<`. */
  column: number;
}

/** `<` then a name and `>`: `<container>`, `<worker-token>`, `<image:tag>` (not `<<EOF` or `< file`). */
const ANGLE_NAME = /^<([A-Za-z][\w.:/-]*)>/;
/** A here-document operator and its delimiter: `<<EOF`, `<<-'EOF'`, `<< "END"`. */
const HEREDOC = /^<<-?\s*(['"]?)([\w-]+)\1/;

/**
 * Returns the declared placeholder words of a fence meta, as written (`placeholder="A B"` or
 * `placeholder="A,B"`), or an empty list when there is none.
 *
 * @param meta Everything after the language on the opening fence.
 * @param read Reads one attribute from the meta (the code-meta helper).
 */
export function readDeclaredPlaceholders(
  meta: string,
  read: (meta: string, name: string) => string | undefined,
): string[] {
  return (read(meta, 'placeholder') ?? '').split(/[\s,]+/).filter(Boolean);
}

/**
 * Suggests the UPPER_CASE form of an angle-bracket placeholder.
 * @example toPlaceholderWord('<worker-token>') // 'WORKER_TOKEN'
 */
export function toPlaceholderWord(text: string): string {
  return text
    .replace(/^<|>$/g, '')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
}

/** Reports whether `word` occurs in `code` as a whole word (`HOST` is not in `DOCKER_HOST`). */
export function hasPlaceholder(code: string, word: string): boolean {
  return new RegExp(`(?<![\\w])${word}(?![\\w])`).test(code);
}

/**
 * Splits text into the parts that are declared placeholder words and the parts around them.
 *
 * @param text One text node of a highlighted line.
 * @param words The declared words.
 * @example toPlaceholderParts('ssh://BUILD_HOST ps', ['BUILD_HOST'])
 * // [{ text: 'ssh://', placeholder: false }, { text: 'BUILD_HOST', placeholder: true }, { text: ' ps', placeholder: false }]
 */
export function toPlaceholderParts(text: string, words: readonly string[]): { text: string; placeholder: boolean }[] {
  if (words.length === 0) return [{ text, placeholder: false }];
  const pattern = new RegExp(`(?<![\\w])(${words.join('|')})(?![\\w])`, 'g');
  const parts: { text: string; placeholder: boolean }[] = [];
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    const index = match.index;
    if (index > at) parts.push({ text: text.slice(at, index), placeholder: false });
    parts.push({ text: match[0], placeholder: true });
    at = index + match[0].length;
  }
  if (at < text.length) parts.push({ text: text.slice(at), placeholder: false });
  return parts;
}

/**
 * Finds every `<name>` a shell would read as a redirection: outside single and double quotes,
 * escapes, comments and here-document bodies.
 *
 * @param source Shell code, one command line per line (output lines blank), columns as written.
 * @example findRedirectPlaceholders("docker pull nginx@sha256:<digest>\necho '<ok>'")
 * // [{ text: '<digest>', line: 1, column: 26 }]
 */
export function findRedirectPlaceholders(source: string): RedirectPlaceholder[] {
  const found: RedirectPlaceholder[] = [];
  const lines = source.split('\n');
  let quote: "'" | '"' | undefined;
  let heredoc: string | undefined;
  let pendingHeredoc: string | undefined;
  for (const [index, line] of lines.entries()) {
    if (heredoc !== undefined) {
      // A here-document's body is data, not shell: it ends at the line holding only its delimiter.
      if (line.trim() === heredoc) heredoc = undefined;
      continue;
    }
    for (let column = 0; column < line.length; column += 1) {
      const char = line[column] ?? '';
      if (quote) {
        if (char === '\\' && quote === '"') column += 1;
        else if (char === quote) quote = undefined;
        continue;
      }
      if (char === '\\') {
        column += 1;
        continue;
      }
      if (char === "'" || char === '"') {
        quote = char;
        continue;
      }
      // A comment starts at `#` at the start of a word and runs to the end of the line.
      if (char === '#' && (column === 0 || /\s/.test(line[column - 1] ?? ''))) break;
      // Stryker disable next-line ConditionalExpression: neither pattern matches text that does not start with `<`; the test only saves work
      if (char !== '<') continue;
      const rest = line.slice(column);
      const here = HEREDOC.exec(rest);
      if (here) {
        pendingHeredoc = here[2];
        column += here[0].length - 1;
        continue;
      }
      const name = ANGLE_NAME.exec(rest);
      if (name && line[column - 1] !== '<') found.push({ text: name[0], line: index + 1, column: column + 1 });
    }
    // A quote left open continues on the next line; a here-document starts after this one.
    if (pendingHeredoc !== undefined && !quote) {
      heredoc = pendingHeredoc;
      pendingHeredoc = undefined;
    }
  }
  return found;
}
