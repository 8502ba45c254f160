import { describe, expect, it } from 'vitest';
import { toAnchorRedirects, toRedirects } from '../../../src/lib/links/redirects.ts';
import { REDIRECTS } from '../../../src/node/redirects.ts';

describe('toAnchorRedirects', () => {
  it("returns one page's retired anchors", () => {
    const declared = { pages: {}, anchors: { '/volume/#old': '/volume/#new', '/image/#x': '/image/#y' } };
    expect(toAnchorRedirects('/volume/', declared)).toEqual({ old: '/volume/#new' });
  });
});

describe('toRedirects', () => {
  it('reads the two maps and leaves the comment out', () => {
    expect(toRedirects({ $comment: 'why', pages: { '/a/': '/b/' }, anchors: {} }, 'r.json')).toEqual({
      pages: { '/a/': '/b/' },
      anchors: {},
    });
  });

  it('fails naming the file and the entry when the shape is wrong', () => {
    expect(() => toRedirects([], 'r.json')).toThrow('r.json: expected an object with "pages" and "anchors"');
    expect(() => toRedirects({ pages: {} }, 'r.json')).toThrow(
      'r.json: "anchors" must be an object of old path → new path',
    );
    expect(() => toRedirects({ pages: { '/a/': 3 }, anchors: {} }, 'r.json')).toThrow(
      'r.json: "pages" maps "/a/" to 3; both must be site paths starting with /',
    );
    expect(() => toRedirects({ pages: {}, anchors: { 'volume/#x': '/volume/' } }, 'r.json')).toThrow(
      'r.json: "anchors" maps "volume/#x" to "/volume/"',
    );
  });

  it('binds the committed file, in src/node/', () => {
    expect(REDIRECTS.pages['/volumes/']).toBe('/volume/');
    expect(Object.keys(REDIRECTS.anchors).length).toBeGreaterThan(0);
  });
});
