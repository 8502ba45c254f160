import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { APIRoute } from 'astro';
import { CLI_DATA } from '../node/cli-data.ts';
import { listContentPages } from '../node/content-pages.ts';
import { toSearchVocabulary } from '../lib/search/vocabulary.ts';

/**
 * Search's vocabulary beyond Pagefind's index (src/lib/search/vocabulary.ts), fetched with
 * Pagefind on first use. An error or question declared on two pages fails the build here,
 * the one place that sees every page, at `file:line`.
 */
export const GET: APIRoute = () => {
  const root = process.cwd();
  const pages = listContentPages(join(root, 'content')).map((page) => {
    const source = readFileSync(page.file, 'utf8');
    // The frontmatter's title line; the content collection has validated it by now.
    const title = /^title:\s*['"]?(.*?)['"]?\s*$/m.exec(source)?.[1] ?? page.slug;
    return { file: relative(root, page.file), slug: page.slug, title, source };
  });
  const { vocabulary, problems } = toSearchVocabulary(CLI_DATA, pages);
  if (problems.length > 0) {
    throw new Error(problems.map((problem) => `${problem.file}:${problem.line}: ${problem.message}`).join('\n'));
  }
  return new Response(JSON.stringify(vocabulary), { headers: { 'Content-Type': 'application/json' } });
};
