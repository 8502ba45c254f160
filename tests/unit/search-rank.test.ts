import { describe, expect, test } from 'vitest';
import {
  toBestSection,
  toCoverage,
  toEngineQuery,
  toNamedAt,
  toPhraseRuns,
  toScoredSections,
} from '../../src/client/search-rank.ts';

const word = (weight = 1) => ({ balanced_score: 512 * weight * weight, weight });

describe('toEngineQuery', () => {
  test('drops comparison words', () => expect(toEngineQuery('cmd vs entrypoint')).toBe('cmd entrypoint'));
  test('keeps a query made only of them', () => expect(toEngineQuery('vs')).toBe('vs'));
});

describe('toPhraseRuns', () => {
  test('finds the query words in a row, ignoring case and punctuation', () => {
    const runs = toPhraseRuns('Run it: docker volume inspect named-db. Then docker volume ls', 'docker volume inspect');
    expect(runs.get(2)).toBe(3);
    expect(runs.get(7)).toBe(2);
  });
  test('has nothing for a one-word query', () => expect(toPhraseRuns('docker docker', 'docker').size).toBe(0));
});

describe('toBestSection', () => {
  const page = {
    content: 'Volumes intro volume. Inspecting run docker volume inspect here. Other volume volume volume',
    anchors: [
      { element: 'h2', location: 3 },
      { element: 'h2', location: 9 },
    ],
  };
  const sections = [
    { title: 'Volumes', url: '/volume/', weighted_locations: [word(7), word(), word()] },
    { title: 'Inspecting', url: '/volume/#inspecting', anchor: { location: 3 }, weighted_locations: [word()] },
    { title: 'Other', url: '/volume/#other', anchor: { location: 9 }, weighted_locations: [word(), word(), word()] },
  ];

  test('the section with the command in a row beats sections with more single words', () => {
    const best = toBestSection(toScoredSections(sections, page, 'docker volume inspect'));
    expect(best?.section.url).toBe('/volume/#inspecting');
  });

  test('the page title does not make the page top win', () => {
    const best = toBestSection(toScoredSections(sections, page, 'volume'));
    expect(best?.section.url).toBe('/volume/#other');
  });
});

describe('toCoverage', () => {
  const words = 'run it with docker exec in the running container then the logs'.split(' ');
  test.each([
    ['exec container', 0, 12, 1],
    ['exec container', 0, 4, 0],
    ['exec containers logs', 0, 6, 1 / 3],
    ['exec', 0, 1, 1],
    // A word of the text counts for a query word it starts with; filler words do not count.
    ['how to exec run', 3, 12, 1],
  ])('%s in words %i–%i: %f', (query, start, end, share) =>
    expect(toCoverage(words, start, end, query)).toBeCloseTo(share),
  );

  test('a section holding half the words asked scores a quarter', () => {
    const page = {
      content: 'Intro exec here. Listing docker exec container.',
      anchors: [{ element: 'h2', location: 3 }],
    };
    const sections = [
      { title: 'Intro', url: '/c/', weighted_locations: [word()] },
      { title: 'Listing', url: '/c/#listing', anchor: { location: 3 }, weighted_locations: [word()] },
    ];
    const [top, listing] = toScoredSections(sections, page, 'exec', 'exec container');
    expect(listing?.score).toBeCloseTo((top?.score ?? 0) * 4);
  });
});

describe('toNamedAt and the named section', () => {
  test('finds each name whole, word for word, wherever it starts', () => {
    const words = ['run', 'docker', 'network', 'connect', 'web', '--name', '--name-prefix', 'docker', 'network'];
    expect(toNamedAt(words, ['docker network connect'])).toEqual([1]);
    expect(toNamedAt(words, ['--name'])).toEqual([5]);
    expect(toNamedAt(words, ['docker network connect', '--name'])).toEqual([1, 5]);
    expect(toNamedAt(words, ['docker network rm', ''])).toEqual([]);
  });

  test('a section that shows the command a question asks for beats one that says its words more often', () => {
    const page = {
      content:
        'Networks intro. Names another network network network connect container. Isolation use docker network connect web to another',
      anchors: [
        { element: 'h2', location: 2 },
        { element: 'h2', location: 9 },
      ],
    };
    const sections = [
      {
        title: 'Names',
        url: '/network/#names',
        anchor: { location: 2 },
        weighted_locations: [word(), word(), word(), word()],
      },
      {
        title: 'Isolation',
        url: '/network/#isolation',
        anchor: { location: 9 },
        weighted_locations: [word(), word(), word()],
      },
    ];
    const query = 'connect network another';
    expect(toBestSection(toScoredSections(sections, page, query))?.section.title).toBe('Names');
    const named = toBestSection(toScoredSections(sections, page, query, query, ['docker network connect']));
    expect(named?.section.title).toBe('Isolation');
    expect(named?.named).toBe(true);
    expect(toScoredSections(sections, page, query, query, ['docker network connect'])[0]?.named).toBe(false);
    expect(named?.boost).toBeGreaterThan(toScoredSections(sections, page, query)[1]?.boost ?? Number.NaN);
  });
});
