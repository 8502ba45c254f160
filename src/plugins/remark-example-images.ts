import type { Code, InlineCode, Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { hasMetaFlag } from '../lib/content/code-meta.ts';
import { collectProblems, type FileProblems } from '../lib/content/file-problems.ts';
import {
  expandImageTokens,
  findUnsupportedTags,
  toExampleImages,
  type ExampleImages,
  type ImageProblem,
} from '../lib/content/example-images.ts';
import exampleImagesJson from '../data/example-images.json' with { type: 'json' };

/** Options of {@link remarkExampleImages}. */
export interface Options {
  /**
   * The declared example images.
   * @default the committed src/data/example-images.json
   */
  images?: ExampleImages;
}

const SOURCE = 'remark-example-images';

/** Line and column of an offset in a node's value, in the source file. */
function placeOf(node: Code | InlineCode, offset: number): { line: number; column: number } {
  const before = node.value.slice(0, offset).split('\n');
  const start = node.position?.start ?? { line: 1, column: 1 };
  const inLine = (before.at(-1) ?? '').length;
  // A fence's value starts on the line after the opening fence; inline code after its backtick.
  if (node.type === 'code') return { line: start.line + before.length, column: 1 + inLine };
  return { line: start.line + before.length - 1, column: start.column + 1 + inLine };
}

function addAll(problems: FileProblems, node: Code | InlineCode, found: readonly ImageProblem[]): void {
  for (const problem of found) problems.add(problem.message, placeOf(node, problem.offset), problem.ruleId);
}

/**
 * Expands `{{image:NAME}}` in code to the declared current tag of that example image, so next
 * year's update of every page is one edit of src/data/example-images.json, and fails the build on
 * a literal `name:tag` of a declared image that its official repository no longer publishes.
 * Runs before the command checks, so they see the expanded text. A `legacy` block is left alone.
 * In YAML, quote the token (`image: '{{image:nginx}}'`): unquoted, YAML and Prettier read braces
 * as a mapping.
 *
 * @example
 * ```sh
 * $ docker run -d {{image:nginx}}
 * ```
 */
export const remarkExampleImages: Plugin<[Options?], Root> = (options = {}) => {
  const images = options.images ?? toExampleImages(exampleImagesJson);
  if (typeof images !== 'object' || typeof images.images !== 'object') {
    throw new TypeError(`remarkExampleImages: option "images" must be example-image data, got ${typeof images}`);
  }

  return (tree, file: VFile) => {
    // Every block is read before the build fails, so one build names every wrong tag of the page.
    const problems = collectProblems(file, SOURCE);
    visit(tree, ['code', 'inlineCode'], (node) => {
      if (node.type !== 'code' && node.type !== 'inlineCode') return;
      if (node.type === 'code' && hasMetaFlag(node.meta ?? '', 'legacy')) return;
      addAll(problems, node, findUnsupportedTags(node.value, images));
      const expanded = expandImageTokens(node.value, images);
      addAll(problems, node, expanded.problems);
      node.value = expanded.text;
    });
    problems.failIfAny();
  };
};
