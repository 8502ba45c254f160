/**
 * Reads the retired anchors a page lists for the browser, `{ "old-id": "/page/#new-id" }`, from
 * untrusted JSON text: anything that is not an object of strings gives no redirects, so a broken
 * list never breaks the page.
 *
 * @example toRedirectMap('{"named-volume":"/volume/#a-named-volume"}') // { 'named-volume': '/volume/#a-named-volume' }
 */
export function toRedirectMap(json: string): Record<string, string> {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return {};
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return {};
  return Object.fromEntries(
    Object.entries(data).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}
