import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

/** Options of {@link rehypeHeadingLinks}. */
export interface Options {
  /**
   * Words read before the heading text by screen readers.
   * @default 'Link to section:'
   */
  label?: string;
}

const HEADING = /^h[2-6]$/;

/**
 * Puts a link to each section after its heading (`h2`–`h6` with an id), in a wrapper that shows
 * it on hover and focus. The link sits beside the heading, not inside it, so the heading's
 * accessible name and the table of contents stay its text; it is kept out of the search index.
 *
 * @example
 * <h2 id="inspecting-a-volume">Inspecting a volume</h2>
 * // becomes
 * <div class="dk-heading"><h2 id="inspecting-a-volume">…</h2><a class="dk-heading__link" href="#inspecting-a-volume">…</a></div>
 */
export const rehypeHeadingLinks: Plugin<[Options?], Root> = (options = {}) => {
  const { label = 'Link to section:' } = options;
  if (typeof label !== 'string' || !label.trim()) {
    throw new TypeError(`rehypeHeadingLinks: option "label" must be a non-empty string, got ${JSON.stringify(label)}`);
  }
  return (tree) => {
    visit(tree, 'element', (node, index, parent) => {
      const id = node.properties['id'];
      if (!HEADING.test(node.tagName) || typeof id !== 'string' || index === undefined || !parent) return;
      const link = h('a.dk-heading__link', { href: `#${id}`, dataPagefindIgnore: '' }, [
        h('span', { ariaHidden: 'true' }, '#'),
        h('span.dk-visually-hidden', `${label} ${toString(node)}`),
      ]);
      const wrapper: Element = h('div.dk-heading', { dataLevel: node.tagName.slice(1) }, [node, link]);
      parent.children[index] = wrapper;
      return SKIP;
    });
  };
};
