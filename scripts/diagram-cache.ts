/**
 * Lists the Mermaid diagrams in content/ with their cache keys, and prunes cached files that no
 * diagram uses any more (then rewrites content/.diagrams/diagrams.css without their rules).
 *
 * Usage: node scripts/diagram-cache.ts --prune
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { toDiagramKey } from '../src/lib/diagrams/key.ts';
import { listContentDiagrams as listDiagrams } from '../src/node/content-diagrams.ts';
import { DIAGRAM_STYLESHEET, writeDiagramStylesheet } from '../src/node/diagram-store.ts';

export const CONTENT_DIR = join(import.meta.dirname, '../content');
export const CACHE_DIR = join(CONTENT_DIR, '.diagrams');

/** Returns each diagram's cache key with the place it is written, e.g. `content/volume.mdx:39`. */
export function listContentDiagrams(): Map<string, string> {
  return new Map(listDiagrams(CONTENT_DIR).map((diagram) => [toDiagramKey(diagram.source), diagram.where]));
}

/** Returns the cached files that belong to no diagram in content/. */
export function listStaleCacheFiles(): string[] {
  const keys = listContentDiagrams();
  return readdirSync(CACHE_DIR).filter(
    (file) => file !== DIAGRAM_STYLESHEET && /\.(svg|css)$/.test(file) && !keys.has(file.split('.')[0] ?? ''),
  );
}

if (process.argv.includes('--prune')) {
  for (const file of listStaleCacheFiles()) {
    rmSync(join(CACHE_DIR, file));
    console.log(`removed content/.diagrams/${file}`);
  }
  writeDiagramStylesheet(CACHE_DIR);
}
