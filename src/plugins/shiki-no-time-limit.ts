import type { ShikiTransformer } from 'shiki';

/**
 * Tokenizes every line whole, however long it takes. Shiki stops tokenizing a line after
 * `tokenizeTimeLimit` (500 ms by default) and leaves the rest of it in the plain colour; on a
 * loaded machine the first line of a grammar can take that long (a unit test failed that way,
 * with `docker` left uncoloured), and a build would publish the page so. Astro's Shiki step passes no such option through,
 * so this transformer sets it in the options Shiki hands to `preprocess`, the ones it then
 * tokenizes with. Build time does not matter here; a page that looks different on a busy day does.
 */
export function transformerNoTimeLimit(): ShikiTransformer {
  return {
    name: 'dk:no-time-limit',
    preprocess(code, options) {
      options.tokenizeTimeLimit = 0;
      return code;
    },
  };
}
