import { HIGHLIGHT_PARAM } from './search-url.ts';

interface HighlighterModule {
  default: new (options: Readonly<Record<string, unknown>>) => unknown;
}

/**
 * Marks the searched terms on a page opened from a search result (`?highlight=<term>`), with
 * Pagefind's highlighter. It is loaded only on such visits; its own styles are off (they would be
 * an injected <style>, blocked by a strict CSP), and site CSS styles `mark.pagefind-highlight`.
 * Marking stays in the article body, out of diagrams and the heading `#` links.
 */
async function highlight(): Promise<void> {
  // Built after the site, so hidden from Vite's import analysis like loadPagefind's import.
  const module = (await import(/* @vite-ignore */ `${'/pagefind/'}pagefind-highlight.js`)) as HighlighterModule;
  new module.default({
    highlightParam: HIGHLIGHT_PARAM,
    addStyles: false,
    markContext: '.dk-page__body',
    markOptions: {
      // Given markOptions, Pagefind's default class becomes pagefind__highlight; keep the documented one.
      className: 'pagefind-highlight',
      exclude: ['.dk-diagram', '.dk-diagram *', '.dk-heading__link', '[data-pagefind-ignore] *'],
    },
  });
}

if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) void highlight();
