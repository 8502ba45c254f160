import type { Say } from './say.ts';

/** The longest input explained: several long commands fit; a whole script does not. */
export const MAX_INPUT = 4000;

/** Control characters a terminal would not show, except tab and newline (C0, DEL, C1). */
// eslint-disable-next-line no-control-regex -- matching control characters in pasted input is the point.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/** Bidirectional controls, which can make text display in another order than it runs. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function toCodePoints(matches: readonly string[]): string {
  return [...new Set(matches)]
    .map((char) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`)
    .join(', ');
}

/**
 * Cleans pasted text before it is explained, and says what it changed: Windows line ends become
 * newlines, invisible control and direction characters are removed (each named), and text past
 * {@link MAX_INPUT} is refused with a message rather than explained slowly.
 * @example readInput('docker ps\u0000', SAY).notes // ['Removed 1 invisible control character (U+0000) …']
 */
export function readInput(input: string, say: Say): { text: string; notes: string[] } {
  const notes: string[] = [];
  if (input.length > MAX_INPUT)
    return {
      text: '',
      notes: [say('in.long', input.length.toLocaleString('en'), MAX_INPUT.toLocaleString('en'))],
    };
  let text = input.replace(/\r\n?/g, '\n');
  for (const [pattern, one, several] of [
    [CONTROL, 'in.control', 'in.controls'],
    [BIDI, 'in.bidi', 'in.bidis'],
  ] as const) {
    const found = text.match(pattern) ?? [];
    if (found.length === 0) continue;
    text = text.replace(pattern, '');
    notes.push(say(found.length > 1 ? several : one, found.length, toCodePoints(found)));
  }
  return { text, notes };
}
