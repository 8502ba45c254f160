import { describe, expect, test } from 'vitest';
import { toEditDistance, toNearest } from '../../../src/lib/search/nearest.ts';

describe('toEditDistance', () => {
  test.each([
    ['volume', 'volume', 0],
    ['volum', 'volume', 1],
    ['contianer', 'container', 1],
    ['netwrok', 'network', 1],
    ['abc', 'xyz', 3],
    ['', 'ab', 2],
  ])('%s → %s: %i', (a, b, distance) => expect(toEditDistance(a, b)).toBe(distance));
});

describe('toNearest', () => {
  const words = ['container', 'image', 'inspect', 'ls', 'network'];
  test.each([
    ['contianer', 'container'],
    ['imgae', 'image'],
    ['inspectt', 'inspect'],
    ['ls', 'ls'],
    ['lx', undefined],
    ['xyzzy', undefined],
    ['conatiner', 'container'],
  ])('%s → %s', (typed, nearest) => expect(toNearest(typed, words)).toBe(nearest));
});
