import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { fromHtml } from 'hast-util-from-html';
import type { Link, Root } from 'mdast';
import type {} from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { parseMdx } from '../lib/mdx-parser.ts';
import { checkLink } from '../lib/link-check.ts';
import { readPageFacts, type PageFacts } from '../lib/page-facts.ts';
import { REDIRECTS } from '../lib/redirects.ts';
import { CLI } from '../lib/docker-cli.ts';
import { toRetiredAnchors } from '../lib/reference-urls.ts';

export interface SiteChecksOptions {
  /** Folder of the MDX sources, whose links are reported with their file and line. */
  contentDir: string;
  /** The committed list of published `page#anchor`s. */
  manifestPath: string;
  /** Add new anchors to the manifest instead of failing on them (`npm run anchors`). */
  updateManifest: boolean;
}

/** Reads every built page into facts, keyed by its path (`/volume/`). */
function readBuiltPages(dist: string): Map<string, PageFacts> {
  const pages = new Map<string, PageFacts>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== '_astro' && name !== 'pagefind') walk(path);
      } else if (name === 'index.html') {
        const html = readFileSync(path, 'utf8');
        // Redirect pages Astro writes for src/data/redirects.json are not pages of their own.
        if (/http-equiv="refresh"/i.test(html)) continue;
        const route = relative(dist, dir).split(sep).join('/');
        pages.set(route ? `/${route}/` : '/', readPageFacts(fromHtml(html)));
      }
    }
  };
  walk(dist);
  return pages;
}

/** Returns the links written in one MDX source, with their lines: Markdown links and JSX `<a href>`. */
function readSourceLinks(tree: Root): { href: string; line: number; column: number }[] {
  const links: { href: string; line: number; column: number }[] = [];
  const at = (node: { position?: { start: { line: number; column: number } } | undefined }) => ({
    line: node.position?.start.line ?? 0,
    column: node.position?.start.column ?? 0,
  });
  visit(tree, (node) => {
    if (node.type === 'link') links.push({ href: (node as Link).url, ...at(node) });
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'a') {
      const href = node.attributes.find(
        (attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'href',
      );
      if (href && typeof href.value === 'string') links.push({ href: href.value, ...at(node) });
    }
  });
  return links;
}

/**
 * Checks that no published anchor disappeared without a redirect, declared in redirects.json or
 * derived (the retired single reference page's anchors); returns the problems and the new anchors.
 */
function checkManifest(
  pages: ReadonlyMap<string, PageFacts>,
  published: readonly string[],
  derived: Readonly<Record<string, string>>,
) {
  const current = new Set([...pages].flatMap(([path, facts]) => facts.anchors.map((id) => `${path}#${id}`)));
  const problems: string[] = [];
  for (const anchor of published) {
    if (current.has(anchor)) continue;
    const [page = '', id = ''] = anchor.split('#');
    const target =
      REDIRECTS.anchors[anchor] ??
      derived[anchor] ??
      (REDIRECTS.pages[page] ? `${REDIRECTS.pages[page]}#${id}` : undefined);
    if (!target) {
      problems.push(
        `${anchor} was published and is gone. Put {/* #${id} */} back on the heading it belonged to, ` +
          `or declare where it moved in src/data/redirects.json under "anchors".`,
      );
    } else if (!current.has(target) && !pages.get(target.split('#')[0] ?? '')?.ids.has(target.split('#')[1] ?? '')) {
      problems.push(`${anchor} redirects to ${target}, which does not exist: point it at an anchor that does.`);
    }
  }
  const added = [...current].filter((anchor) => !published.includes(anchor));
  return { problems, added };
}

/**
 * Checks the built site before it is published: every internal link and anchor (reported at the
 * file and line of the MDX source that holds it), declared redirects, and the anchor contract
 * (no published anchor may disappear). Any problem fails the build.
 */
export function siteChecks(options: SiteChecksOptions): AstroIntegration {
  return {
    name: 'dk:site-checks',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const pages = readBuiltPages(dist);
        const problems: string[] = [];
        // Links already reported at their MDX line, so the built-page pass does not repeat them.
        const reported = new Set<string>();

        for (const name of readdirSync(options.contentDir).filter((file) => file.endsWith('.mdx'))) {
          const slug = name.replace(/\.mdx$/, '');
          const from = slug === 'index' ? '/' : `/${slug}/`;
          const file = join(options.contentDir, name);
          for (const link of readSourceLinks(parseMdx(readFileSync(file, 'utf8')))) {
            const problem = checkLink(link.href, from, pages);
            if (!problem) continue;
            problems.push(`${relative(process.cwd(), file)}:${link.line}:${link.column} link ${link.href}: ${problem}`);
            reported.add(`${from} ${link.href}`);
          }
        }
        // Links the layouts and diagrams add: reported by page, since they have no MDX line.
        for (const [path, facts] of pages) {
          for (const href of new Set(facts.hrefs)) {
            const problem = reported.has(`${path} ${href}`) ? undefined : checkLink(href, path, pages);
            if (problem) problems.push(`${path} (built page) link ${href}: ${problem}`);
          }
        }
        for (const [from, to] of Object.entries(REDIRECTS.pages)) {
          if (pages.has(from))
            problems.push(`src/data/redirects.json: ${from} redirects to ${to}, but a page still lives at ${from}`);
          if (!pages.has(to))
            problems.push(`src/data/redirects.json: ${from} redirects to ${to}, which does not exist`);
        }

        for (const [from, to] of Object.entries(REDIRECTS.anchors)) {
          const problem = checkLink(to, '/', pages);
          if (problem) problems.push(`src/data/redirects.json: anchor ${from} redirects to ${to}: ${problem}`);
        }
        // Every anchor of the single reference page this site had leads to the entry's own page now.
        const retired = toRetiredAnchors(CLI.commands);
        for (const [from, to] of Object.entries(retired)) {
          const problem = checkLink(to, '/', pages);
          if (problem) problems.push(`retired reference anchor ${from} should lead to ${to}: ${problem}`);
        }

        const published: string[] = existsSync(options.manifestPath)
          ? (JSON.parse(readFileSync(options.manifestPath, 'utf8')) as { anchors: string[] }).anchors
          : [];
        const manifest = checkManifest(pages, published, retired);
        problems.push(...manifest.problems);
        if (manifest.added.length > 0) {
          if (options.updateManifest) {
            const anchors = [...published, ...manifest.added].sort();
            writeFileSync(options.manifestPath, `${JSON.stringify({ anchors }, null, 2)}\n`);
            logger.info(`added ${manifest.added.length} anchor(s) to ${relative(process.cwd(), options.manifestPath)}`);
          } else {
            problems.push(
              `${manifest.added.length} new anchor(s) are not in ${relative(process.cwd(), options.manifestPath)} ` +
                `(${manifest.added.slice(0, 5).join(', ')}${manifest.added.length > 5 ? ', …' : ''}): ` +
                'run `npm run anchors` and commit the manifest.',
            );
          }
        }

        if (problems.length > 0) {
          throw new Error(`The built site has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
        }
        logger.info(`checked links and anchors of ${pages.size} pages`);
      },
    },
  };
}
