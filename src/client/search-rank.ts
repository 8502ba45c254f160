/**
 * Ranks Pagefind's results for this site: which section of a page answers a query best, and
 * how pages compare. Pure functions over Pagefind's result data, so they can be unit-tested.
 * Figures and the golden queries that keep these constants honest are in docs/search.md.
 */

/** What ranking reads from one Pagefind sub-result (a section of a page). */
export interface RankedSection {
  title: string;
  url: string;
  /** The section's heading; absent for the page top. `location` is its word index in the page. */
  anchor?: { location: number } | undefined;
  weighted_locations: readonly { balanced_score: number; weight: number }[];
}

/** What ranking reads from a Pagefind result's page: its text and where its headings are. */
export interface RankedPage {
  content: string;
  anchors: readonly { element: string; location: number }[];
}

/**
 * A heading section beats the page top when it scores at least this share of the page top's
 * score: the page top (title, lede and intro) matches almost any query about the page, but a
 * reader who searched is better served by the section.
 */
const HEADING_PREFERENCE = 0.8;
/**
 * Extra weight for a section where the query's words appear next to each other, as in a
 * command (`docker volume inspect`) or an error message. Pagefind scores words one by one, so
 * `docker` and `volume`, which are everywhere, otherwise outweigh the one line that has them all.
 */
const PHRASE_WEIGHT = 4;
/**
 * Pagefind's weight for words of the page's <h1>. They say which page matches, which the page
 * order already counts; left in, they make the page top beat the section that has the answer.
 */
const PAGE_TITLE_WEIGHT = 7;
/** Extra weight for a section whose heading names what was searched (`--network-alias` → Aliases). */
const TITLE_WEIGHT = 1;
/**
 * Factor on a section that names the command or flag a task question asks for (query.ts, intent):
 * of a page's sections, the one showing `docker network connect` explains "connect a running
 * container to another network", not the one that merely says "network" and "connect" more often.
 */
const NAMED_WEIGHT = 2;
/** Words that say nothing about where to go: on every page (docker) or in any question. */
const STOP_WORDS = new Set([
  'a',
  'an',
  'and',
  'are',
  'can',
  'do',
  'docker',
  'does',
  'for',
  'how',
  'i',
  'in',
  'is',
  'it',
  'my',
  'of',
  'on',
  'the',
  'to',
  'vs',
  'versus',
  'what',
  'when',
  'where',
  'why',
  'with',
]);
/** Words a reader adds to compare two things; Pagefind requires every word, and pages rarely say "vs". */
const DROPPED_WORDS = new Set(['vs', 'versus']);

/**
 * Returns the query to hand to Pagefind: comparison words dropped, the rest as typed.
 * @example toEngineQuery('entrypoint vs cmd') // 'entrypoint cmd'
 */
export function toEngineQuery(query: string): string {
  const words = query.trim().split(/\s+/);
  const kept = words.filter((word) => !DROPPED_WORDS.has(word.toLowerCase()));
  return (kept.length > 0 ? kept : words).join(' ');
}

/**
 * Returns the lower-case letter and digit runs of a text, which is how headings and queries are
 * compared: `--network-alias` gives ['network', 'alias'].
 */
