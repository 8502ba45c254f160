/**
 * The CLI's natural sort order, in a module of its own: only the lazily loaded objects.ts needs
 * it, so it stays out of the console's first chunk (docs/playground.md, budgets).
 */

/** A run of ASCII digits, or any one other character. */
const NATURAL_PART = /\d+|\D/gu;

/** Orders two parts: digits before other characters, numbers by value, then fewer leading zeros first. */
function compareParts(left: string, right: string): number {
  const [leftDigits, rightDigits] = [/\d/.test(left[0] ?? ''), /\d/.test(right[0] ?? '')];
  if (leftDigits !== rightDigits) return leftDigits ? -1 : 1;
  if (!leftDigits) return left < right ? -1 : left > right ? 1 : 0;
  const [leftValue, rightValue] = [left.replace(/^0+/, ''), right.replace(/^0+/, '')];
  if (leftValue.length !== rightValue.length) return leftValue.length - rightValue.length;
  if (leftValue !== rightValue) return leftValue < rightValue ? -1 : 1;
  return left.length - right.length;
}

/**
 * The CLI's sort order for names and port lines (fvbommel/sortorder NaturalLess, which `docker
 * network ls`, `volume ls` and `port` use) as a comparator: numbers by value, the rest character
 * by character, and a string before any longer one it begins.
 * @example ['web10', 'web9', 'Web'].sort(compareNatural) // ['Web', 'web9', 'web10']
 */
export function compareNatural(left: string, right: string): number {
  const [leftParts, rightParts] = [left.match(NATURAL_PART) ?? [], right.match(NATURAL_PART) ?? []];
  for (let index = 0; index < Math.min(leftParts.length, rightParts.length); index += 1) {
    const order = compareParts(leftParts[index] ?? '', rightParts[index] ?? '');
    if (order !== 0) return order;
  }
  return leftParts.length - rightParts.length;
}
