import { describe, expect, it } from 'vitest';
import type { Heading } from 'mdast';
import { parseMdx } from '../../../src/lib/content/mdx.ts';
import { isAnchorId, readPinnedId, toAnchorId } from '../../../src/lib/links/anchors.ts';

describe('anchors', () => {
  it('derives ids like GitHub and keeps only safe characters', () => {
    expect(toAnchorId('Inspecting a volume')).toBe('inspecting-a-volume');
    expect(toAnchorId('CMD and ENTRYPOINT')).toBe('cmd-and-entrypoint');
    expect(toAnchorId('Ports: -p and -P')).toBe('ports--p-and--p');
    expect(toAnchorId('Café .dockerignore')).toBe('cafe-dockerignore');
  });

  it('validates ids', () => {
    expect(isAnchorId('docker-run--network-alias')).toBe(true);
    expect(isAnchorId('Bad_Id')).toBe(false);
    expect(isAnchorId('-leading')).toBe(false);
  });
});

describe('toAnchorId edge cases', () => {
  it('drops leading and trailing hyphens, so a heading that is a flag gives a valid id', () => {
    expect(toAnchorId('--network-alias')).toBe('network-alias');
    expect(toAnchorId('Flags: -')).toBe('flags');
    expect(isAnchorId(toAnchorId('--network-alias'))).toBe(true);
  });

  it('folds runs of three or more hyphens into the two a flag anchor uses', () => {
    expect(toAnchorId('a --- b')).toBe('a--b');
    expect(isAnchorId(toAnchorId('Before --- after'))).toBe(true);
  });
});

describe('readPinnedId', () => {
  const headingOf = (mdx: string): Heading => {
    const [heading] = parseMdx(mdx).children;
    if (heading?.type !== 'heading') throw new Error('expected a heading');
    return heading;
  };

  it('reads the id pinned at the end of a heading, without changing the heading', () => {
    const heading = headingOf('## Inspecting a volume {/* #inspecting-a-volume */}');
    expect(readPinnedId(heading)).toBe('inspecting-a-volume');
    expect(heading.children).toHaveLength(2);
  });

  it('reads nothing from a heading without a pin, or with another comment', () => {
    expect(readPinnedId(headingOf('## Inspecting a volume'))).toBeUndefined();
    expect(readPinnedId(headingOf('## Inspecting {/* a note */}'))).toBeUndefined();
  });

  it('reads only a comment that ends the heading, not text or code that looks like one', () => {
    expect(readPinnedId(headingOf('## Inspecting `/* #in-code */`'))).toBeUndefined();
    expect(readPinnedId(headingOf('## Pin {/* #first */} then text'))).toBeUndefined();
    expect(readPinnedId(headingOf('## The `docker` volume {/* #the-volume */}'))).toBe('the-volume');
  });
});
