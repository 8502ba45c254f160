import { describe, expect, it } from 'vitest';
import { REFERENCE_ITEM, toNavItems, toNeighbours, toPageHref, toSiteNav } from '../../src/lib/navigation.ts';

describe('navigation', () => {
  const entries = [
    { id: 'volume', data: { title: 'Volumes and mounts', nav: 'Volume', order: 60 } },
    { id: 'index', data: { title: 'Docker concepts', nav: 'Overview', order: 0 } },
    { id: 'image', data: { title: 'Images', order: 40 } },
  ];

  it('orders pages and links them', () => {
    const items = toNavItems(entries);
    expect(items.map((item) => [item.href, item.label])).toEqual([
      ['/', 'Overview'],
      ['/image/', 'Images'],
      ['/volume/', 'Volume'],
    ]);
    expect(toNeighbours(items, 'image')).toEqual({ prev: items[0], next: items[2] });
    expect(toNeighbours(items, 'missing')).toEqual({ prev: undefined, next: undefined });
    expect(toPageHref('index')).toBe('/');
  });

  it('breaks ties in order by id, and keeps the title beside a short label', () => {
    const tied = [
      { id: 'network', data: { title: 'Networks', order: 50 } },
      { id: 'compose', data: { title: 'Compose', nav: 'Compose files', order: 50 } },
    ];
    expect(toNavItems(tied)).toEqual([
      { id: 'compose', href: '/compose/', label: 'Compose files', title: 'Compose' },
      { id: 'network', href: '/network/', label: 'Networks', title: 'Networks' },
    ]);
  });

  it('gives the first page no previous and the last no next, and ends the site nav with the reference', () => {
    const items = toNavItems(entries);
    expect(toNeighbours(items, 'index')).toEqual({ prev: undefined, next: items[1] });
    expect(toNeighbours(items, 'volume')).toEqual({ prev: items[1], next: undefined });
    expect(toSiteNav(entries).map((item) => item.href)).toEqual(['/', '/image/', '/volume/', '/reference/']);
    expect(REFERENCE_ITEM).toEqual({
      id: 'reference',
      href: '/reference/',
      label: 'CLI reference',
      title: 'Docker CLI reference',
    });
    expect(toPageHref('index-old')).toBe('/index-old/');
  });
});
