import { describe, expect, it } from 'vitest';
import { createNormaliser, toColumns, withoutIpv6Ports } from '../../../src/lib/engine/normalise.ts';

/** The transcript normaliser: what differs on every run becomes a numbered placeholder. */

const LONG_A = 'a'.repeat(64);
const LONG_B = `${'b'.repeat(12)}${'c'.repeat(52)}`;

describe('createNormaliser', () => {
  it('numbers full IDs in order of first appearance, and gives a short ID its full ID’s number', () => {
    const texts = [`${LONG_B}\n`, `${LONG_A} ${'b'.repeat(12)} ${'d'.repeat(12)}`, `${LONG_B} ${'d'.repeat(12)}`];
    const normalise = createNormaliser(texts.join('\n'));
    expect(texts.map(normalise)).toEqual(['<id1>\n', '<id2> <id1:12> <id3:12>', '<id1> <id3:12>']);
  });

  it('numbers private addresses, and hides ping times, round trips, push sizes, ages and sizes', () => {
    const normalise = createNormaliser('');
    expect(
      normalise(
        'PING web (172.18.0.2): 64 bytes from 172.18.0.2: seq=0 ttl=64 time=0.081 ms 10.0.0.7 8.8.8.8\n' +
          'round-trip min/avg/max = 0.08/0.1/0.2 ms\n' +
          '1: digest: sha256:x size: 527\n' +
          'Up 5 seconds, About a minute ago, Less than a second, 2 hours, About an hour\n' +
          '4.26MB 10kB 0B 1.5GB',
      ),
    ).toBe(
      'PING web (<ip1>): 64 bytes from <ip1>: seq=0 ttl=64 time=<ms> <ip2> 8.8.8.8\n' +
        'round-trip min/avg/max = <ms>\n' +
        '1: digest: sha256:x size: <size>\n' +
        'Up <age>, <age> ago, <age>, <age>, <age>\n' +
        '<size> <size> <size> <size>',
    );
  });

  it('drops spaces at the ends of lines, and leaves words that only look like IDs', () => {
    const normalise = createNormaliser('');
    expect(normalise('a   \nb\t\n c')).toBe('a\nb\n c');
    expect(normalise(`x${'a'.repeat(12)} ${'a'.repeat(13)} ${'g'.repeat(12)}`)).toBe(
      `x${'a'.repeat(12)} ${'a'.repeat(13)} ${'g'.repeat(12)}`,
    );
  });
});

describe('toColumns and withoutIpv6Ports', () => {
  it('makes any padding of two or more spaces three, leaving single spaces', () => {
    expect(toColumns('NAME      IMAGE  a b')).toBe('NAME   IMAGE   a b');
  });

  it('drops the IPv6 wildcard bindings, with or without the comma before them', () => {
    expect(withoutIpv6Ports('0.0.0.0:8080->80/tcp, [::]:8080->80/tcp   web')).toBe('0.0.0.0:8080->80/tcp   web');
    expect(withoutIpv6Ports('[::]:53->53/udp')).toBe('');
  });
});
