import { describe, expect, it } from 'vitest';
import { hasMetaFlag, readMetaAttribute } from '../../../src/lib/content/code-meta.ts';

describe('readMetaAttribute', () => {
  it('reads double-quoted, single-quoted and bare values', () => {
    expect(readMetaAttribute('title="compose.yaml" {2}', 'title')).toBe('compose.yaml');
    expect(readMetaAttribute("caption='A, b.'", 'caption')).toBe('A, b.');
    expect(readMetaAttribute('title=Dockerfile', 'title')).toBe('Dockerfile');
  });

  it('does not read an attribute whose name only ends the same', () => {
    expect(readMetaAttribute('subtitle="x"', 'title')).toBeUndefined();
  });

  it('finds bare flags', () => {
    expect(hasMetaFlag('legacy title="x"', 'legacy')).toBe(true);
    expect(hasMetaFlag('legacyish', 'legacy')).toBe(false);
  });
});
