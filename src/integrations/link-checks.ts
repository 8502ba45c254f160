import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { Root } from 'mdast';
import type {} from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { parseMdx } from '../lib/content/mdx.ts';
import { checkLink } from '../lib/links/link-check.ts';
import type { PageFacts } from '../lib/links/page-facts.ts';
import { REDIRECTS } from '../node/redirects.ts';
import { builtSiteCheck } from './built-site-check.ts';
import { listContentPages } from '../node/content-pages.ts';
import { RETIRED_REFERENCE_ANCHORS } from '../node/reference-links.ts';

export interface LinkChecksOptions {
  /** Folder of the MDX sources, whose links are reported with their file and line. */
  contentDir: string;
}

/** A link written in an MDX source, at its line. */
interface SourceLink {
  href: string;
  line: number;
  column: number;
}

/** Returns the links written in one MDX source, with their lines: Markdown links and JSX `<a href>`. */
function readSourceLinks(tree: Root): SourceLink[] {
  const links: SourceLink[] = [];
  const at = (node: { position?: { start: { line: number; column: number } } | undefined }) => ({
    line: node.position?.start.line ?? 0,
    column: node.position?.start.column ?? 0,
  });
  visit(tree, (node) => {
    if (node.type === 'link') links.push({ href: node.url, ...at(node) });
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'a') {
      const href = node.attributes.find(
        (attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'href',
      );
      if (href && typeof href.value === 'string') links.push({ href: href.value, ...at(node) });
    }
  });
  return links;
}

/** Returns the problems of the declared redirects: a retired path still built, or a target that does not exist. */
function checkRedirects(pages: ReadonlyMap<string, PageFacts>): string[] {
  const problems: string[] = [];
  for (const [from, to] of Object.entries(REDIRECTS.pages)) {
    if (pages.has(from))
      problems.push(`src/data/redirects.json: ${from} redirects to ${to}, but a page still lives at ${from}`);
    if (!pages.has(to)) problems.push(`src/data/redirects.json: ${from} redirects to ${to}, which does not exist`);
  }
  for (const [from, to] of Object.entries(REDIRECTS.anchors)) {
    const problem = checkLink(to, '/', pages);
    if (problem) problems.push(`src/data/redirects.json: anchor ${from} redirects to ${to}: ${problem}`);
  }
  // Every anchor of the single reference page this site had leads to the entry's own page now.
  for (const [from, to] of Object.entries(RETIRED_REFERENCE_ANCHORS)) {
    const problem = checkLink(to, '/', pages);
    if (problem) problems.push(`retired reference anchor ${from} should lead to ${to}: ${problem}`);
  }
  return problems;
}

/**
 * Checks the built site's links before it is published: every internal link and anchor
 * (reported at the file and line of the MDX source that holds it, or by built page for the links
 * layouts add) and the declared redirects. Any problem fails the build.
 */
export function linkChecks(options: LinkChecksOptions): AstroIntegration {
  return builtSiteCheck('dk:link-checks', 'links and redirects', (pages) => {
    const problems: string[] = [];
    // Links already reported at their MDX line, so the built-page pass does not repeat them.
    const reported = new Set<string>();
    for (const page of listContentPages(options.contentDir)) {
      for (const link of readSourceLinks(parseMdx(readFileSync(page.file, 'utf8')))) {
        const problem = checkLink(link.href, page.href, pages);
        if (!problem) continue;
        problems.push(
          `${relative(process.cwd(), page.file)}:${link.line}:${link.column} link ${link.href}: ${problem}`,
        );
        reported.add(`${page.href} ${link.href}`);
      }
    }
    // Links the layouts and diagrams add: reported by page, since they have no MDX line.
    for (const [path, facts] of pages) {
      for (const href of new Set(facts.hrefs)) {
        const problem = reported.has(`${path} ${href}`) ? undefined : checkLink(href, path, pages);
        if (problem) problems.push(`${path} (built page) link ${href}: ${problem}`);
      }
    }
    problems.push(...checkRedirects(pages));
    return problems;
  });
}
