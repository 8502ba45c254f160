import { describe, expect, it } from 'vitest';
import {
  checkFenceMeta,
  hasMetaFlag,
  readFenceMeta,
  readMetaAttribute,
  readMetaWords,
} from '../../../src/lib/content/code-meta.ts';

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

describe('checkFenceMeta', () => {
  it('accepts the keys the build reads, quoted or bare', () => {
    expect(checkFenceMeta('title="compose.yaml"')).toEqual([]);
    expect(checkFenceMeta('legacy placeholder="DIGEST,TOKEN"')).toEqual([]);
    expect(checkFenceMeta("caption='Who talks to whom, in order.' id=run-pull variants=local,detached")).toEqual([]);
    expect(checkFenceMeta('')).toEqual([]);
  });

  it('names an unknown key with the nearest known one, at its offset', () => {
    expect(checkFenceMeta('legacy tilte="compose.yaml"')).toEqual([
      {
        message:
          'Unknown fence key "tilte". Did you mean title? A fence may carry title, caption, placeholder, legacy, simulate, id, variants.',
        offset: 7,
      },
    ]);
  });

  it('gives no guess when no key is near', () => {
    expect(checkFenceMeta('highlighted')[0]?.message).toBe(
      'Unknown fence key "highlighted". A fence may carry title, caption, placeholder, legacy, simulate, id, variants.',
    );
  });

  it('reads line ranges to mark, and says how to write a broken one', () => {
    expect(checkFenceMeta('title="compose.yaml" {2} {3-4,7}')).toEqual([]);
    expect(checkFenceMeta('{2-}')).toEqual([
      { message: 'Line range "{2-}" is not valid: write the lines to mark as {2} or {2-4,7}.', offset: 0 },
    ]);
  });

  it('keeps a quoted value with spaces as one word', () => {
    expect(readMetaWords('caption="a b=c d" legacy')).toEqual([
      { name: 'caption', hasValue: true, offset: 0 },
      { name: 'legacy', hasValue: false, offset: 18 },
    ]);
  });

  it('says how to write a flag given a value, and a value key given none', () => {
    expect(checkFenceMeta('legacy=yes')).toEqual([
      { message: 'Fence key "legacy" takes no value: write it alone, as `legacy`.', offset: 0 },
    ]);
    expect(checkFenceMeta('bash title')).toEqual([
      {
        message:
          'Unknown fence key "bash". A fence may carry title, caption, placeholder, legacy, simulate, id, variants.',
        offset: 0,
      },
      { message: 'Fence key "title" needs a value: write title="…".', offset: 5 },
    ]);
  });
});

describe('readFenceMeta', () => {
  it("reads the meta Shiki hands a transformer, and '' for a fence without one", () => {
    expect(readFenceMeta({ meta: { __raw: 'title="compose.yaml" legacy' } })).toBe('title="compose.yaml" legacy');
    expect(readFenceMeta({ meta: {} })).toBe('');
    expect(readFenceMeta({})).toBe('');
  });
});
