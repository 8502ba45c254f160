import { describe, expect, it, test } from 'vitest';
import { toEditDistance, toNearest } from '../../../src/lib/links/nearest.ts';

describe('nearest', () => {
  it('measures edits and keeps close candidates only', () => {
    expect(toEditDistance('--netwrk', '--network')).toBe(1);
    expect(toNearest('--netwrk', ['--network', '--net', '--name', '--rm'])).toEqual(['--network', '--net']);
    expect(toNearest('xyz', ['--network'])).toEqual([]);
  });
});

describe('toEditDistance', () => {
  test.each([
    ['volume', 'volume', 0],
    ['volum', 'volume', 1],
    ['contianer', 'container', 1],
    ['netwrok', 'network', 1],
    ['--ntework', '--network', 1],
    ['abc', 'xyz', 3],
    ['', 'ab', 2],
  ])('%s → %s: %i (a swap of two neighbours is one edit)', (a, b, distance) =>
    expect(toEditDistance(a, b)).toBe(distance),
  );
});

describe('toNearest and flags', () => {
  it('does not count the dashes a flag shares with the candidates', () => {
    expect(toNearest('--netwrk', ['--network', '--detach', '--memory'])).toEqual(['--network']);
    expect(toNearest('--volum', ['--volume', '--cpus', '--gpus'])).toEqual(['--volume']);
  });

  it('still compares a short flag with a long one by their letters', () => {
    expect(toNearest('-nm', ['--name', '-n'])).toEqual(['-n']);
  });
});

describe('toNearest order and limit', () => {
  it('puts the closest first, then sorts ties by name, whatever the order given', () => {
    expect(toNearest('--nam', ['--rm', '--net', '--name'])).toEqual(['--name', '--net', '--rm']);
    // `act` is one swap from `cat`, as close as `at`, `bat` and `cart`.
    expect(toNearest('cat', ['bat', 'act', 'cart', 'at'])).toEqual(['act', 'at', 'bat']);
  });

  it('returns at most the limit asked for', () => {
    expect(toNearest('cat', ['bat', 'cart', 'at', 'hat'], 2)).toEqual(['at', 'bat']);
  });
});
