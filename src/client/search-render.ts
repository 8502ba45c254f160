import type { SearchHit } from './pagefind.ts';

/**
 * Turns an excerpt with <mark> tags into text nodes and <mark> elements. The excerpt is parsed
 * into an inert document and only text is copied out, so no markup from the index reaches the
 * page (safe under a strict CSP and without innerHTML).
 */
export function toMarkedText(excerpt: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
  return [...(doc.body.firstElementChild?.childNodes ?? [])].map((node) => {
    if (node instanceof HTMLElement && node.tagName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      return mark;
    }
    return document.createTextNode(node.textContent ?? '');
  });
}

/**
 * Returns the content of one result: a link to the section (named by the section, or the page
 * when the page top matches best), the page it is on, and the excerpt.
 * @param linkTabIndex -1 inside the dialog's listbox, where the option, not the link, is focused.
 */
export function toHitContent(hit: Readonly<SearchHit>, linkTabIndex?: number): Node[] {
  const link = document.createElement('a');
  link.href = hit.href;
  link.className = 'dk-hit__title';
  link.textContent = hit.title;
  if (linkTabIndex !== undefined) link.tabIndex = linkTabIndex;
  const page = document.createElement('span');
  page.className = 'dk-hit__page';
  page.textContent = hit.page;
  const excerpt = document.createElement('span');
  excerpt.className = 'dk-hit__excerpt';
  excerpt.append(...toMarkedText(hit.excerpt));
  return [page, link, excerpt];
}

/** "1 result", "5 results". */
export function toCountText(count: number): string {
  return `${count} result${count === 1 ? '' : 's'}`;
}
