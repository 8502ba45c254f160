import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { readBuiltPages } from '../../src/node/built-pages.ts';

const DIST = join(import.meta.dirname, '../../dist');

/**
 * Every built page's path, from dist/ (404, search and redirect pages excluded), e.g. ['/', '/volume/'].
 * The command reference's pages are left out (one template, 142 pages): see {@link referencePages}.
 */
export function builtPages(): string[] {
  return allPages().filter((path) => !path.startsWith('/reference/cli/'));
}

/** The command reference's pages, one per command: `/reference/cli/docker/container/run/`, …. */
export function referencePages(): string[] {
  return allPages().filter((path) => path.startsWith('/reference/cli/'));
}

/**
 * Every built page but the search page itself (not /reference/cli/docker/search/) and the
 * explainer, tools with specs of their own, sorted.
 */
function allPages(): string[] {
  return readBuiltPages(DIST)
    .map((page) => page.path)
    .filter((path) => path !== '/search/' && path !== '/explain/')
    .sort();
}

/**
 * The `href` of every element a CSS selector matches in a page's built file, which `astro preview`
 * serves byte for byte: for links no script of the site writes or changes, reading the file checks
 * what a browser would show, without loading the page.
 *
 * @example readBuiltHrefs('/volume/', 'a.dk-cmd-link') // ['/reference/cli/docker/volume/create/', …]
 */
export function readBuiltHrefs(path: string, selector: string): string[] {
  const tree = fromHtml(readFileSync(join(DIST, path, 'index.html'), 'utf8'));
  return selectAll(selector, tree).map((node: Element) => String(node.properties['href'] ?? ''));
}

/** Concept pages only: everything but the home page, the playground and the build-cache playground. */
export function conceptPages(): string[] {
  return builtPages().filter((path) => path !== '/' && !path.startsWith('/playground/') && path !== '/build-cache/');
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
