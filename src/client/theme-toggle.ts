import { THEME_STORAGE_KEY } from '../lib/site.ts';
import { readStorage, writeStorage } from './storage.ts';

const THEMES = ['light', 'dark'] as const;
type Theme = (typeof THEMES)[number];

function isTheme(value: unknown): value is Theme {
  return value === 'light' || value === 'dark';
}

/**
 * `<dk-theme-toggle>`: reveals its button and pins the light or dark theme on <html>, remembered
 * across pages, reloads and other open tabs. Until pressed, the page follows the system scheme.
 */
class ThemeToggle extends HTMLElement {
  #button: HTMLButtonElement | null = null;
  #system = matchMedia('(prefers-color-scheme: dark)');
  #sync = (): void => this.#render();
  #onStorage = (event: StorageEvent): void => {
    if (event.key !== THEME_STORAGE_KEY) return;
    const theme = readStorage(THEME_STORAGE_KEY);
    if (isTheme(theme)) this.#apply(theme);
  };

  connectedCallback(): void {
    this.#button = this.querySelector('button');
    if (!this.#button) return;
    this.#button.hidden = false;
    this.#button.addEventListener('click', () => this.#toggle());
    this.#system.addEventListener('change', this.#sync);
    window.addEventListener('storage', this.#onStorage);
    this.#render();
  }

  disconnectedCallback(): void {
    this.#system.removeEventListener('change', this.#sync);
    window.removeEventListener('storage', this.#onStorage);
  }

  #current(): Theme {
    const root = document.documentElement.classList;
    if (root.contains('dark')) return 'dark';
    if (root.contains('light')) return 'light';
    return this.#system.matches ? 'dark' : 'light';
  }

  #toggle(): void {
    const next: Theme = this.#current() === 'dark' ? 'light' : 'dark';
    this.#apply(next);
    writeStorage(THEME_STORAGE_KEY, next);
  }

  #apply(theme: Theme): void {
    document.documentElement.classList.remove(...THEMES);
    document.documentElement.classList.add(theme);
    this.#render();
  }

  #render(): void {
    this.#button?.setAttribute('aria-pressed', String(this.#current() === 'dark'));
  }
}

if (!customElements.get('dk-theme-toggle')) customElements.define('dk-theme-toggle', ThemeToggle);
