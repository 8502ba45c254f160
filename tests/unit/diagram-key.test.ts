import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { DIAGRAM_RENDER_VERSION, normaliseDiagramSource, toDiagramKeyInput } from '../../src/lib/diagrams/key.ts';
import { DIAGRAM_CONFIGS } from '../../src/lib/diagrams/themes.ts';
import { toDiagramKey } from '../../src/node/diagram-key.ts';

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

  it('is the first 16 hex digits of the SHA-256 of the render version, the themes and the source', () => {
    // The cached SVGs are named by this key: the same input must keep giving the same name.
    const expected = createHash('sha256')
      .update(`${DIAGRAM_RENDER_VERSION}\0${JSON.stringify(DIAGRAM_CONFIGS)}\0flowchart LR\n  a --> b`)
      .digest('hex')
      .slice(0, 16);
    expect(toDiagramKey('flowchart LR\n  a --> b  \n')).toBe(expected);
    expect(toDiagramKeyInput('x')).toBe(`${DIAGRAM_RENDER_VERSION}\0${JSON.stringify(DIAGRAM_CONFIGS)}\0x`);
  });
});
