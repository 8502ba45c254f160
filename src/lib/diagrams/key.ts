import { DIAGRAM_CONFIGS } from './themes.ts';

/**
 * Bump when the way diagrams are rendered changes in a way the configuration does not show
 * (a Mermaid upgrade, a post-processing step): every cached SVG is then rendered again.
 */
export const DIAGRAM_RENDER_VERSION = 'mermaid-11.17/2-one-svg';

/**
 * Returns what a diagram's content address is the hash of: the render version, the themes and
 * the normalised source, separated by NUL. Two diagrams with the same input render to the same
 * SVG; `toDiagramKey` (src/node/diagram-key.ts) hashes it.
 *
 * @param source Mermaid source text, as written in the fenced block.
 */
export function toDiagramKeyInput(source: string): string {
  return [DIAGRAM_RENDER_VERSION, JSON.stringify(DIAGRAM_CONFIGS), normaliseDiagramSource(source)].join('\0');
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
