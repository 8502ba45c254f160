/**
 * Lists the Mermaid diagrams in content/ with their cache keys, and prunes cached files that no
 * diagram uses any more (then rewrites content/.diagrams/diagrams.css without their rules).
 *
 * Usage: node scripts/diagram-cache.ts --prune
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { toDiagramKey } from '../src/lib/diagrams/key.ts';
import { listContentDiagrams as listDiagrams } from '../src/node/content-diagrams.ts';
import {
  DIAGRAM_STYLESHEET,
  isSharedRulesFile,
  toCachedDiagramType,
  writeDiagramStylesheet,
} from '../src/node/diagram-store.ts';

export const CONTENT_DIR = join(import.meta.dirname, '../content');
export const CACHE_DIR = join(CONTENT_DIR, '.diagrams');

/** Returns each diagram's cache key with the place it is written, e.g. `content/volume.mdx:39`. */
export function listContentDiagrams(): Map<string, string> {
  return new Map(listDiagrams(CONTENT_DIR).map((diagram) => [toDiagramKey(diagram.source), diagram.where]));
}

/** Returns the cached files that belong to no diagram in content/, and the shared rules of a type no diagram has. */
export function listStaleCacheFiles(): string[] {
  const keys = listContentDiagrams();
  const files = readdirSync(CACHE_DIR);
  const types = new Set(
    files
      .filter((file) => file.endsWith('.svg') && keys.has(file.split('.')[0] ?? ''))
      .map((file) => `mermaid-${toCachedDiagramType(readFileSync(join(CACHE_DIR, file), 'utf8')) ?? ''}.css`),
  );
  return files.filter((file) => {
    if (file === DIAGRAM_STYLESHEET || !/\.(svg|css)$/.test(file)) return false;
    if (isSharedRulesFile(file)) return !types.has(file);
    return !keys.has(file.split('.')[0] ?? '');
  });
}

if (process.argv.includes('--prune')) {
  for (const file of listStaleCacheFiles()) {
    rmSync(join(CACHE_DIR, file));
    console.log(`removed content/.diagrams/${file}`);
  }
  writeDiagramStylesheet(CACHE_DIR);
}
