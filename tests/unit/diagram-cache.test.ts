import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIAGRAM_STYLESHEET, toCachedStylesheet } from '../../src/node/diagram-store.ts';
import { CACHE_DIR, listContentDiagramKeys, listStaleCacheFiles } from '../../src/node/diagram-cache.ts';

// Parsing every page takes seconds on a busy 2-core machine; the assertions are unchanged.
describe('the committed diagram cache (content/.diagrams)', { timeout: 30_000 }, () => {
  it('has the SVG and the CSS rules of every diagram, so a build needs no browser', () => {
    const keys = listContentDiagramKeys();
    const cached = new Set(readdirSync(CACHE_DIR));
    expect(keys.size).toBeGreaterThan(0);
    const missing = [...keys].flatMap(([key, where]) =>
      [`${key}.svg`, `${key}.css`]
        .filter((name) => !cached.has(name))
        .map((name) => `${where} (${name}): build with Chromium installed, then commit content/.diagrams`),
    );
    expect(missing).toEqual([]);
  });

  it('keeps no stale file of a diagram that changed or was removed', () => {
    expect(listStaleCacheFiles(), 'run: npm run diagrams:prune').toEqual([]);
  });

  it("has a diagrams.css that merges exactly the cached diagrams' rules", () => {
    const committed = readFileSync(join(CACHE_DIR, DIAGRAM_STYLESHEET), 'utf8');
    expect(committed, 'run: npm run diagrams:prune (it rewrites diagrams.css)').toBe(toCachedStylesheet(CACHE_DIR));
  });

  it('sends each diagram once: no cached SVG carries a style element or attribute', () => {
    const inline = readdirSync(CACHE_DIR)
      .filter((name) => name.endsWith('.svg'))
      .filter((name) => /<style|\sstyle=/.test(readFileSync(join(CACHE_DIR, name), 'utf8')));
    expect(inline).toEqual([]);
  });
});
