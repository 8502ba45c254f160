// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { toHighlightUrl } from '../../../src/client/search-url.ts';

describe('toHighlightUrl', () => {
  it('adds each searched term as typed, keeping the anchor last', () => {
    expect(toHighlightUrl('/volume/#volumes', 'named-db')).toBe('/volume/?highlight=named-db#volumes');
    expect(toHighlightUrl('/compose/', '  compose.yaml   ports ')).toBe(
      '/compose/?highlight=compose.yaml&highlight=ports',
    );
  });

  it('keeps a same-origin path and drops nothing of an existing query', () => {
    expect(toHighlightUrl(`${location.origin}/image/?x=1#layers`, 'layer')).toBe('/image/?x=1&highlight=layer#layers');
  });
});
