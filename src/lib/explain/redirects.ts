/** A redirection the shell reads around a command (`> file`, `2>&1`, `< file`), where it is in the text. */
export interface Redirection {
  start: number;
  end: number;
  /** What the shell does with it, in our words. */
  meaning: string;
}

/**
 * A redirection as the shell's tokenizer drops it (src/lib/shell/words.ts): the operator, a
 * `&1` duplicate or the word it names. A `<container>` placeholder is a word, not one.
 */
const REDIRECTION = /(?<![\w-])(&>>?|\d*>>?|\d*<<?)(?:(&\d+|&-)|[ \t]*((?:"[^"]*"|'[^']*'|[^\s|&;<>()])+))/y;
const STREAMS: Readonly<Record<string, string>> = { '': 'output', '0': 'input', '1': 'output', '2': 'error output' };

function toMeaning(operator: string, duplicate: string | undefined, target: string): string {
  const stream = operator.startsWith('&')
    ? 'output and error output'
    : (STREAMS[/^\d*/.exec(operator)?.[0] ?? ''] ?? `stream ${operator}`);
  if (duplicate)
    return duplicate === '&-'
      ? `The shell closes the command’s ${stream}.`
      : `The shell sends the command’s ${stream} to where its ${STREAMS[duplicate.slice(1)] ?? `stream ${duplicate.slice(1)}`} goes, on your machine.`;
  if (operator.endsWith('<<'))
    return `The lines that follow, up to ${target}, become the command’s input (a here-document).`;
  if (operator.endsWith('<')) return `The shell feeds the file ${target} to the command’s input, from your machine.`;
  const how = operator.endsWith('>>') ? 'adds the command’s' : 'writes the command’s';
  return `The shell ${how} ${stream} to the file ${target} on your machine${operator.endsWith('>>') ? '' : ', replacing it'}; docker never sees this.`;
}

/**
 * Returns the redirections in `source` from `from` on: every one in the text between the words
 * (`gaps`, pairs of offsets) and the run that follows the last word, up to an operator.
 * @example toRedirections('docker logs web 2>&1 | grep x', [], 15)[0]?.meaning // 'The shell sends the command’s error output …'
 */
export function toRedirections(
  source: string,
  gaps: readonly (readonly [number, number])[],
  tail: number,
): Redirection[] {
  const found: Redirection[] = [];
  const scan = (from: number, to: number, stopAtOther: boolean): number => {
    let at = from;
    while (at < to) {
      while (at < to && (source[at] === ' ' || source[at] === '\t')) at += 1;
      REDIRECTION.lastIndex = at;
      const match = at < to ? REDIRECTION.exec(source) : null;
      if (!match || match.index + match[0].length > to) {
        if (stopAtOther) return at;
        at += 1;
        continue;
      }
      const [text, operator = '', duplicate, target = ''] = match;
      found.push({ start: at, end: at + text.length, meaning: toMeaning(operator, duplicate, target) });
      at += text.length;
    }
    return at;
  };
  for (const [from, to] of gaps) scan(from, to, false);
  scan(tail, source.length, true);
  return found;
}
