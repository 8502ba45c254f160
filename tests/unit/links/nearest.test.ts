import { describe, expect, it } from 'vitest';
import { toEditDistance, toNearest } from '../../../src/lib/links/nearest.ts';

describe('nearest', () => {
  it('measures edits and keeps close candidates only', () => {
    expect(toEditDistance('--netwrk', '--network')).toBe(1);
    expect(toNearest('--netwrk', ['--network', '--net', '--name', '--rm'])).toEqual(['--network', '--net']);
    expect(toNearest('xyz', ['--network'])).toEqual([]);
  });
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
    expect(toNearest('cat', ['bat', 'act', 'cart', 'at'])).toEqual(['at', 'bat', 'cart']);
  });

  it('returns at most the limit asked for', () => {
    expect(toNearest('cat', ['bat', 'cart', 'at', 'hat'], 2)).toEqual(['at', 'bat']);
  });
});
