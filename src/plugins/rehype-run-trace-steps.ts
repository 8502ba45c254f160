import type { Element, Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { toStyleImport } from '../lib/content/style-import.ts';
import { toTraceStylesId } from '../lib/traces/step-styles.ts';

const SOURCE = 'rehype-run-trace-steps';

function hasClass(node: Element, name: string): boolean {
  const className = node.properties['className'];
  return Array.isArray(className) && className.some((value) => String(value).split(' ').includes(name));
}

/** The elements of one SVG that draw messages, in document order: Mermaid draws message n n-th. */
function collectMessages(svg: Element): { texts: Element[]; lines: Element[] } {
  const texts: Element[] = [];
  const lines: Element[] = [];
  visit(svg, 'element', (node: Element) => {
    if (node.tagName === 'text' && hasClass(node, 'messageText')) texts.push(node);
    if (
      (node.tagName === 'line' || node.tagName === 'path') &&
      (hasClass(node, 'messageLine0') || hasClass(node, 'messageLine1'))
    ) {
      lines.push(node);
    }
  });
  return { texts, lines };
}

/**
 * Ties a step-through's diagram to its list: each message in the rendered sequence diagram gets
 * `data-step` (its place) and `data-in` (the variants that contain it), so CSS can highlight the
 * checked step's message and grey out the others' with no JavaScript. Runs after the Mermaid
 * plugin has inlined the SVG. The build fails when the diagram and the list disagree in length.
 */
export const rehypeRunTraceSteps: Plugin<[], Root> = () => (tree, file: VFile) => {
  let found = false;
  let steps = 0;
  const variants = new Set<string>();
  visit(tree, 'element', (container: Element) => {
    if (container.tagName !== 'div' || !hasClass(container, 'dk-trace')) return;
    found = true;
    const items: Element[] = [];
    const svgs: Element[] = [];
    visit(container, 'element', (node: Element) => {
      if (node.tagName === 'li' && node.properties['dataStep'] !== undefined) items.push(node);
      if (node.tagName === 'svg') svgs.push(node);
      const variant = node.properties['dataVariant'];
      if (node.tagName === 'input' && typeof variant === 'string') variants.add(variant);
    });
    steps = Math.max(steps, items.length);
    if (svgs.length === 0)
      file.fail('A docker-run-trace block rendered no diagram', { place: container.position?.start, source: SOURCE });
    for (const svg of svgs) {
      const { texts, lines } = collectMessages(svg);
      if (texts.length !== items.length || lines.length !== items.length) {
        file.fail(
          `The step-through's diagram draws ${texts.length} messages and ${lines.length} arrows, but its trace has ${items.length} steps: re-render the diagram (build with Chromium) after re-recording`,
          { place: container.position?.start, source: SOURCE, ruleId: 'trace-diagram' },
        );
      }
      items.forEach((item, index) => {
        for (const node of [texts[index], lines[index]]) {
          if (!node) continue;
          node.properties['dataStep'] = item.properties['dataStep'];
          node.properties['dataIn'] = item.properties['dataIn'];
        }
      });
    }
  });
  // Only a page with a step-through loads its stylesheet, and the per-step rules generated for it
  // (src/plugins/vite-trace-styles.ts): one selector per step the page has, a pair per variant.
  if (found && steps > 0) {
    tree.children.unshift(
      toStyleImport('/src/styles/trace.css'),
      toStyleImport(toTraceStylesId(steps, [...variants].toSorted())),
    );
  }
};
