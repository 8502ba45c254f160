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
 * Returns the content of one result: the section's title (the page's, when the page top matches
 * best), the page it is on, and the excerpt. On the search page the title is a link; inside the
 * dialog's listbox it is plain text, since an option may not hold another control (the option
 * itself opens the section).
 */
export function toHitContent(hit: Readonly<SearchHit>, asLink = true): Node[] {
  const link = document.createElement(asLink ? 'a' : 'span');
  if (link instanceof HTMLAnchorElement) link.href = hit.href;
  link.className = 'dk-hit__title';
  link.textContent = hit.title;
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
