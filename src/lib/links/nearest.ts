/**
 * Returns the edit distance between two strings (insertions, deletions, substitutions).
 * @example toEditDistance('--netwrk', '--network') // 1
 */
export function toEditDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
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
