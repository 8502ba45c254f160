import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { Image } from 'mdast';
import { visit } from 'unist-util-visit';
import { checkFrontmatter } from '../lib/content/frontmatter-check.ts';
import { parseMdx } from '../lib/content/mdx.ts';
import { isExternalHref } from '../lib/links/link-check.ts';
import { listContentPages } from '../node/content-pages.ts';

export interface ContentChecksOptions {
  /** Folder of the MDX pages. */
  contentDir: string;
  /** Folder served at the site root, for images written as `/name.png`. */
  publicDir: string;
}

/** Returns the problems of one page's images: each local image must exist. */
function checkImages(file: string, source: string, publicDir: string): string[] {
  const problems: string[] = [];
  let tree;
  try {
    tree = parseMdx(source);
  } catch (error) {
    // MDX syntax: report it here with the file, since the message itself carries only the place.
    const {
      line = 0,
      column = 0,
      reason = String(error),
    } = error as { line?: number; column?: number; reason?: string };
    return [`${relative(process.cwd(), file)}:${line}:${column} MDX syntax: ${reason}`];
  }
  visit(tree, 'image', (node: Image) => {
    if (isExternalHref(node.url)) return;
    const path = node.url.startsWith('/') ? join(publicDir, node.url) : join(dirname(file), node.url);
    if (existsSync(decodeURI(path.split(/[?#]/)[0] ?? path))) return;
    const { line = 0, column = 0 } = node.position?.start ?? {};
    problems.push(
      `${relative(process.cwd(), file)}:${line}:${column} image ${node.url} does not exist: ` +
        `add the file next to the page (or under public/ for /paths), or fix the path`,
    );
  });
  return problems;
}

/**
 * Checks the pages before Astro reads them, so that a wrong frontmatter field or a missing image
 * is reported at its file and line with the fix, instead of at line 0 or at a line of compiled
 * code. Any problem stops the build (and the dev server) before it starts.
 */
export function contentChecks(options: ContentChecksOptions): AstroIntegration {
  return {
    name: 'dk:content-checks',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const pages = listContentPages(options.contentDir);
        const slugs = new Set(pages.map((page) => page.slug));
        const problems: string[] = [];
        for (const { file } of pages) {
          const source = readFileSync(file, 'utf8');
          const shown = relative(process.cwd(), file);
          for (const problem of checkFrontmatter(source, slugs)) {
            problems.push(`${shown}:${problem.line}:${problem.column} ${problem.message}`);
          }
          problems.push(...checkImages(file, source, options.publicDir));
        }
        if (problems.length > 0) {
          throw new Error(`The content has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
        }
        logger.info(`checked the frontmatter and images of ${pages.length} pages`);
      },
    },
  };
}
