/**
 * Lists the Mermaid diagrams in content/ with their cache keys, and prunes cached SVGs that no
 * diagram uses any more.
 *
 * Usage: npx node scripts/diagram-cache.ts --prune
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Code } from 'mdast';
import { visit } from 'unist-util-visit';
import { parseMdx } from '../src/lib/content/mdx.ts';
import { listContentPages } from '../src/node/content-pages.ts';
import { toDiagramKey } from '../src/lib/diagram-key.ts';
import { expandImageTokens, toExampleImages } from '../src/lib/content/example-images.ts';
import exampleImages from '../src/data/example-images.json' with { type: 'json' };
import { toRunTraces } from '../src/lib/traces/run-trace.ts';
import { toTraceStepThrough } from '../src/lib/traces/step-through.ts';
import { readMetaAttribute } from '../src/lib/content/code-meta.ts';
import runTraces from '../src/data/traces/docker-run.json' with { type: 'json' };

export const CONTENT_DIR = join(import.meta.dirname, '../content');
export const CACHE_DIR = join(CONTENT_DIR, '.diagrams');

/** Returns each diagram's cache key with the place it is written, e.g. `content/volume.mdx:39`. */
export function listContentDiagrams(): Map<string, string> {
  const keys = new Map<string, string>();
  const images = toExampleImages(exampleImages);
  for (const { file } of listContentPages(CONTENT_DIR)) {
    const name = basename(file);
    const tree = parseMdx(readFileSync(file, 'utf8'));
    visit(tree, 'code', (node: Code) => {
      // The build renders the diagram after {{image:NAME}} is expanded, so its key is of that text.
      // A step-through's diagram is generated from the recorded trace at build time.
      if (node.lang === 'docker-run-trace') {
        const meta = node.meta ?? '';
        const model = toTraceStepThrough(toRunTraces(runTraces), {
          id: readMetaAttribute(meta, 'id'),
          variants: readMetaAttribute(meta, 'variants'),
          caption: readMetaAttribute(meta, 'caption'),
        });
        if (typeof model !== 'string')
          keys.set(toDiagramKey(model.diagram), `content/${name}:${node.position?.start.line}`);
        return;
      }
      if (node.lang !== 'mermaid') return;
      keys.set(
        toDiagramKey(expandImageTokens(node.value, images).text),
        `content/${name}:${node.position?.start.line}`,
      );
    });
  }
  return keys;
}

/** Returns the cached SVG files that belong to no diagram in content/. */
export function listStaleCacheFiles(): string[] {
  const keys = listContentDiagrams();
  return readdirSync(CACHE_DIR).filter((file) => file.endsWith('.svg') && !keys.has(file.split('.')[0] ?? ''));
}

if (process.argv.includes('--prune')) {
  for (const file of listStaleCacheFiles()) {
    rmSync(join(CACHE_DIR, file));
    console.log(`removed content/.diagrams/${file}`);
  }
}
