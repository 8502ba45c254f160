import type { ViewNode } from '../lib/explain/view.ts';

/**
 * Builds DOM nodes from a view tree with createElement and text nodes only, so text a reader
 * typed is never parsed as HTML (no innerHTML; safe under a strict CSP).
 */
export function toDom(nodes: readonly ViewNode[]): Node[] {
  return nodes.map((node) => {
    if (typeof node === 'string') return document.createTextNode(node);
    const element = document.createElement(node.tag);
    for (const [name, value] of Object.entries(node.attrs ?? {})) element.setAttribute(name, value);
    element.append(...toDom(node.children ?? []));
    return element;
  });
}
