import { describe, expect, it } from 'vitest';
import { toNavItems, toNeighbours, toPageHref } from '../../src/lib/navigation.ts';

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
});
