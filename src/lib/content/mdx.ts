import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** The parser, built on first use so that importing this module does no work. */
let parser: ReturnType<typeof toParser> | undefined;

function toParser() {
  return unified().use(remarkParse).use(remarkFrontmatter).use(remarkMdx);
}

/**
 * Parses an MDX page the way checks and scripts read it: frontmatter apart, JSX and `{…}`
 * comments as MDX nodes, with positions for messages.
 */
export function parseMdx(source: string): Root {
  parser ??= toParser();
  return parser.parse(source);
}
