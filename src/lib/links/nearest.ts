/**
 * Returns the edit distance between two strings: insertions, deletions, substitutions, and a swap
 * of two neighbouring characters counted as one (`--ntework` is one typo from `--network`).
 * @example toEditDistance('--netwrk', '--network') // 1
 */
export function toEditDistance(a: string, b: string): number {
  const width = b.length + 1;
  // The table row by row in one array: cell (i, j) is the distance between a's first i and b's first j characters.
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

/** Returns the number of leading dashes both strings share: 2 for `--netwrk` and `--network`, 1 for `--n` and `-n`. */
function toSharedDashes(a: string, b: string): number {
  let count = 0;
  while (a[count] === '-' && b[count] === '-') count += 1;
  return count;
}

/**
 * Returns the candidates closest to `wanted`, best first, at most `limit` of them, and none
 * further than half the wanted length (beyond that a suggestion misleads more than it helps).
 * The dashes a flag shares with a candidate are not counted: they say nothing about which flag
 * was meant, and counting them would let `--netwrk` suggest `--detach`.
 *
 * @example toNearest('/volum/', ['/volume/', '/image/']) // ['/volume/']
 * @example toNearest('--netwrk', ['--network', '--detach', '--memory']) // ['--network']
 */
export function toNearest(wanted: string, candidates: Iterable<string>, limit = 3): string[] {
  return [...new Set(candidates)]
    .map((candidate) => {
      const shared = toSharedDashes(wanted, candidate);
      const word = wanted.slice(shared);
      return {
        candidate,
        distance: toEditDistance(word, candidate.slice(shared)),
        threshold: Math.max(2, Math.ceil(word.length / 2)),
      };
    })
    .filter(({ distance, threshold }) => distance <= threshold)
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map(({ candidate }) => candidate);
}
