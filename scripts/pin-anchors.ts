/**
 * Pins an anchor in the source of every heading in content/ that has none, as
 * `{/* #id *\/}` at the end of the heading, with the id its current text gives.
 * Part of `npm run anchors`; run it after adding headings.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Heading } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { parseMdx } from '../src/lib/content/mdx.ts';
import { listContentPages } from '../src/node/content-pages.ts';
import { readPinnedId, toAnchorId, toPinnedIdComment } from '../src/lib/links/anchors.ts';

const CONTENT = join(import.meta.dirname, '../content');

let pinned = 0;
for (const { file: path } of listContentPages(CONTENT)) {
  const name = basename(path);
  let source = readFileSync(path, 'utf8');
  const headings: Heading[] = [];
  visit(parseMdx(source), 'heading', (heading) => {
    if (heading.depth >= 2) headings.push(heading);
  });
  const used = new Set(headings.map(readPinnedId).filter((id) => id !== undefined));
  const inserts: { offset: number; text: string }[] = [];
  for (const heading of headings) {
    if (readPinnedId(heading) !== undefined || heading.position?.end.offset === undefined) continue;
    const base = toAnchorId(toString(heading));
    let id = base;
    for (let n = 2; used.has(id); n += 1) id = `${base}-${n}`;
    used.add(id);
    inserts.push({ offset: heading.position.end.offset, text: ` ${toPinnedIdComment(id)}` });
    console.log(`content/${name}:${heading.position.start.line}  #${id}`);
  }
  for (const { offset, text } of inserts.reverse()) {
    source = source.slice(0, offset).trimEnd() + text + source.slice(offset);
  }
  if (inserts.length > 0) writeFileSync(path, source);
  pinned += inserts.length;
}
console.log(pinned === 0 ? 'Every heading already has a pinned anchor.' : `Pinned ${pinned} anchor(s).`);
