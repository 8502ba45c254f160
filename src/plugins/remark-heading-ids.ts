import type { Heading, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type {} from 'mdast-util-mdx-expression';
import { collectProblems } from '../lib/content/file-problems.ts';
import { isAnchorId, readPinnedId, toAnchorId, toPinnedIdComment } from '../lib/links/anchors.ts';

/** Options of {@link remarkHeadingIds}. */
export interface Options {
  /**
   * Fail on a heading whose anchor is not pinned in the source.
   * @default true
   */
  requirePinned?: boolean;
}

const SOURCE = 'remark-heading-ids';

/** Removes a trailing `{/* #id *\/}` from a heading and returns the id, if there was one. */
function takePinnedId(heading: Heading): string | undefined {
  const id = readPinnedId(heading);
  if (id === undefined) return undefined;
  heading.children.pop();
  const before = heading.children.at(-1);
  if (before?.type === 'text') before.value = before.value.trimEnd();
  return id;
}

/**
 * Gives every `##`–`######` heading the anchor pinned in its source, `{/* #id *\/}` at its end,
 * so rewording a heading never breaks a link to it. Fails the build, at the heading's line, on a
 * heading without a pinned anchor (suggesting one), an invalid id, an id used twice on a page, or
 * a `#` heading (the title is the page's only `<h1>`), every such heading of the page in one failure.
 *
 * @example
 * ## Inspecting a volume {/* #inspecting-a-volume *\/}
 */
export const remarkHeadingIds: Plugin<[Options?], Root> = (options = {}) => {
  const { requirePinned = true } = options;
  if (typeof requirePinned !== 'boolean') {
    throw new TypeError(
      `remarkHeadingIds: option "requirePinned" must be true or false, got ${JSON.stringify(requirePinned)}`,
    );
  }

  return (tree, file: VFile) => {
    const seen = new Map<string, number>();
    // Every heading is checked before the build fails, so one build names every mistake of the page.
    const problems = collectProblems(file, SOURCE);
    visit(tree, 'heading', (heading) => {
      const place = heading.position;
      if (heading.depth === 1) {
        problems.add('A page has one title, from its frontmatter: use ## for sections, not #', place, 'h1');
        // Its anchor is moot until the author decides between deleting it and making it a section.
        return;
      }
      const id = takePinnedId(heading);
      const text = toString(heading);
      if (id === undefined) {
        if (!requirePinned) return;
        problems.add(
          `Heading "${text}" has no pinned anchor: end it with ${toPinnedIdComment(toAnchorId(text))}, ` +
            'or run `npm run anchors` to pin every new heading',
          place,
          'unpinned',
        );
        return;
      }
      if (!isAnchorId(id)) {
        problems.add(
          `Anchor "#${id}" of heading "${text}" is not valid: use lowercase letters, digits and hyphens, such as ${toPinnedIdComment(toAnchorId(text))}`,
          place,
          'invalid',
        );
      }
      const firstLine = seen.get(id);
      if (firstLine !== undefined) {
        problems.add(
          `Anchor "#${id}" is used twice on this page (first at line ${firstLine}): give heading "${text}" an anchor of its own`,
          place,
          'duplicate',
        );
      }
      seen.set(id, heading.position?.start.line ?? 0);
      heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
    });
    problems.failIfAny();
  };
};
