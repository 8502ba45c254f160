import { isMostlyCorrected, toQueryPlan, toSuggestion, type QueryPlan } from '../lib/search/query.ts';
import { REFERENCE_INDEX } from '../lib/links/reference-urls.ts';
import type { SearchVocabulary } from '../lib/search/vocabulary.ts';
import { toBestSection, toEngineQuery, toScoredSections } from './search-rank.ts';
import { toHighlightUrl } from './search-url.ts';

/** The parts of Pagefind's JS API this site uses (see pagefind.app/docs/api/). */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { location: number };
  weighted_locations: { balanced_score: number; weight: number }[];
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  content: string;
  anchors: { element: string; location: number }[];
  meta: { title?: string };
  sub_results: PagefindSubResult[];
}

/** Filters by name, e.g. `{ concept: 'Volume' }` (data-pagefind-filter in DocLayout). */
export type SearchFilters = Readonly<Record<string, string>>;

/** What Pagefind's search takes as filters: SearchFilters, or pages without a value (`{ not: { concept: … } }`). */
type EngineFilters = Readonly<Record<string, string | Readonly<Record<string, string>>>>;

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  /** Loads the index chunks a term needs, without searching. */
  preload(term: string): Promise<void>;
  search(
    term: string,
    options?: { filters?: EngineFilters },
  ): Promise<{ results: { id: string; score: number; data(): Promise<PagefindResultData> }[] }>;
}

/** One search result: a page and the section of it that matches best. */
export interface SearchHit {
  /** The page's title, e.g. "Volumes and mounts". */
  page: string;
  /** The best section's heading, or the page title when the page top matches best. */
  title: string;
  /** Link to the section, carrying the searched terms for highlighting on arrival. */
  href: string;
  /** Pagefind's excerpt: escaped text with <mark> around matches. */
  excerpt: string;
}

/**
 * The command reference's pages carry this concept filter (the sidebar label of REFERENCE_ITEM,
 * src/lib/navigation.ts). There is a short page per command, and a short page naming the query in
 * its title outscores in Pagefind the concept section that explains it (`docker login` scores 18
 * on its reference page, 3.8 on Registry), and one flag is on up to eight pages (`--platform`).
 */
export const REFERENCE_CONCEPT = 'CLI reference';
/** Reference pages an unfiltered search shows at most, so commands sharing a flag leave room for the concept pages. */
const REFERENCE_RESULTS = 3;
/**
 * Factor on a reference page's score: a concept section that matches comes first, and the
 * reference entry follows it or leads where no concept page says as much (golden queries).
 */
const REFERENCE_SCORE = 0.1;

/**
 * Factors on the scores of the two pages that sum up the others. The glossary's entries are a
 * few lines each, dense with the words they define, and the home page's concept map names every
 * concept in a line: both outscore the section that explains the same thing at length, for a
 * question that names two concepts ("update the images of a compose project") most of all. They
 * still come first where no concept section matches, and they link to it.
 */
const SUMMARY_SCORES: Readonly<Record<string, number>> = { '/glossary/': 0.5, '/': 0.5 };

let pagefind: Promise<Pagefind> | undefined;
let vocabulary: Promise<SearchVocabulary> | undefined;

/** What search knows without the vocabulary: enough to search, if not to understand. */
const NO_VOCABULARY: SearchVocabulary = { commands: [], flags: [], errors: {}, questions: [], words: [], intents: [] };

/**
 * Loads the search vocabulary (src/pages/search-vocabulary.json.ts) once, with Pagefind. Without
 * it search still works, word for word, so a failed fetch costs understanding, not results.
 */
function loadVocabulary(): Promise<SearchVocabulary> {
  vocabulary ??= fetch('/search-vocabulary.json')
    .then((response) => (response.ok ? (response.json() as Promise<SearchVocabulary>) : NO_VOCABULARY))
    .catch(() => NO_VOCABULARY);
  return vocabulary;
}

