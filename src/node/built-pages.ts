import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** One page of a build: its URL path, its file and its HTML. */
export interface BuiltPage {
  /** URL path with a trailing slash: `/`, `/volume/`. */
  path: string;
  file: string;
  html: string;
}

/** Folders of a build that hold assets, not pages. */
const ASSET_DIRS = new Set(['_astro', 'pagefind']);

/** Reports whether a built file is one of the redirect pages Astro writes for src/data/redirects.json. */
export function isRedirectPage(html: string): boolean {
  return /http-equiv="refresh"/i.test(html);
}

/**
 * Returns every page of a build (each `index.html`), sorted by path, without the assets and
 * without the redirect pages Astro writes for retired paths, which are not pages of their own.
 * The one walker of `dist/`: the link checks, the page weights and the end-to-end tests use it.
 *
 * @param dist The build folder; a missing folder gives no pages.
 */
export function readBuiltPages(dist: string): BuiltPage[] {
  const pages: BuiltPage[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const file = join(dir, name);
      if (statSync(file).isDirectory()) {
        if (!ASSET_DIRS.has(name)) walk(file);
      } else if (name === 'index.html') {
        const html = readFileSync(file, 'utf8');
        if (isRedirectPage(html)) continue;
        const route = relative(dist, dir).split(sep).join('/');
        pages.push({ path: route ? `/${route}/` : '/', file, html });
      }
    }
  };
  if (existsSync(dist)) walk(dist);
  return pages.sort((a, b) => a.path.localeCompare(b.path));
}

/** Returns every HTML file of a build, redirect pages and 404 included: what a validator reads. */
export function listBuiltHtmlFiles(dist: string): string[] {
  return readdirSync(dist).flatMap((name) => {
    const path = join(dist, name);
    if (statSync(path).isDirectory()) return ASSET_DIRS.has(name) ? [] : listBuiltHtmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}
