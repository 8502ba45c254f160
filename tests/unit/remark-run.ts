import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import type { Root } from 'mdast';
import { unified, type Plugin } from 'unified';
import { VFile } from 'vfile';

/** Runs one remark plugin on an MDX page named content/page.mdx, and returns the HTML. */
export async function runRemark(plugin: Plugin<[], Root>, mdx: string): Promise<string> {
  const file = new VFile({ path: 'content/page.mdx', value: mdx });
  const result = await unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(plugin)
    .use(remarkRehype)
    .use(rehypeStringify)
    .process(file);
  return String(result);
}

/**
 * Awaits a plugin run that should fail and returns its message as the build reports it,
 * `file:line:column: message`, so a fixture's error.txt pins the place as well as the words.
 */
export async function toFailure(run: Promise<unknown>): Promise<string> {
  try {
    await run;
  } catch (error) {
    const { file, line, column, reason } = error as { file: string; line: number; column: number; reason: string };
    return `${file}:${line}:${column}: ${reason}`;
  }
  return 'no error';
}

/** Runs a failing page and returns `file:line:column: message`, the way the build reports it. */
export function remarkFailure(plugin: Plugin<[], Root>, mdx: string): Promise<string> {
  return toFailure(runRemark(plugin, mdx));
}
