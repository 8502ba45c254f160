import { toDiagramKeyInput } from '../lib/diagrams/key.ts';
import { toSha256Hex } from './hash.ts';

/**
 * Returns the content address of a diagram: 16 hex digits of the SHA-256 of its source, the
 * themes and the render version (`toDiagramKeyInput`). It names the diagram's files in the cache.
 *
 * @param source Mermaid source text, as written in the fenced block.
 * @example toDiagramKey('flowchart LR\n  a --> b') // '3f9c0e2a1b7d4c55'
 */
export function toDiagramKey(source: string): string {
  return toSha256Hex(toDiagramKeyInput(source)).slice(0, 16);
}
