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

/** Results past the shown ones that may move up when re-ranked. */
const RERANK_EXTRA = 5;

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

let pagefind: Promise<Pagefind> | undefined;

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
 * Searches with Pagefind and returns up to `limit` pages, each with the section that matches
 * best. The dialog, the search page and the golden-query tests all rank through this.
 */
export async function searchSections(query: string, filters: SearchFilters = {}, limit = 10): Promise<SearchHit[]> {
  const engine = await loadPagefind();
  const terms = toEngineQuery(query);
  // Unfiltered, the concept pages and the command reference are searched apart (REFERENCE_CONCEPT).
  const searches =
    Object.keys(filters).length > 0
      ? [{ filters, take: limit + RERANK_EXTRA, factor: 1 }]
      : [
          { filters: { not: { concept: REFERENCE_CONCEPT } }, take: limit + RERANK_EXTRA, factor: 1 },
          { filters: { concept: REFERENCE_CONCEPT }, take: REFERENCE_RESULTS, factor: REFERENCE_SCORE },
        ];
  const found = await Promise.all(
    searches.map(async ({ filters: where, take, factor }) =>
      (await engine.search(terms, { filters: where })).results.slice(0, take).map((result) => ({ result, factor })),
    ),
  );
  // Pagefind's page order, adjusted by how well each page's best section matches the query as a
  // whole (search-rank.ts). Only the leading results are re-ranked; their data is fetched anyway.
  const pages = await Promise.all(
    found.flat().map(async ({ result, factor }) => {
      const data = await result.data();
      const best = toBestSection(toScoredSections(data.sub_results, data, terms));
      return { data, best: best?.section, score: result.score * factor * (best?.boost ?? 1) };
    }),
  );
  pages.sort((a, b) => b.score - a.score);
  return pages.slice(0, limit).map(({ data, best }) => {
    const pageTitle = data.meta.title ?? data.url;
    return {
      page: pageTitle,
      title: best?.title ?? pageTitle,
      href: toHighlightUrl(best?.url ?? data.url, terms),
      excerpt: best?.excerpt ?? data.excerpt,
    };
  });
}
