import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { toDiagramKey } from './diagram-key.ts';
import { listContentDiagrams } from './content-diagrams.ts';
import { DIAGRAM_STYLESHEET, isSharedRulesFile, toCachedDiagramType } from './diagram-store.ts';

/** The site's pages. */
export const CONTENT_DIR = join(import.meta.dirname, '../../content');
/** The committed diagram cache: each diagram's SVG and CSS, the shared rules and their union. */
export const CACHE_DIR = join(CONTENT_DIR, '.diagrams');

/** Returns the cache key of each diagram in content/ with the place it is written, e.g. `content/volume.mdx:39`. */
export function listContentDiagramKeys(): Map<string, string> {
  return new Map(listContentDiagrams(CONTENT_DIR).map((diagram) => [toDiagramKey(diagram.source), diagram.where]));
}

/** Returns the cached files that belong to no diagram in content/, and the shared rules of a type no diagram has. */
export function listStaleCacheFiles(): string[] {
  const keys = listContentDiagramKeys();
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
