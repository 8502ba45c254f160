import { describe, expect, it } from 'vitest';
import { hasMetaFlag, readMetaAttribute } from '../../src/lib/code-meta.ts';
import { normaliseDiagramSource, toDiagramKey } from '../../src/lib/diagrams/key.ts';
import { toNavItems, toNeighbours, toPageHref } from '../../src/lib/navigation.ts';
import { toShellLines } from '../../src/lib/shell-lines.ts';

describe('toShellLines', () => {
  it('strips prompts and marks output', () => {
    expect(toShellLines('$ docker volume create db\ndb')).toEqual({
      code: 'docker volume create db\ndb',
      kinds: ['command', 'output'],
    });
  });

  it('keeps backslash continuations as part of the command', () => {
    expect(toShellLines('$ docker run \\\n  -d nginx\nabc123').kinds).toEqual(['command', 'continuation', 'output']);
  });

  it('treats every line as a command when there is no prompt', () => {
    expect(toShellLines('docker ps\ndocker ps -a').kinds).toEqual(['command', 'command']);
  });

  it('accepts a bare $ prompt and an output line that ends in a backslash', () => {
    expect(toShellLines('$docker ps\nC:\\\n$ docker info')).toEqual({
      code: 'docker ps\nC:\\\ndocker info',
      kinds: ['command', 'output', 'command'],
    });
  });
});

describe('readMetaAttribute', () => {
  it('reads double-quoted, single-quoted and bare values', () => {
    expect(readMetaAttribute('title="compose.yaml" {2}', 'title')).toBe('compose.yaml');
    expect(readMetaAttribute("caption='A, b.'", 'caption')).toBe('A, b.');
    expect(readMetaAttribute('title=Dockerfile', 'title')).toBe('Dockerfile');
  });

  it('does not read an attribute whose name only ends the same', () => {
    expect(readMetaAttribute('subtitle="x"', 'title')).toBeUndefined();
  });

  it('finds bare flags', () => {
    expect(hasMetaFlag('legacy title="x"', 'legacy')).toBe(true);
    expect(hasMetaFlag('legacyish', 'legacy')).toBe(false);
  });
});

describe('toDiagramKey', () => {
  it('ignores trailing spaces and line endings', () => {
    expect(toDiagramKey('flowchart LR\r\n  a --> b  \r\n')).toBe(toDiagramKey('flowchart LR\n  a --> b'));
    expect(normaliseDiagramSource('  a  \n')).toBe('a');
  });

  it('changes when the diagram changes', () => {
    expect(toDiagramKey('flowchart LR\n  a --> b')).not.toBe(toDiagramKey('flowchart LR\n  a --> c'));
    expect(toDiagramKey('x')).toMatch(/^[0-9a-f]{16}$/);
  });
});

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
