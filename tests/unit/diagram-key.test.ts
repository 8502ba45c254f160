import { describe, expect, it } from 'vitest';
import { normaliseDiagramSource, toDiagramKey } from '../../src/lib/diagrams/key.ts';

describe('toDiagramKey', () => {
  it('ignores trailing spaces and line endings', () => {
    expect(toDiagramKey('flowchart LR\r\n  a --> b  \r\n')).toBe(toDiagramKey('flowchart LR\n  a --> b'));
    expect(normaliseDiagramSource('  a  \n')).toBe('a');
    expect(normaliseDiagramSource('a \rb')).toBe('a\nb');
  });

  it('changes when the diagram changes', () => {
    expect(toDiagramKey('flowchart LR\n  a --> b')).not.toBe(toDiagramKey('flowchart LR\n  a --> c'));
    expect(toDiagramKey('x')).toMatch(/^[0-9a-f]{16}$/);
  });
});
