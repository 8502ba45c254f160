/** The URL parameter that carries searched terms to a result's page (search-highlight.ts). */
export const HIGHLIGHT_PARAM = 'highlight';

/**
 * Adds the searched terms, as typed, to a result URL, keeping its anchor last. Pagefind's own
 * highlightParam option adds its normalised terms instead ("composeyaml" for compose.yaml),
 * which do not occur in the page, so nothing would be marked (docs/search.md).
 * @example toHighlightUrl('/volume/#volumes', 'named-db') // '/volume/?highlight=named-db#volumes'
 */
export function toHighlightUrl(url: string, query: string): string {
  const target = new URL(url, location.origin);
  for (const term of query.split(/\s+/).filter(Boolean)) target.searchParams.append(HIGHLIGHT_PARAM, term);
  return `${target.pathname}${target.search}${target.hash}`;
}
