import type { SearchFilters } from './pagefind.ts';
import { toCountText, toHitContent } from './search-render.ts';

/** How many results the page shows. */
const MAX_RESULTS = 20;

/**
 * `<dk-search-results>`: runs the search in the page's URL (`?q=…&concept=…`), so a search can be
 * shared as a link, and lists each matching page with the section that matches best. With
 * JavaScript, submitting the form or choosing a concept searches in place and updates the URL.
 */
class SearchResults extends HTMLElement {
  #form: HTMLFormElement | null = null;
  #sequence = 0;

  connectedCallback(): void {
    this.#form = document.querySelector('main form.dk-search-form');
    this.#form?.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#update();
    });
    this.#form?.addEventListener('change', (event) => {
      if (event.target instanceof HTMLSelectElement) this.#update();
    });
    window.addEventListener('popstate', () => void this.#run());
    void this.#run();
  }

  /** Puts the form's fields in the URL, then searches. */
  #update(): void {
    if (!this.#form) return;
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(this.#form)) {
      if (typeof value === 'string' && value.trim()) params.set(name, value.trim());
    }
    history.pushState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
    void this.#run();
  }

  async #run(): Promise<void> {
    const params = new URLSearchParams(location.search);
    const query = params.get('q')?.trim() ?? '';
    const concept = params.get('concept') ?? '';
    const input = this.#form?.querySelector<HTMLInputElement>('input[name="q"]');
    const select = this.#form?.querySelector<HTMLSelectElement>('select[name="concept"]');
    if (input) input.value = query;
    if (select) select.value = [...select.options].some((option) => option.value === concept) ? concept : '';
    const status = this.querySelector('[role="status"]');
    const list = this.querySelector('ol');
    if (!status || !list) return;
    const sequence = ++this.#sequence;
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = 'Searching…';
    const filters: SearchFilters = select?.value ? { concept: select.value } : {};
    // Loaded on the first query, with Pagefind: the query understanding is most of its weight.
    const { searchQuery } = await import('./pagefind.ts');
    const { hits, suggestion } = await searchQuery(query, filters, MAX_RESULTS);
    if (sequence !== this.#sequence) return;
    list.replaceChildren(
      ...hits.map((hit) => {
        const item = document.createElement('li');
        item.append(...toHitContent(hit));
        return item;
      }),
    );
    const where = select?.value ? ` in ${select.value}` : '';
    status.textContent =
      hits.length === 0 ? `No results for “${query}”${where}.` : `${toCountText(hits.length)} for “${query}”${where}.`;
    if (suggestion) status.append(' ', this.#suggestionLink(suggestion, select?.value ?? ''));
  }

  /** “Did you mean …?”, a link to the corrected search, so it can be shared like any other. */
  #suggestionLink(suggestion: string, concept: string): HTMLElement {
    const params = new URLSearchParams({ q: suggestion, ...(concept ? { concept } : {}) });
    const link = document.createElement('a');
    link.href = `${location.pathname}?${params}`;
    link.textContent = suggestion;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      history.pushState(null, '', link.href);
      void this.#run();
    });
    const line = document.createElement('span');
    line.append('Did you mean ', link, '?');
    return line;
  }
}

if (!customElements.get('dk-search-results')) customElements.define('dk-search-results', SearchResults);