/** Loads Pagefind once, on first use: nothing of it is fetched before a search starts. */
export function loadPagefind(): Promise<Pagefind> {
  // Pagefind's files exist only after the build, so Vite must not resolve this import: the
  // template literal hides the path from its analysis, and @vite-ignore silences its warning.
  pagefind ??= import(/* @vite-ignore */ `${'/pagefind/'}pagefind.js`).then(async (module: Pagefind) => {
    await module.options({ excerptLength: 24 });
    return module;
  });
  return pagefind;
}

/**
 * Starts loading search while the reader is still typing (the dialog's debounce): Pagefind, the
 * vocabulary and the index chunks of the words typed so far, so the first search has less to wait for.
 */
export function preloadSearch(query: string): void {
  void loadVocabulary();
  const words = query.trim();
  void loadPagefind()
    .then((engine) => (words ? engine.preload(words) : undefined))
    .catch(() => undefined);
}

/** What a search found, and what to offer when it found nothing. */
export interface SearchOutcome {
  hits: SearchHit[];
  /** A corrected query ("Did you mean …?"), when no page has every word and something is close. */
  suggestion?: string;
}

/** A strict search finding fewer concept results than this is retried with fewer words. */
const RELAX_BELOW = 3;
/** At most this many words are dropped, one search each. */
const RELAX_STEPS = 4;

/**
 * Searches with Pagefind and returns up to `limit` pages, each with the section that matches
 * best. The dialog, the search page and the golden-query tests all rank through this.
 */
export async function searchSections(query: string, filters: SearchFilters = {}, limit = 10): Promise<SearchHit[]> {
  return (await searchQuery(query, filters, limit)).hits;
}

/**
 * Understands the query (src/lib/search/query.ts), searches strictly, then with fewer words when
 * that finds too little, and puts first what the query names: a command's or flag's reference
 * entry, or the section that declares the error or question. docs/search.md, "Ranking".
 */
export function searchQuery(query: string, filters: SearchFilters = {}, limit = 10): Promise<SearchOutcome> {
  const turn = running.then(() => runQuery(query, filters, limit));
  running = turn.catch(() => undefined);
  return turn;
}

/**
 * The search running now; the next waits for it. Pagefind's worker keeps one copy of each page's
 * data and rewrites its matches and sections for each search that loads it, so two searches
 * loading one page at once could each be handed the other's: typing `--network-alias` past
 * `--network` linked the Networks result to Network drivers, where `--network host` is, instead
 * of Aliases (search.spec.ts, repeated). Searches therefore take turns.
 */
let running: Promise<unknown> = Promise.resolve();

/** One search, alone (see running): searchQuery's work. */
async function runQuery(query: string, filters: SearchFilters, limit: number): Promise<SearchOutcome> {
  const [engine, words] = await Promise.all([loadPagefind(), loadVocabulary()]);
  const plan = toQueryPlan(query, words);
  const names = plan.intent?.names ?? [];
  let hits = await rankPages(engine, toEngineQuery(plan.terms), plan.terms, filters, limit, names);
  // Nothing has every word: a correction is offered when the relaxed search finds nothing too, or
  // beside what it finds when most of the telling words were misspelt (isMostlyCorrected).
  const correction = hits.length === 0 ? toSuggestion(query, plan, words) : undefined;
  // Relaxed: drop the least informative words until enough concept sections match; a third of
  // them at a time, so a long pasted message reaches its few telling words in RELAX_STEPS searches.
  const kept = [...plan.droppable];
  for (let step = 0; step < RELAX_STEPS && kept.length > 1 && countConcept(hits) < RELAX_BELOW; step++) {
    kept.splice(0, Math.max(1, Math.floor(kept.length / 3)));
    const terms = plan.terms
      .split(/\s+/)
      .filter((word) => kept.includes(word.toLowerCase()))
      .join(' ');
    if (!terms) break;
    const more = await rankPages(engine, toEngineQuery(terms), plan.terms, filters, limit, names);
    hits = mergeHits(hits, more);
  }
  const shown = leadWith(hits, plan, filters)
    .slice(0, limit)
    .map(({ page, title, href, excerpt }) => ({ page, title, href, excerpt }));
  const suggestion =
    correction && (shown.length === 0 || isMostlyCorrected(query, correction)) ? correction : undefined;
  return suggestion ? { hits: shown, suggestion } : { hits: shown };
}

