import { isCommandQuery, toExplainHref } from '../lib/explain/hash.ts';
import { REFERENCE_INDEX } from '../lib/links/reference-urls.ts';
import { SEARCH_DEBOUNCE_MS } from '../lib/search-timing.ts';
import type { SearchHit } from './pagefind.ts';

/** How many results the dialog lists; the search page shows more. */
const MAX_RESULTS = 8;

/** True when a key press goes to something the reader is typing in. */
function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

/**
 * `<dk-search>`: enhances the header's search form (a GET to /search/, which works without
 * JavaScript) with a dialog that searches as you type. The header field, `/` and Ctrl/Cmd+K
 * open it; arrows move through the results, Enter opens one, Escape closes and returns focus.
 * Pagefind and the result code load on first use only.
 */
class SearchDialog extends HTMLElement {
  #dialog: HTMLDialogElement | null = null;
  #input: HTMLInputElement | null = null;
  #list: HTMLElement | null = null;
  #status: HTMLElement | null = null;
  #more: HTMLAnchorElement | null = null;
  #field: HTMLInputElement | null = null;
  #returnFocus: HTMLElement | null = null;
  #timer = 0;
  #sequence = 0;
  #active = -1;
  /** The text the listed results answer; Enter and clicks act only on results of the current text. */
  #shownQuery = '';

