import { describe, expect, test } from 'vitest';
import { toAssetShape } from '../../../src/node/asset-shape.ts';

const page = (head: string, body = ''): string =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('toAssetShape', () => {
  test('lists the files the markup fetches, sorted, with the link relation', () => {
    const html = page(
      '<link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/favicon.svg"><script type="module" src="/_astro/b.js"></script>',
      '<img src="/c.png" srcset="/c.png 1x, /c2.png 2x">',
    );
    expect(toAssetShape(html).split('\n')).toEqual([
      'img src /c.png',
      'img srcSet /c.png 1x, /c2.png 2x',
      'link href /_astro/a.css (stylesheet)',
      'link href /favicon.svg (icon)',
      'script src /_astro/b.js',
    ]);
  });

  test('is the same for pages that differ only in text, links and the canonical address', () => {
    const one = page('<link rel="canonical" href="https://x.example/a/">', '<a href="/b/">B</a><p>One</p>');
    const two = page('<link rel="canonical" href="https://x.example/c/">', '<a href="/d/">D</a><p>Two</p>');
    expect(toAssetShape(one)).toBe(toAssetShape(two));
    expect(toAssetShape(one)).toBe('');
  });

  test('tells pages apart by a custom element, whose script may fetch a chunk for it', () => {
    expect(toAssetShape(page('', '<dk-playground></dk-playground>'))).toBe('element dk-playground');
  });

  test('tells pages apart by the code of an inline script, not by a data block', () => {
    const run = (code: string): string => toAssetShape(page(`<script type="module">${code}</script>`));
    expect(run('import("/a.js")')).not.toBe(run('import("/b.js")'));
    expect(run('import("/a.js")')).toMatch(/^inline script [0-9a-f]{16}$/);
    const data = (json: string): string => toAssetShape(page(`<script type="application/json">${json}</script>`));
    expect(data('{"a":1}')).toBe('');
    expect(data('{"b":2}')).toBe('');
  });

  test('lists what inline CSS fetches, and no fragment reference of an SVG', () => {
    const html = page(
      '<style>@import "/x.css"; .a { background: url(\'/bg.png\') }</style>',
      '<svg><use href="#icon"></use></svg>',
    );
    expect(toAssetShape(html).split('\n')).toEqual(['style fetches /bg.png', 'style fetches /x.css']);
  });
});
