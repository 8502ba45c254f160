import { createHash } from 'node:crypto';
import { DIAGRAM_CONFIGS } from './themes.ts';

/**
 * Bump when the way diagrams are rendered changes in a way the configuration does not show
 * (a Mermaid upgrade, a post-processing step): every cached SVG is then rendered again.
 */
export const DIAGRAM_RENDER_VERSION = 'mermaid-11.17/2-one-svg';

/**
 * Returns the content address of a diagram: a hash of its source, the themes and the render
 * version. Two diagrams with the same key render to the same SVGs.
 *
 * @param source Mermaid source text, as written in the fenced block.
 * @example toDiagramKey('flowchart LR\n  a --> b') // '3f9c0e2a1b7d4c55'
 */
export function toDiagramKey(source: string): string {
  return createHash('sha256')
    .update(DIAGRAM_RENDER_VERSION)
    .update('\0')
    .update(JSON.stringify(DIAGRAM_CONFIGS))
    .update('\0')
    .update(normaliseDiagramSource(source))
    .digest('hex')
    .slice(0, 16);
}

/** Trailing spaces and line endings do not change a diagram, so they do not change its key. */
export function normaliseDiagramSource(source: string): string {
  return source
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
}
