import { describe, expect, test } from 'vitest';
import { toNearest } from '../../../src/lib/search/nearest.ts';

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
