import redirects from '../../data/redirects.json' with { type: 'json' };

/** Retired page paths and anchors, and where each now points (src/data/redirects.json). */
export interface Redirects {
  pages: Readonly<Record<string, string>>;
  anchors: Readonly<Record<string, string>>;
}

/** The declared redirects. */
export const REDIRECTS: Redirects = { pages: redirects.pages, anchors: redirects.anchors };

/**
 * Returns the anchor redirects of one page as `{ oldId: newUrl }`, for the script that takes a
 * visitor from a retired anchor to its new home.
 * @example toAnchorRedirects('/volume/') // { 'named-volume': '/volume/#a-named-volume-step-by-step' }
 */
export function toAnchorRedirects(path: string, declared: Redirects = REDIRECTS): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [from, to] of Object.entries(declared.anchors)) {
    const [page, id] = from.split('#');
    if (page === path && id) result[id] = to;
  }
  return result;
}
