import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIAGRAM_SCHEMES } from '../../src/lib/diagram-themes.ts';
import { CACHE_DIR, listContentDiagrams, listStaleCacheFiles } from '../../scripts/diagram-cache.ts';

// Parsing every page takes seconds on a busy 2-core machine; the assertions are unchanged.
describe('the committed diagram cache (content/.diagrams)', { timeout: 30_000 }, () => {
  it('has light and dark SVGs for every diagram, so a build needs no browser', () => {
    const keys = listContentDiagrams();
    const cached = new Set(readdirSync(CACHE_DIR));
    expect(keys.size).toBeGreaterThan(0);
    const missing = [...keys].flatMap(([key, where]) =>
      DIAGRAM_SCHEMES.filter((scheme) => !cached.has(`${key}.${scheme}.svg`)).map(
        (scheme) => `${where} (${key}.${scheme}.svg): build with Chromium installed, then commit content/.diagrams`,
      ),
    );
    expect(missing).toEqual([]);
  });

  it('keeps no stale SVG of a diagram that changed or was removed', () => {
    expect(listStaleCacheFiles(), 'run: npx node scripts/diagram-cache.ts --prune').toEqual([]);
  });
});
