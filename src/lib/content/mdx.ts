import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx);

/**
 * Parses an MDX page the way checks and scripts read it: frontmatter apart, JSX and `{…}`
 * comments as MDX nodes, with positions for messages.
 */
export function parseMdx(source: string): Root {
  return parser.parse(source);
}