function toWords(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

/** True when a heading word and a query word are the same word, allowing plural and similar endings. */
function isSameWord(heading: string, query: string): boolean {
  if (heading.startsWith(query)) return true;
  const stem = query.slice(0, Math.max(4, query.length - 2));
  return query.length >= 5 && heading.startsWith(stem);
}

/** Share (0–1) of the query's meaningful words that the heading contains. */
function toTitleShare(title: string, query: string): number {
  const words = toWords(query).filter((word) => !STOP_WORDS.has(word));
  if (words.length === 0) return 0;
  const heading = toWords(title);
  return words.filter((word) => heading.some((h) => isSameWord(h, word))).length / words.length;
}

/** A word of page text or query, bare: lower case, without the punctuation around it. */
function toBareWord(word: string): string {
  return word.toLowerCase().replace(/^[^a-z0-9-]+|[^a-z0-9]+$/g, '');
}

/**
 * Returns, for each word index of the page text where part of the query starts, how many query
 * words follow there in order. Pagefind's own locations cannot show this: for a query it lists
 * only some of the places a common word such as `docker` occurs (docs/search.md).
 * @param content Pagefind's `content` of the page: its text, whose words its locations count.
 */
export function toPhraseRuns(content: string | readonly string[], query: string): Map<number, number> {
  const words = typeof content === 'string' ? toPageWords(content) : content;
  const terms = query.split(/\s+/).map(toBareWord).filter(Boolean);
  const runs = new Map<number, number>();
  if (terms.length < 2) return runs;
  for (let i = 0; i < words.length; i++) {
    for (let t = 0; t < terms.length - 1; t++) {
      let length = 0;
      // A word matches a term it starts with, so `containers` matches `container`.
      while (t + length < terms.length && words[i + length]?.startsWith(terms[t + length] ?? '')) length++;
      if (length >= 2) runs.set(i, Math.max(length, runs.get(i) ?? 0));
    }
  }
  return runs;
}

/**
 * Returns the word indexes of a page text where one of the names starts, each of its words
 * exactly (`--name` is not `--name-prefix`).
 */
export function toNamedAt(words: readonly string[], names: readonly string[]): number[] {
  const at: number[] = [];
  for (const name of names) {
    const terms = name.split(/\s+/).map(toBareWord).filter(Boolean);
    if (terms.length === 0) continue;
    for (let i = 0; i < words.length; i++) if (terms.every((term, k) => words[i + k] === term)) at.push(i);
  }
  return at;
}

/** Pages' texts already split into bare words, by text: a visit searches the same few pages again and again. */
const pageWords = new Map<string, readonly string[]>();
/** At most this many pages' words are kept (the site has about 170 pages). */
const PAGE_WORDS_KEPT = 200;

/**
 * Returns a page text's words as toBareWord makes them, split once per page and kept: splitting
 * and cleaning every word of every result page was most of the re-ranking's time per keystroke.
 */
export function toPageWords(content: string): readonly string[] {
  let words = pageWords.get(content);
  if (!words) {
    words = content.split(/\s+/).map(toBareWord);
    if (pageWords.size >= PAGE_WORDS_KEPT) pageWords.clear();
    pageWords.set(content, words);
  }
  return words;
}

/** Share (0–1) of the query's words that appear in one run in the section from `start` to `end`. */
function toPhraseShare(runs: ReadonlyMap<number, number>, start: number, end: number, query: string): number {
  const count = query.trim().split(/\s+/).length;
  let longest = 1;
  for (const [location, length] of runs) if (location >= start && location < end) longest = Math.max(longest, length);
  // Squared, so two words of a long question in a row count little and the whole phrase a lot.
  return count < 2 ? 0 : Math.min(1, (longest - 1) / (count - 1)) ** 2;
}

/**
 * Returns a word's score with its weight counted once. Pagefind's balanced_score grows with the
 * square of the weight (a heading word of weight 6 scores as 36 body words), so one heading word
 * outweighs a section full of answers; ranking sections uses the weight linearly instead.
 */
function toLinearScore(location: Readonly<{ balanced_score: number; weight: number }>): number {
  return location.weight > 1 ? location.balanced_score / location.weight : location.balanced_score;
}

/**
 * Returns the share (0–1) of the query's meaningful words that the page text from `start` to
 * `end` holds, a word counting when a text word starts with it (`containers` has `container`).
 */
export function toCoverage(words: readonly string[], start: number, end: number, query: string): number {
  // Words as the page text is split (toBareWord), so `named-db` is one word, as in the text.
  const wanted = [...new Set(query.split(/\s+/).map(toBareWord))].filter((word) => word && !STOP_WORDS.has(word));
  if (wanted.length < 2) return 1;
  const section = words.slice(start, Number.isFinite(end) ? end : undefined);
  return wanted.filter((word) => section.some((text) => text.startsWith(word))).length / wanted.length;
}

/** A section with its score: Pagefind's summed balanced scores times its boost (≥ 1). */
export interface ScoredSection<T extends RankedSection> {
  section: T;
  boost: number;
  score: number;
  /** Whether the section names the command or flag asked for (NAMED_WEIGHT). */
  named: boolean;
}

/**
 * Scores each section of a page for the query: Pagefind's summed balanced scores, boosted when
 * the section has the query's words in a row or names them in its heading, and scaled by the
 * share of the words asked that the section holds.
 * @param query The words searched.
 * @param asked All the words the reader meant, when a relaxed search searched fewer.
 * @param names The command or flag the question asks for (NAMED_WEIGHT), as a page writes it.
 */
export function toScoredSections<T extends RankedSection>(
  sections: readonly T[],
  page: Readonly<RankedPage>,
  query: string,
  asked: string = query,
  names: readonly string[] = [],
): ScoredSection<T>[] {
  const words = toPageWords(page.content);
  const runs = toPhraseRuns(words, query);
  const named = toNamedAt(words, names);
  const headings = page.anchors.filter((anchor) => /^h\d$/i.test(anchor.element)).map((anchor) => anchor.location);
  return sections.map((section) => {
    const start = section.anchor?.location ?? 0;
    const end = Math.min(...headings.filter((location) => location > start), Number.POSITIVE_INFINITY);
    // The page top is titled by the page's <h1>: its words are left out (PAGE_TITLE_WEIGHT).
    const isTop = !section.anchor;
    const title = isTop ? 0 : toTitleShare(section.title, query);
    // A section holding only some of the words asked answers less: squared, so half the words count a quarter.
    const cover = toCoverage(words, isTop ? 0 : start, end, asked) ** 2;
    const isNamed = named.some((at) => at >= start && at < end);
    const boost =
      (1 + PHRASE_WEIGHT * toPhraseShare(runs, start, end, query) + TITLE_WEIGHT * title) *
      cover *
      (isNamed ? NAMED_WEIGHT : 1);
    const base = section.weighted_locations
      .filter((location) => !isTop || location.weight < PAGE_TITLE_WEIGHT)
      .reduce((sum, location) => sum + toLinearScore(location), 0);
    return { section, boost, score: base * boost, named: isNamed };
  });
}

/**
 * Returns the section that answers the query best. Pagefind lists sections in page order, so
 * they are scored (docs/search.md, "Ranking"); a heading section close behind the page
 * top wins over it.
 */
export function toBestSection<T extends RankedSection>(
  scored: readonly ScoredSection<T>[],
): ScoredSection<T> | undefined {
  const ranked = [...scored].sort((a, b) => b.score - a.score);
  const [best] = ranked;
  if (!best || best.section.anchor) return best;
  const heading = ranked.find(({ section }) => section.anchor);
  return heading && heading.score >= best.score * HEADING_PREFERENCE ? heading : best;
}
