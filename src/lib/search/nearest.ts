/**
 * The nearest word: typo correction for command and flag names and for "Did you mean". Pure.
 */

/** Edit distance (insert, delete, substitute, swap two neighbours) between two words. */
export function toEditDistance(a: string, b: string): number {
  const width = b.length + 1;
  // The table row by row in one array: cell (i, j) is the distance between a's first i and b's first j letters.
  const cells = new Array<number>((a.length + 1) * width).fill(0);
  const at = (i: number, j: number): number => cells[i * width + j] ?? 0;
  for (let i = 0; i <= a.length; i++) cells[i * width] = i;
  for (let j = 0; j <= b.length; j++) cells[j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      cells[i * width + j] = best;
    }
  }
  return at(a.length, b.length);
}

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
