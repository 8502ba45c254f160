import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { checkLink, isExternalHref } from '../../../src/lib/links/link-check.ts';
import { readPageFacts } from '../../../src/lib/links/page-facts.ts';

const volume = readPageFacts(
  fromHtml(
    '<header id="top"></header><main id="main"><h2 id="dk-toc-title">On this page</h2>' +
      '<h2 id="inspecting-a-volume">Inspecting</h2><h3 id="mountpoint">Mountpoint</h3>' +
      '<dt id="docker-run--volume" data-anchor>-v</dt><a href="/image/">image</a></main>',
  ),
);
const pages = new Map([
  ['/', readPageFacts(fromHtml('<main><h2 id="concept-map">Map</h2></main>'))],
  ['/volume/', volume],
  ['/image/', readPageFacts(fromHtml('<main><h2 id="layers">Layers</h2></main>'))],
]);

describe('readPageFacts', () => {
  it('lists public anchors in order, without layout ids, and every id and link', () => {
    expect(volume.anchors).toEqual(['inspecting-a-volume', 'mountpoint', 'docker-run--volume']);
    expect(volume.ids.has('top')).toBe(true);
    expect(volume.hrefs).toEqual(['/image/']);
  });
});

describe('checkLink', () => {
  it('accepts pages, anchors, same-page fragments and external links', () => {
    expect(checkLink('/volume/#mountpoint', '/', pages)).toBeUndefined();
    expect(checkLink('#inspecting-a-volume', '/volume/', pages)).toBeUndefined();
    expect(checkLink('https://docs.docker.com/', '/', pages)).toBeUndefined();
    expect(checkLink('/', '/volume/', pages)).toBeUndefined();
  });

  it('names the missing page and the nearest one', () => {
    expect(checkLink('/volum/', '/', pages)).toBe('no page at /volum/; did you mean /volume/?');
  });

  it('names the missing anchor and the nearest ones', () => {
    expect(checkLink('/volume/#mount-point', '/', pages)).toBe(
      'no anchor #mount-point on /volume/; did you mean #mountpoint?',
    );
    expect(checkLink('/image/#zzz', '/', pages)).toBe('no anchor #zzz on /image/; its anchors are #layers');
  });

  it('asks for the trailing slash the site publishes', () => {
    expect(checkLink('/volume', '/', pages)).toBe('write /volume/ with a trailing slash, the form the site publishes');
  });
});

describe('checkLink messages', () => {
  const two = new Map([
    ['/net/', readPageFacts(fromHtml('<main><h2 id="alias">A</h2><h2 id="aliases">B</h2></main>'))],
    ['/nets/', readPageFacts(fromHtml('<main><h2 id="x">X</h2><h2 id="y">Y</h2></main>'))],
  ]);

  it('joins several suggestions with "or", and lists every anchor when none is near', () => {
    expect(checkLink('/net/#aliasez', '/', two)).toBe('no anchor #aliasez on /net/; did you mean #aliases or #alias?');
    expect(checkLink('/nets/#zzzz', '/', two)).toBe('no anchor #zzzz on /nets/; its anchors are #x, #y');
    expect(checkLink('/ne/', '/', two)).toBe('no page at /ne/; did you mean /net/ or /nets/?');
  });

  it('names no page when none is near, and does not check links that leave the site', () => {
    expect(checkLink('/completely-elsewhere/', '/', two)).toBe('no page at /completely-elsewhere/');
    expect(checkLink('https://example.com/nowhere', '/', two)).toBeUndefined();
  });
});

describe('isExternalHref', () => {
  it('knows links that leave the site by their scheme or a leading //', () => {
    expect(isExternalHref('https://docs.docker.com/')).toBe(true);
    expect(isExternalHref('mailto:a@b.c')).toBe(true);
    expect(isExternalHref('//cdn.example/x.js')).toBe(true);
    expect(isExternalHref('/volume/#top')).toBe(false);
    expect(isExternalHref('#top')).toBe(false);
    expect(isExternalHref('image.png')).toBe(false);
  });
});
