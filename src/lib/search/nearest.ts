/**
 * The nearest word: typo correction for command and flag names and for "Did you mean". Pure. The
 * distance is the one the build's suggestions use (links/nearest.ts); search allows fewer typos.
 */
import { toEditDistance } from '../links/nearest.ts';

/** How far a word may be from what was typed: none for short words, one typo up to 5 letters, else two. */
function toAllowed(word: string): number {
  const letters = word.replace(/^-+/, '').length;
  return letters < 3 ? 0 : letters <= 5 ? 1 : 2;
}

/**
 * Returns the candidate nearest to a typed word within its allowed distance, or undefined; among
 * equals, the first candidate given.
 * @example toNearest('contianer', ['container', 'image']) // 'container'
 */
export function toNearest(typed: string, candidates: readonly string[]): string | undefined {
  const word = typed.toLowerCase();
  const allowed = toAllowed(word);
  let best: string | undefined;
  let distance = allowed + 1;
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - word.length) > allowed) continue;
    const d = toEditDistance(word, candidate);
    if (d < distance) {
      best = candidate;
      distance = d;
    }
  }
  return distance <= allowed ? best : undefined;
}
