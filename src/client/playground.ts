import { readStorage } from './storage.ts';

/**
 * The playground's loader: marks solved lessons from localStorage and loads the console's code
 * (./playground-app.ts, the engine included) and its CLI data (/playground/cli.json) on first use: focus or a click inside the
 * playground, or a share link in the address. The start state is already drawn by the build.
 */
export const PROGRESS_KEY = 'dk-playground-solved';

class DkPlayground extends HTMLElement {
  /** Whether the console's code has been asked for; it is loaded once. */
  #loading = false;

  connectedCallback(): void {
    const solved = new Set((readStorage(PROGRESS_KEY) ?? '').split(',').filter(Boolean));
    for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-lesson-link]')) {
      if (solved.has(link.dataset['lessonLink'] ?? '')) link.insertAdjacentText('afterend', ' (solved)');
    }
    const load = (): void => {
      if (this.#loading) return;
      this.#loading = true;
      // The CLI data and the code arrive together; the app says so if the data cannot be had.
      const cli = fetch(this.dataset['cli'] ?? '/playground/cli.json').then((response) => {
        if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
        return response.json() as Promise<unknown>;
      });
      cli.catch(() => undefined);
      void import('./playground-app.ts').then((app) => app.mount(this, cli));
    };
    for (const type of ['focusin', 'pointerdown']) this.addEventListener(type, load, { once: true });
    // A submit before the code arrives waits for it; the app then takes over the form.
    this.querySelector('form')?.addEventListener('submit', (event) => {
      if (this.dataset['ready'] !== 'true') {
        event.preventDefault();
        this.dataset['pending'] = 'true';
      }
      load();
    });
    if (location.hash.startsWith('#run=')) load();
  }
}

customElements.define('dk-playground', DkPlayground);