  #onKey = (event: KeyboardEvent): void => {
    const shortcut = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
    if ((shortcut || slash) && !this.#dialog?.open) {
      event.preventDefault();
      this.open();
    }
  };

  connectedCallback(): void {
    this.#dialog = this.querySelector('dialog');
    this.#input = this.querySelector('[role="combobox"]');
    this.#list = this.querySelector('[role="listbox"]');
    this.#status = this.querySelector('[role="status"]');
    this.#more = this.querySelector('.dk-search-dialog__more');
    this.#field = this.querySelector('form input[name="q"]');
    if (!this.#dialog || !this.#input || !this.#list) return;
    document.addEventListener('keydown', this.#onKey);
    // Tabbing through the header must not trap keyboard users in a dialog: the field opens it
    // only when a reader types in it, presses ArrowDown, or clicks it.
    this.#field?.addEventListener('input', () => this.open());
    this.#field?.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown') {
        event.preventDefault();
        this.open();
      }
    });
    this.#field?.addEventListener('click', () => this.open());
    this.#input.addEventListener('input', () => this.#schedule());
    this.#input.addEventListener('keydown', (event) => this.#onInputKey(event));
    this.#dialog.addEventListener('close', () => this.#restoreFocus());
    // A click on the backdrop lands on the <dialog> itself; its content is wrapped in a panel.
    const dialog = this.#dialog;
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
  }

  disconnectedCallback(): void {
    document.removeEventListener('keydown', this.#onKey);
  }

  /** Opens the dialog with the header field's text, remembering where focus was. */
  open(): void {
    if (!this.#dialog || !this.#input || this.#dialog.open) return;
    this.#returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    this.#dialog.showModal();
    if (this.#field?.value && !this.#input.value) this.#input.value = this.#field.value;
    this.#input.focus();
    this.#input.select();
    // Opening the dialog is the first use of search: Pagefind starts loading before the first key.
    const query = this.#input.value;
    void import('./pagefind.ts').then(({ preloadSearch }) => preloadSearch(query));
    if (query.trim()) void this.#search();
  }

  #restoreFocus(): void {
    window.clearTimeout(this.#timer);
    this.#returnFocus?.focus();
  }

  #schedule(): void {
    window.clearTimeout(this.#timer);
    this.#timer = window.setTimeout(() => void this.#search(), SEARCH_DEBOUNCE_MS);
    // Search loads while the debounce runs, not after it (docs/search.md, "Speed").
    const query = this.#input?.value ?? '';
    void import('./pagefind.ts').then(({ preloadSearch }) => preloadSearch(query));
  }

  async #search(): Promise<void> {
    const query = this.#input?.value.trim() ?? '';
    const sequence = ++this.#sequence;
    if (this.#more) this.#more.href = `/search/?q=${encodeURIComponent(query)}`;
    if (!query) {
      this.#show('', [], '');
      return;
    }
    const [{ searchQuery }, render] = await Promise.all([import('./pagefind.ts'), import('./search-render.ts')]);
    const { hits, suggestion } = await searchQuery(query, {}, MAX_RESULTS);
    // A slower, older search must not replace the results of the newer one.
    if (sequence !== this.#sequence) return;
    const count = hits.length ? render.toCountText(hits.length) : `No results for “${query}”`;
    this.#show(
      query,
      hits,
      suggestion ? `${count}. Did you mean “${suggestion}”?` : count,
      render.toHitContent,
      suggestion,
    );
  }

  /** The option that searches for the suggested correction, in place. */
  #suggestionOption(suggestion: string): HTMLElement {
    const option = this.#makeOption('dk-search-option-suggestion', 'dk-hit dk-hit--suggestion');
    option.dataset['suggest'] = suggestion;
    const code = document.createElement('code');
    code.textContent = suggestion;
    const title = document.createElement('span');
    title.className = 'dk-hit__title';
    title.append('Did you mean ', code, '?');
    option.append(title);
    option.addEventListener('click', () => this.#searchFor(suggestion));
    return option;
  }

  /** The option that opens the command reference, for a command that found nothing. */
  #referenceOption(): HTMLElement {
    const option = this.#makeOption('dk-search-option-reference', 'dk-hit dk-hit--reference');
    option.dataset['href'] = REFERENCE_INDEX;
    const title = document.createElement('span');
    title.className = 'dk-hit__title';
    title.textContent = 'Browse the command reference';
    option.append(title);
    option.addEventListener('click', () => location.assign(REFERENCE_INDEX));
    return option;
  }

  #makeOption(id: string, className: string): HTMLElement {
    const option = document.createElement('li');
    option.id = id;
    option.setAttribute('role', 'option');
    option.setAttribute('aria-selected', 'false');
    option.className = className;
    return option;
  }

  /** Puts a query in the box and searches it now. */
  #searchFor(query: string): void {
    if (!this.#input) return;
    this.#input.value = query;
    window.clearTimeout(this.#timer);
    void this.#search();
    this.#input.focus();
  }

  /**
   * Returns the options for the field's current text, searching first when the listed results
   * answer older text (Enter or a click within the debounce, or before a slow search returns).
   * Returns undefined when the text changes again meanwhile: the newer key press decides.
   */
  async #currentOptions(): Promise<HTMLElement[] | undefined> {
    const query = this.#input?.value.trim() ?? '';
    if (query === this.#shownQuery) return this.#options();
    window.clearTimeout(this.#timer);
    await this.#search();
    return (this.#input?.value.trim() ?? '') === query && this.#shownQuery === query ? this.#options() : undefined;
  }

  /** Enter: opens the active result, or the first, of the current text's results. */
  async #openActive(): Promise<void> {
    const fresh = this.#shownQuery === (this.#input?.value.trim() ?? '');
    const options = await this.#currentOptions();
    // Results that arrived after the key press were never seen, so none of them is the active one.
    const option = options?.[fresh ? Math.max(this.#active, 0) : 0];
    const suggestion = option?.dataset['suggest'];
    if (suggestion) {
      this.#searchFor(suggestion);
      return;
    }
    const href = option?.dataset['href'];
    if (!href) return;
    location.assign(href);
    // A link to /explain/#cmd=… from /explain/ itself only changes the fragment: close the dialog.
    this.#dialog?.close();
  }

  /** A click on a listed result opens it only if it is still a result of the current text. */
  async #openClicked(href: string): Promise<void> {
    const options = await this.#currentOptions();
    if (options?.some((option) => option.dataset['href'] === href)) location.assign(href);
  }

  /** The option that opens /explain/ with a query that looks like a command. */
  #explainOption(query: string): HTMLElement {
    const option = this.#makeOption('dk-search-option-explain', 'dk-hit dk-hit--explain');
    option.dataset['href'] = toExplainHref(query);
    const title = document.createElement('span');
    title.className = 'dk-hit__title';
    const code = document.createElement('code');
    code.textContent = query;
    title.append('Explain this command: ', code);
    option.append(title);
    option.addEventListener('click', () => {
      location.assign(toExplainHref(query));
      this.#dialog?.close();
    });
    return option;
  }

  #show(
    query: string,
    hits: readonly SearchHit[],
    status: string,
    toContent?: (hit: SearchHit, asLink: boolean) => Node[],
    suggestion?: string,
  ): void {
    if (!this.#list || !this.#input) return;
    this.#shownQuery = query;
    const command = isCommandQuery(query);
    // The correction comes first, so Enter takes it; the explainer and the reference come last.
    const correction = suggestion ? [this.#suggestionOption(suggestion)] : [];
    const explain = [
      ...(command ? [this.#explainOption(query)] : []),
      ...(command && hits.length === 0 ? [this.#referenceOption()] : []),
    ];
    // Names the text these results answer, so a test can wait on the search instead of on time.
    this.#list.dataset['query'] = query;
    this.#list.replaceChildren(
      ...correction,
      ...hits.map((hit, index) => {
        const option = document.createElement('li');
        option.id = `dk-search-option-${index}`;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.className = 'dk-hit';
        option.dataset['href'] = hit.href;
        option.append(...(toContent?.(hit, false) ?? []));
        option.addEventListener('click', () => void this.#openClicked(hit.href));
        return option;
      }),
      // Last, so Enter still opens the best result; ArrowUp reaches it first.
      ...explain,
    );
    this.#input.setAttribute('aria-expanded', String(correction.length + hits.length + explain.length > 0));
    if (this.#more) this.#more.hidden = hits.length === 0;
    this.#setActive(-1);
    if (this.#status) this.#status.textContent = status;
  }

  #options(): HTMLElement[] {
    return [...(this.#list?.querySelectorAll<HTMLElement>('[role="option"]') ?? [])];
  }

  #setActive(index: number): void {
    const options = this.#options();
    this.#active = index;
    options.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    const active = options[index];
    if (active) {
      this.#input?.setAttribute('aria-activedescendant', active.id);
      active.scrollIntoView({ block: 'nearest' });
    } else {
      this.#input?.removeAttribute('aria-activedescendant');
    }
  }

  #onInputKey(event: KeyboardEvent): void {
    const count = this.#options().length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (count === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.#setActive(this.#active < 0 && step < 0 ? count - 1 : (this.#active + step + count) % count);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      void this.#openActive();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.#dialog?.close();
    }
  }
}

if (!customElements.get('dk-search')) customElements.define('dk-search', SearchDialog);
