import { REFERENCE_INDEX } from './links/reference-urls.ts';

/** The fields navigation needs from a page, whatever loaded it. */
export interface NavSource {
  readonly id: string;
  readonly data: { readonly title: string; readonly nav?: string | undefined; readonly order: number };
}

export interface NavItem {
  readonly id: string;
  readonly href: string;
  readonly label: string;
  readonly title: string;
}

/** The id of the home page entry (content/index.mdx). */
export const HOME_ID = 'index';

/**
 * Returns the URL path of a page: `/` for the home page, `/<id>/` for the others.
 * @example toPageHref('volume') // '/volume/'
 */
export function toPageHref(id: string): string {
  return id === HOME_ID ? '/' : `/${id}/`;
}

/** Returns the pages in reading order (frontmatter `order`, then id), as navigation items. */
export function toNavItems(entries: readonly NavSource[]): NavItem[] {
  return [...entries]
    .sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id))
    .map((entry) => ({
      id: entry.id,
      href: toPageHref(entry.id),
      label: entry.data.nav ?? entry.data.title,
      title: entry.data.title,
    }));
}

/** Returns the pages before and after `id` in reading order, for previous/next links. */
export function toNeighbours(
  items: readonly NavItem[],
  id: string,
): { prev: NavItem | undefined; next: NavItem | undefined } {
  const index = items.findIndex((item) => item.id === id);
  if (index < 0) return { prev: undefined, next: undefined };
  return { prev: items[index - 1], next: items[index + 1] };
}

/** The generated command reference, listed after the content pages (its index; see links/reference-urls.ts). */
export const REFERENCE_ITEM: NavItem = {
  id: 'reference',
  href: REFERENCE_INDEX,
  label: 'CLI reference',
  title: 'Docker CLI reference',
};

/** Returns the whole site's navigation: the content pages in order, then the command reference. */
export function toSiteNav(entries: readonly NavSource[]): NavItem[] {
  return [...toNavItems(entries), REFERENCE_ITEM];
}
