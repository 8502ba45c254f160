import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { toPageHref } from '../lib/navigation.ts';

/** One MDX page in content/: its file, its collection id and the URL path it is built at. */
export interface ContentPage {
  /** Path of the MDX file, joined to the folder given. */
  file: string;
  /** The file name without `.mdx`, as the content collection names it: `volume`, `index`. */
  slug: string;
  /** Where it is built: `/volume/`, `/` for index.mdx. */
  href: string;
}

/**
 * Lists the MDX pages of a content folder, sorted by file name. The URL path comes from
 * `toPageHref`, the one mapping from a page to its path.
 */
export function listContentPages(contentDir: string): ContentPage[] {
  return readdirSync(contentDir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const slug = name.replace(/\.mdx$/, '');
      return { file: join(contentDir, name), slug, href: toPageHref(slug) };
    });
}
