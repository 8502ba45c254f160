import { loadPagefind, toBestSection } from './pagefind.ts';

/** How many results the page shows. */
const MAX_RESULTS = 20;

/**
 * `<dk-search-results>`: runs the query in `?q=` (so a search can be shared as a link) and lists
 * each matching page with the section that matches best, linked to that section's anchor.
 */
class SearchResults extends HTMLElement {
  async connectedCallback(): Promise<void> {
    const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
    const input = document.querySelector<HTMLInputElement>('#dk-searchpage-q');
    if (input) input.value = query;
    const status = this.querySelector('[role="status"]');
    const list = this.querySelector('ol');
    if (!query || !status || !list) return;
    status.textContent = 'Searching…';
    const pagefind = await loadPagefind();
    const { results } = await pagefind.search(query);
    const data = await Promise.all(results.slice(0, MAX_RESULTS).map((result) => result.data()));
    list.replaceChildren(
      ...data.map((page) => {
        const best = toBestSection(page);
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = best?.url ?? page.url;
        link.textContent = best && best.title !== page.meta.title ? best.title : (page.meta.title ?? page.url);
        const where = document.createElement('span');
        where.className = 'dk-result__page';
        where.textContent = page.meta.title ?? '';
        const excerpt = document.createElement('p');
        excerpt.className = 'dk-result__excerpt';
        // Pagefind's excerpts are escaped text with <mark> around matches; nothing else is kept.
        excerpt.append(...toMarkedText(best?.excerpt ?? page.excerpt));
        item.append(where, link, excerpt);
        return item;
      }),
    );
    status.textContent =
      data.length === 0
        ? `No results for “${query}”.`
        : `${results.length} result${results.length === 1 ? '' : 's'} for “${query}”.`;
  }
}

/** Turns an excerpt with <mark> tags into text nodes and <mark> elements, never parsing HTML. */
function toMarkedText(excerpt: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
  return [...(doc.body.firstElementChild?.childNodes ?? [])].map((node) => {
    if (node instanceof HTMLElement && node.tagName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

if (!customElements.get('dk-search-results')) customElements.define('dk-search-results', SearchResults);