/** Results of concept pages, not the command reference. */
function countConcept(hits: readonly RankedHit[]): number {
  return hits.filter((hit) => !hit.href.startsWith(REFERENCE_INDEX)).length;
}

/** The page a result links to, without its section and highlight. */
function toPagePath(href: string): string {
  return href.replace(/[?#].*$/, '');
}

/**
 * Merges a relaxed search's pages into the stricter ones', by score: both are scored against all
 * the words asked (search-rank.ts, coverage), so a page holding every word keeps its lead. A page
 * found twice keeps its better score.
 */
function mergeHits(first: readonly RankedHit[], more: readonly RankedHit[]): RankedHit[] {
  const byPage = new Map<string, RankedHit>();
  for (const hit of [...first, ...more]) {
    const path = toPagePath(hit.href);
    const seen = byPage.get(path);
    if (!seen || hit.score > seen.score) byPage.set(path, hit);
  }
  return [...byPage.values()].sort((a, b) => b.score - a.score);
}

/**
 * Puts first what the query names. A command or flag leads with its reference entry, and the
 * concept section that explains it follows; an error or question leads with the section that
 * declares it.
 */
function leadWith(hits: readonly RankedHit[], plan: Readonly<QueryPlan>, filters: SearchFilters): RankedHit[] {
  const filtered = Object.keys(filters).length > 0;
  if (plan.intent && !filtered) return withIntent(hits, plan.intent, plan.terms);
  const lead = plan.declared
    ? { ...plan.declared, excerpt: '' }
    : plan.reference && !filtered
      ? { href: plan.reference.href, title: plan.reference.title, page: REFERENCE_CONCEPT, excerpt: '' }
      : undefined;
  if (!lead) return [...hits];
  const path = toPagePath(lead.href);
  const found = hits.find((hit) => toPagePath(hit.href) === path);
  // The found page's link keeps its highlight terms and takes the named section, or keeps its own.
  const section = /#.*$/.exec(lead.href)?.[0] ?? /#.*$/.exec(found?.href ?? '')?.[0] ?? '';
  const first: RankedHit = found
    ? { ...found, href: `${found.href.replace(/#.*$/, '')}${section}`, title: plan.declared?.title ?? found.title }
    : { ...lead, score: 0, named: false, href: toHighlightUrl(lead.href, plan.terms) };
  // A declared section outside the filtered concept is not offered.
  if (!found && filtered && plan.declared) return [...hits];
  return [first, ...hits.filter((hit) => hit !== found)];
}

/**
 * Places the reference entry of the command or flag a task question asks for. When the first
 * section found names that command or flag, it explains it, and the entry comes second.
 * Otherwise the entry leads if the query says the command's name ("rename"), and comes third if
 * only the meaning's words matched: a guess from the meaning does not push out what the pages say.
 */
function withIntent(hits: readonly RankedHit[], intent: NonNullable<QueryPlan['intent']>, terms: string): RankedHit[] {
  const path = toPagePath(intent.href);
  const found = hits.find((hit) => toPagePath(hit.href) === path);
  const entry: RankedHit = {
    page: REFERENCE_CONCEPT,
    title: intent.title,
    href: found
      ? `${found.href.replace(/#.*$/, '')}${/#.*$/.exec(intent.href)?.[0] ?? ''}`
      : toHighlightUrl(intent.href, terms),
    excerpt: found?.excerpt ?? '',
    score: 0,
    named: false,
  };
  const rest = hits.filter((hit) => hit !== found);
  const at = rest[0]?.named ? 1 : intent.named ? 0 : 2;
  return [...rest.slice(0, at), entry, ...rest.slice(at)];
}

/** A Pagefind result with its page's data loaded, which re-ranking reads. */
interface LoadedResult {
  score: number;
  data: PagefindResultData;
}

/**
 * Searches already run, with their leading results' data, by filters, count and terms. Typing
 * back over a word, and the relaxed search's shorter queries (which repeat from one keystroke to
 * the next), reuse them instead of asking Pagefind's worker again for every page's data.
 */
const searched = new Map<string, Promise<LoadedResult[]>>();
/** Searches kept; the oldest goes first. A few dozen keystrokes' worth, each a few pages' data. */
const SEARCHES_KEPT = 48;

/** One Pagefind search and the data of its first `take` results, from the cache when it ran before. */
function toLoadedResults(
  engine: Pagefind,
  terms: string,
  filters: EngineFilters,
  take: number,
): Promise<LoadedResult[]> {
  const key = JSON.stringify([terms, filters, take]);
  let loaded = searched.get(key);
  if (!loaded) {
    loaded = engine
      .search(terms, { filters })
      .then(({ results }) =>
        Promise.all(results.slice(0, take).map(async (result) => ({ score: result.score, data: await result.data() }))),
      );
    // A failed search is not kept, so the next keystroke asks again.
    loaded.catch(() => searched.delete(key));
    searched.set(key, loaded);
    const oldest = searched.keys().next().value;
    if (searched.size > SEARCHES_KEPT && oldest !== undefined) searched.delete(oldest);
  }
  return loaded;
}

/** A result with the score it was ranked by, so relaxed searches can be merged. */
interface RankedHit extends SearchHit {
  score: number;
  /** Whether the linked section names the command or flag a task question asks for (withIntent). */
  named: boolean;
}

/**
 * One Pagefind search, ranked by section (search-rank.ts), concept pages and reference apart.
 * @param asked All the words the reader meant, which sections are scored against.
 * @param names The command or flag a task question asks for, whose sections count more.
 */
async function rankPages(
  engine: Pagefind,
  terms: string,
  asked: string,
  filters: SearchFilters,
  limit: number,
  names: readonly string[],
): Promise<RankedHit[]> {
  // Unfiltered, the concept pages and the command reference are searched apart (REFERENCE_CONCEPT).
  const searches =
    Object.keys(filters).length > 0
      ? [{ filters, take: limit, factor: 1 }]
      : [
          { filters: { not: { concept: REFERENCE_CONCEPT } }, take: limit, factor: 1 },
          { filters: { concept: REFERENCE_CONCEPT }, take: REFERENCE_RESULTS, factor: REFERENCE_SCORE },
        ];
  const found = await Promise.all(
    searches.map(async ({ filters: where, take, factor }) =>
      (await toLoadedResults(engine, terms, where, take)).map((result) => ({ ...result, factor })),
    ),
  );
  // Pagefind's page order, adjusted by how well each page's best section matches the query as a
  // whole (search-rank.ts). Only the results shown are re-ranked: each needs its page's data, one
  // round trip to Pagefind's worker, and re-ranking five more as well moved no golden query.
  const pages = found.flat().map(({ data, score, factor }) => {
    const best = toBestSection(toScoredSections(data.sub_results, data, terms, asked, names));
    const page = SUMMARY_SCORES[new URL(data.url, 'http://x').pathname] ?? 1;
    return {
      data,
      best: best?.section,
      named: best?.named ?? false,
      score: score * factor * page * (best?.boost ?? 1),
    };
  });
  pages.sort((a, b) => b.score - a.score);
  return pages.slice(0, limit).map(({ data, best, named, score }) => {
    const pageTitle = data.meta.title ?? data.url;
    return {
      score,
      named,
      page: pageTitle,
      title: best?.title ?? pageTitle,
      href: toHighlightUrl(best?.url ?? data.url, terms),
      excerpt: best?.excerpt ?? data.excerpt,
    };
  });
}
