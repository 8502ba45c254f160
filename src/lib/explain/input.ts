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
 * @example readInput('docker ps\u0000').notes // ['Removed 1 invisible control character (U+0000) …']
 */
export function readInput(input: string): { text: string; notes: string[] } {
  const notes: string[] = [];
  if (input.length > MAX_INPUT)
    return {
      text: '',
      notes: [
        `This text is ${input.length.toLocaleString('en')} characters long; the explainer reads at most ${MAX_INPUT.toLocaleString('en')}. Paste one command, or a few.`,
      ],
    };
  let text = input.replace(/\r\n?/g, '\n');
  for (const [pattern, what] of [
    [CONTROL, 'invisible control character'],
    [BIDI, 'invisible direction-control character'],
  ] as const) {
    const found = text.match(pattern) ?? [];
    if (found.length === 0) continue;
    text = text.replace(pattern, '');
    notes.push(
      `Removed ${found.length} ${what}${found.length > 1 ? 's' : ''} (${toCodePoints(found)}): a terminal would not show ${found.length > 1 ? 'them' : 'it'}, and ${what.includes('direction') ? 'it can make a command look different from what runs' : 'docker would not read it as you see it'}.`,
    );
  }
  return { text, notes };
}
