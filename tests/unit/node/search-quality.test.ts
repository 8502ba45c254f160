import { describe, expect, it } from 'vitest';
import { QUERY_SETS, readGoldenSet, toQuality } from '../../../src/node/search-quality.ts';

describe('toQuality', () => {
  it('scores the rank of the first accepted section, and counts one past the list as a miss', () => {
    const queries = [
      { query: 'a', accepted: ['/a/#x'] },
      { query: 'b', accepted: ['/b/#y', '/b/#z'] },
      { query: 'c', accepted: ['/c/'] },
      { query: 'd', accepted: ['/d/'] },
    ];
    const ranked = [['/a/#x'], ['/q/', '/r/', '/b/#z'], ['/q/', '/r/', '/s/', '/c/'], []];
    expect(toQuality(queries, ranked)).toEqual({
      count: 4,
      rank1: 0.25,
      top3: 0.5,
      mrr: (1 + 1 / 3 + 1 / 4) / 4,
      misses: [
        { query: 'b', rank: 3, got: ['/q/', '/r/', '/b/#z'] },
        { query: 'c', rank: 4, got: ['/q/', '/r/', '/s/'] },
        { query: 'd', rank: 0, got: [] },
      ],
    });
  });
});

describe('readGoldenSet', () => {
  it('reads every query set, each query with at least one accepted section', () => {
    for (const file of QUERY_SETS) {
      const queries = readGoldenSet(file);
      expect(queries.length, file).toBeGreaterThan(20);
      expect(
        queries.filter((query) => query.accepted.length === 0 || !query.query.trim()),
        file,
      ).toEqual([]);
    }
  });
});
