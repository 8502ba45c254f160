import { describe, expect, it } from 'vitest';
import { toEllipsis, toHumanDuration, toTable } from '../../../src/lib/engine/format.ts';
import { compareNatural } from '../../../src/lib/engine/natural-order.ts';

/** The CLI's output formats: go-units HumanDuration, its tabwriter tables and Ellipsis. */

const MINUTE = 60;
const HOUR = 3600;
const DAY = 24 * HOUR;

describe('toHumanDuration, as go-units words an age', () => {
  it.each([
    [0, 'Less than a second'],
    [1, '1 second'],
    [2, '2 seconds'],
    [59, '59 seconds'],
    [MINUTE, 'About a minute'],
    // Whole minutes: 1 min 59 s is still about a minute.
    [2 * MINUTE - 1, 'About a minute'],
    [2 * MINUTE, '2 minutes'],
    [HOUR - 1, '59 minutes'],
    // Hours are rounded: 1 h 29 min is about an hour, 1 h 30 min two hours.
    [HOUR, 'About an hour'],
    [HOUR + 29 * MINUTE, 'About an hour'],
    [HOUR + 30 * MINUTE, '2 hours'],
    [47 * HOUR, '47 hours'],
    [48 * HOUR, '2 days'],
    // Whole days of the rounded hours.
    [14 * DAY - HOUR, '13 days'],
    [14 * DAY, '2 weeks'],
    [60 * DAY - HOUR, '8 weeks'],
    [60 * DAY, '2 months'],
    [729 * DAY, '24 months'],
    [730 * DAY, '2 years'],
    [1100 * DAY, '3 years'],
  ])('%i seconds: %s', (seconds, words) => {
    expect(toHumanDuration(seconds)).toBe(words);
  });
});

describe('toTable, as the CLI tabwriter pads it', () => {
  it('pads each column but the last to its widest cell and 3 spaces, at least 10, and trims the ends', () => {
    expect(
      toTable([
        ['NAME', 'DRIVER', 'SCOPE'],
        ['a-long-network-name', 'bridge', 'local'],
        ['x', '', ''],
      ]),
    ).toBe(['NAME                  DRIVER    SCOPE', 'a-long-network-name   bridge    local', 'x', ''].join('\n'));
  });
});

describe('toEllipsis', () => {
  it('keeps text up to the limit and cuts longer text to it, the last character an ellipsis', () => {
    expect([toEllipsis('12345', 5), toEllipsis('123456', 5), toEllipsis('', 5)]).toEqual(['12345', '1234…', '']);
  });
});

describe('compareNatural, as sortorder.NaturalLess orders names', () => {
  it.each([
    [
      ['web10', 'web9', 'web'],
      ['web', 'web9', 'web10'],
    ],
    [
      ['b', 'Web', 'a'],
      ['Web', 'a', 'b'],
    ],
    [
      ['x1', 'x01', 'x001'],
      ['x1', 'x01', 'x001'],
    ],
    [
      ['a-1', 'a1', 'a'],
      ['a', 'a1', 'a-1'],
    ],
    [
      ['[::]:80', '127.0.0.1:80', '0.0.0.0:80'],
      ['0.0.0.0:80', '127.0.0.1:80', '[::]:80'],
    ],
    [
      ['10.0.0.2', '9.0.0.1', '10.0.0.10'],
      ['9.0.0.1', '10.0.0.2', '10.0.0.10'],
    ],
    [
      ['v120', 'v13'],
      ['v13', 'v120'],
    ],
  ])('sorts %j as %j', (names, sorted) => {
    expect([...names].sort(compareNatural)).toEqual(sorted);
  });

  it('finds a string equal only to itself', () => {
    expect([compareNatural('web9', 'web9'), compareNatural('', '')]).toEqual([0, 0]);
    expect(Math.sign(compareNatural('a', ''))).toBe(1);
  });
});
