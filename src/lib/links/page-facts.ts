import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** What the checks need to know about one built page. */
export interface PageFacts {
  /** Every id on the page: what a `#fragment` link may point at. */
  ids: Set<string>;
  /** The public anchors: section headings and marked entries inside <main>, in page order. */
  anchors: string[];
  /** Every link's href. */
  hrefs: string[];
}

const HEADING = /^h[2-6]$/;

/** Ids the layout uses for its own wiring, not for readers to link to. */
function isInternalId(id: string): boolean {
  return id === 'main' || id.startsWith('dk-') || id.startsWith('chart-') || id.startsWith('dk-mm-');
}

/**
 * Reads a built page's ids, public anchors and links. A public anchor is the id of a heading
 * (h2–h6) or of an element marked `data-anchor`, inside <main>, that is not an internal id.
 */
export function readPageFacts(tree: Root): PageFacts {
  const facts: PageFacts = { ids: new Set(), anchors: [], hrefs: [] };
  let main: Element | undefined;
  visit(tree, 'element', (node) => {
    if (node.tagName === 'main') main = node;
    const id = node.properties['id'];
    if (typeof id === 'string') facts.ids.add(id);
    const href = node.properties['href'];
    if (node.tagName === 'a' && typeof href === 'string') facts.hrefs.push(href);
  });
  if (main) {
    visit(main, 'element', (node) => {
      const id = node.properties['id'];
      if (typeof id !== 'string' || isInternalId(id)) return;
      if (HEADING.test(node.tagName) || node.properties['dataAnchor'] !== undefined) facts.anchors.push(id);
    });
  }
  return facts;
}
