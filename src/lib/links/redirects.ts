/** Retired page paths and anchors, and where each now points (src/data/redirects.json). */
export interface Redirects {
  pages: Readonly<Record<string, string>>;
  anchors: Readonly<Record<string, string>>;
}

/** Reads one of the two maps, failing with the file, the key and what it must be. */
function toPathMap(value: unknown, key: keyof Redirects, source: string): Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError(`${source}: "${key}" must be an object of old path → new path`);
  }
  const map: Record<string, string> = {};
  for (const [from, to] of Object.entries(value)) {
    if (typeof to !== 'string' || !from.startsWith('/') || !to.startsWith('/')) {
      throw new TypeError(
        `${source}: "${key}" maps ${JSON.stringify(from)} to ${JSON.stringify(to)}; both must be site paths starting with /`,
      );
    }
    map[from] = to;
  }
  return map;
}

/**
 * Reads the declared redirects from their JSON, checking their shape; throws naming the file
 * and the entry at fault.
 * @param value The parsed JSON: `{ "pages": { "/old/": "/new/" }, "anchors": { "/page/#old": "/page/#new" } }`.
 * @param source The file it came from, for the messages.
 */
export function toRedirects(value: unknown, source: string): Redirects {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TypeError(`${source}: expected an object with "pages" and "anchors"`);
  }
  const { pages, anchors } = value as Record<string, unknown>;
  return { pages: toPathMap(pages, 'pages', source), anchors: toPathMap(anchors, 'anchors', source) };
}

/**
 * Returns the anchor redirects of one page as `{ oldId: newUrl }`, for the script that takes a
 * visitor from a retired anchor to its new home.
 * @param path The page's path.
 * @param declared The declared redirects (`REDIRECTS` in src/node/redirects.ts binds the committed ones).
 * @example toAnchorRedirects('/volume/', REDIRECTS) // { 'named-volume': '/volume/#a-named-volume-step-by-step' }
 */
export function toAnchorRedirects(path: string, declared: Readonly<Redirects>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [from, to] of Object.entries(declared.anchors)) {
    const [page, id] = from.split('#');
    if (page === path && id) result[id] = to;
  }
  return result;
}
