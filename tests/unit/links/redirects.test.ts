import { describe, expect, it } from 'vitest';
import { toAnchorRedirects } from '../../../src/lib/links/redirects.ts';

describe('toAnchorRedirects', () => {
  it("returns one page's retired anchors", () => {
    const declared = { pages: {}, anchors: { '/volume/#old': '/volume/#new', '/image/#x': '/image/#y' } };
    expect(toAnchorRedirects('/volume/', declared)).toEqual({ old: '/volume/#new' });
  });
});
