import { fromHtml } from 'hast-util-from-html';
import { readPageFacts, type PageFacts } from '../lib/links/page-facts.ts';
import { readBuiltPages } from './built-pages.ts';

/** Reads every built page into its anchors, ids and links, keyed by its path (`/volume/`). */
export function readBuiltFacts(dist: string): Map<string, PageFacts> {
  return new Map(readBuiltPages(dist).map((page) => [page.path, readPageFacts(fromHtml(page.html))]));
}
