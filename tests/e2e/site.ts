import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, type Page } from '@playwright/test';

const DIST = join(import.meta.dirname, '../../dist');

/** Every built page's path, from dist/ (404, search, explain and redirect pages excluded), e.g. ['/', '/volume/']. */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        // Search and the explainer are tools, not documentation pages; each has its own spec.
        if (!['_astro', 'pagefind', 'search', 'explain'].includes(name)) walk(path);
      } else if (name === 'index.html') {
        // Redirect pages for retired paths are not pages of their own.
        if (/http-equiv="refresh"/i.test(readFileSync(path, 'utf8'))) continue;
        const rel = relative(DIST, dir).split(sep).join('/');
        pages.push(rel ? `/${rel}/` : '/');
      }
    }
  };
  walk(DIST);
  return pages.sort();
}

/** Concept pages only: everything but the home page. */
export function conceptPages(): string[] {
  return builtPages().filter((path) => path !== '/');
}

/**
 * Records console errors, page errors, CSP violations and requests to other origins while a test runs; call
 * the returned check at the end to assert there were none.
 */
export function watchPage(page: Page): () => Promise<void> {
  const problems: string[] = [];
  // A CSP violation is reported as an event before (or instead of) a console message.
  void page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const store = window as unknown as { cspViolations?: string[] };
      (store.cspViolations ??= []).push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      problems.push(`console ${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['localhost', '127.0.0.1'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) {
      problems.push(`request to another origin: ${request.url()}`);
    }
  });
  return async () => {
    const violations = await page.evaluate(
      () => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [],
    );
    expect([...problems, ...violations.map((violation) => `CSP: ${violation}`)]).toEqual([]);
  };
}

/** Pins the theme the way a reader does, by the toggle, so the choice is stored. */
export async function chooseTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  const pressed = (await toggle.getAttribute('aria-pressed')) === 'true';
  if (pressed !== (theme === 'dark')) await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', String(theme === 'dark'));
}
