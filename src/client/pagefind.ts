/** The parts of Pagefind's JS API this site uses (see pagefind.app/docs/api/). */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations: { balanced_score: number }[];
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: PagefindSubResult[];
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(term: string): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] }>;
}

let pagefind: Promise<Pagefind> | undefined;

/** Loads Pagefind once, on first use: nothing of it is fetched before a search starts. */
export function loadPagefind(): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ `${'/pagefind/'}pagefind.js`).then(async (module: Pagefind) => {
    await module.options({ excerptLength: 24 });
    return module;
  });
  return pagefind;
}

/**
 * Returns the sub-result (section) that matches best. Pagefind lists sub-results in page order,
 * so the one with the highest summed score is picked (shared/research/build-notes.md §2).
 */
export function toBestSection(result: PagefindResultData): PagefindSubResult | undefined {
  const score = (sub: PagefindSubResult): number =>
    sub.weighted_locations.reduce((sum, location) => sum + location.balanced_score, 0);
  return [...result.sub_results].sort((a, b) => score(b) - score(a))[0];
}
