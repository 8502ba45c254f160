import { describe, expect, it } from 'vitest';
import { toRedirectMap } from '../../../src/lib/links/redirect-map.ts';

describe('toRedirectMap', () => {
  it('reads the retired anchors of a page', () => {
    expect(toRedirectMap('{"named-volume":"/volume/#a-named-volume"}')).toEqual({
      'named-volume': '/volume/#a-named-volume',
    });
  });

  it('gives no redirects for broken or foreign JSON, and drops values that are not strings', () => {
    expect(toRedirectMap('{')).toEqual({});
    expect(toRedirectMap('null')).toEqual({});
    expect(toRedirectMap('["/volume/"]')).toEqual({});
    expect(toRedirectMap('{"a":"/x/","b":3,"c":null}')).toEqual({ a: '/x/' });
  });
});
