import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Code } from 'mdast';
import { visit } from 'unist-util-visit';
import { expandImageTokens, toExampleImages } from '../lib/content/example-images.ts';
import { parseMdx } from '../lib/content/mdx.ts';
import { toRunTraces } from '../lib/traces/run-trace.ts';
import { toFenceStepThrough } from '../lib/traces/step-through.ts';
import exampleImages from '../data/example-images.json' with { type: 'json' };
import runTraces from '../data/traces/docker-run.json' with { type: 'json' };
import { listContentPages } from './content-pages.ts';

/** A Mermaid diagram written in a page, as the build renders it. */
export interface ContentDiagram {
  /** The fence's text after `{{image:NAME}}` is expanded, which is what the build renders. */
  source: string;
  /** Where it is written, e.g. `content/volume.mdx:39`. */
  where: string;
}

/**
 * Returns every Mermaid diagram in the MDX pages of a folder, in file order: the ```mermaid
 * fences, and the sequence diagram each ```docker-run-trace step-through generates from the
 * recorded trace.
 */
export function listContentDiagrams(contentDir: string): ContentDiagram[] {
  const diagrams: ContentDiagram[] = [];
  const images = toExampleImages(exampleImages);
  const traces = toRunTraces(runTraces);
  for (const { file } of listContentPages(contentDir).toSorted((a, b) => a.file.localeCompare(b.file))) {
    const tree = parseMdx(readFileSync(file, 'utf8'));
    const where = (node: Code): string => `content/${basename(file)}:${node.position?.start.line}`;
    visit(tree, 'code', (node: Code) => {
      if (node.lang === 'docker-run-trace') {
        const model = toFenceStepThrough(traces, node.meta ?? '');
        if (typeof model !== 'string') diagrams.push({ source: model.diagram, where: where(node) });
        return;
      }
      if (node.lang !== 'mermaid') return;
      diagrams.push({ source: expandImageTokens(node.value, images).text, where: where(node) });
    });
  }
  return diagrams;
}
