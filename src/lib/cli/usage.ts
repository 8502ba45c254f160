import type { Code, Heading, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { readPinnedId } from '../links/anchors.ts';
import type { CliIndex } from './data.ts';
import { parseMdx } from '../content/mdx.ts';
import { isShellLanguage } from '../shell/lines.ts';
import { readShellSnippet } from '../shell/snippet.ts';

/** A section of the site that uses a command in one of its snippets. */
export interface CommandUse {
  /** Page path with the section anchor: `/volume/#a-named-volume-step-by-step`. */
  href: string;
  /** Page title and section heading, for the link text. */
  page: string;
  section: string;
  /** The first command line in that section that runs the command, for an explained example. */
  example?: string;
}

/** A page to scan: its path, title and MDX source. */
export interface PageSource {
  path: string;
  title: string;
  source: string;
}

function readHeading(heading: Heading): { id: string; text: string } | undefined {
  const id = readPinnedId(heading);
  return id ? { id, text: toString({ ...heading, children: heading.children.slice(0, -1) }).trim() } : undefined;
}

/** The commands (canonical paths) a shell snippet runs, prompts and output left out, each with the first line that runs it. */
function toSnippetCommands(code: Code, cli: CliIndex): Map<string, string> {
  const paths = new Map<string, string>();
  for (const invocation of readShellSnippet(code.value, cli).invocations) {
    const first = invocation.words[0];
    const last = invocation.words.at(-1);
    // Stryker disable next-line ConditionalExpression,LogicalOperator,StringLiteral: an invocation always has a first and a last word; the check only satisfies the types
    const line = first && last ? code.value.slice(first.offset, last.offset + last.raw.length) : '';
    for (const part of invocation.parts) {
      if (part.kind === 'command' && part.command.path !== 'docker' && !paths.has(part.command.path))
        paths.set(part.command.path, line);
    }
  }
  return paths;
}

/**
 * Returns, for every command the site's snippets run, the sections that run it, in page order:
 * what the command reference links back to. Keys are canonical paths (`docker container run`).
 */
export function collectCommandUses(pages: readonly PageSource[], cli: CliIndex): Map<string, CommandUse[]> {
  const uses = new Map<string, CommandUse[]>();
  for (const page of pages) {
    let section: { id: string; text: string } | undefined;
    const visitNode = (content: RootContent): void => {
      if (content.type === 'heading') section = readHeading(content) ?? section;
      // Stryker disable next-line ConditionalExpression,StringLiteral: only code has a language, and a missing one is no shell's either way
      if (content.type === 'code' && isShellLanguage(content.lang ?? '')) {
        for (const [path, example] of toSnippetCommands(content, cli)) {
          const href = section ? `${page.path}#${section.id}` : page.path;
          const list = uses.get(path) ?? [];
          if (!list.some((use) => use.href === href)) {
            list.push({ href, page: page.title, section: section?.text ?? page.title, example });
          }
          uses.set(path, list);
        }
      }
      if ('children' in content) content.children.forEach((child) => visitNode(child));
    };
    parseMdx(page.source).children.forEach(visitNode);
  }
  return uses;
}
