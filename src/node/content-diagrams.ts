import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Code } from 'mdast';
import { visit } from 'unist-util-visit';
import { parseMdx } from '../lib/mdx-parser.ts';
import { expandImageTokens, toExampleImages } from '../lib/example-images.ts';
import exampleImages from '../data/example-images.json' with { type: 'json' };

/** A Mermaid diagram written in a page, as the build renders it. */
export interface ContentDiagram {
  /** The fence's text after `{{image:NAME}}` is expanded, which is what the build renders. */
  source: string;
  /** Where it is written, e.g. `content/volume.mdx:39`. */
  where: string;
}

/** Returns every Mermaid diagram in the MDX pages of a folder, in file order. */
export function listContentDiagrams(contentDir: string): ContentDiagram[] {
  const diagrams: ContentDiagram[] = [];
  const images = toExampleImages(exampleImages);
  for (const name of readdirSync(contentDir)
    .filter((file) => file.endsWith('.mdx'))
    .toSorted()) {
    const tree = parseMdx(readFileSync(join(contentDir, name), 'utf8'));
    visit(tree, 'code', (node: Code) => {
      if (node.lang !== 'mermaid') return;
      diagrams.push({
        source: expandImageTokens(node.value, images).text,
        where: `content/${name}:${node.position?.start.line}`,
      });
    });
  }
  return diagrams;
}
