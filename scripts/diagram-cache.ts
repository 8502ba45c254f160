/**
 * Prunes cached diagram files that no diagram in content/ uses any more, then rewrites
 * content/.diagrams/diagrams.css without their rules (the listing is src/node/diagram-cache.ts).
 *
 * Usage: node scripts/diagram-cache.ts --prune
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE_DIR, listStaleCacheFiles } from '../src/node/diagram-cache.ts';
import { writeDiagramStylesheet } from '../src/node/diagram-store.ts';

if (process.argv.includes('--prune')) {
  for (const file of listStaleCacheFiles()) {
    rmSync(join(CACHE_DIR, file));
    console.log(`removed content/.diagrams/${file}`);
  }
  writeDiagramStylesheet(CACHE_DIR);
}
