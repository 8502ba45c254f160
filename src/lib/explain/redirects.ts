import type { MessageKey } from './messages.ts';
import type { Say } from './say.ts';

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
/** The streams by file descriptor, as keys of messages.ts. */
const STREAMS: Readonly<Record<string, MessageKey>> = { '': 'rd.1', '0': 'rd.0', '1': 'rd.1', '2': 'rd.2' };

function toMeaning(operator: string, duplicate: string | undefined, target: string, say: Say): string {
  const toStream = (fd: string): string => {
    const key = STREAMS[fd];
    return key ? say(key) : say('rd.stream', fd);
  };
  const stream = operator.startsWith('&') ? say('rd.both') : toStream(/^\d*/.exec(operator)?.[0] ?? '');
  if (duplicate)
    return duplicate === '&-' ? say('rd.close', stream) : say('rd.dup', stream, toStream(duplicate.slice(1)));
  if (operator.endsWith('<<')) return say('rd.heredoc', target);
  if (operator.endsWith('<')) return say('rd.in', target);
  return say(operator.endsWith('>>') ? 'rd.append' : 'rd.write', stream, target);
}

/**
 * Returns the redirections in `source` from `from` on: every one in the text between the words
 * (`gaps`, pairs of offsets) and the run that follows the last word, up to an operator.
 * @example toRedirections('docker logs web 2>&1 | grep x', [], 15, SAY)[0]?.meaning // 'The shell sends the command’s error output …'
 */
export function toRedirections(
  source: string,
  gaps: readonly (readonly [number, number])[],
  tail: number,
  say: Say,
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
      found.push({ start: at, end: at + text.length, meaning: toMeaning(operator, duplicate, target, say) });
      at += text.length;
    }
    return at;
  };
  for (const [from, to] of gaps) scan(from, to, false);
  scan(tail, source.length, true);
  return found;
}
