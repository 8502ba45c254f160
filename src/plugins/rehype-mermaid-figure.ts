import type { Element, Parents, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { DiagramLoader } from '../node/diagram-store.ts';
import { MIN_SCALE, toDiagramIdPrefix } from '../lib/diagrams/themed-svg.ts';
import { readMetaAttribute } from '../lib/content/code-meta.ts';
import { collectProblems } from '../lib/content/file-problems.ts';
import { toStyleImport } from '../lib/content/style-import.ts';

/** Options of {@link rehypeMermaidFigure}. */
export interface Options {
  /** Turns Mermaid sources into SVGs that follow the theme (from the cache or a browser). */
  load: DiagramLoader;
  /**
   * Module specifier of the diagrams' stylesheet, imported by each MDX page that has a diagram so
   * that only those pages load it; leave it out outside MDX (plain Markdown cannot import).
   * @default undefined
   */
  stylesheet?: string | undefined;
}

/** Names this plugin in the messages it reports. */
const SOURCE = 'rehype-mermaid-figure';

interface MermaidBlock {
  pre: Element;
  /** Where the block sits, so the figure can take its place. */
  parent: Parents;
  index: number;
  source: string;
  caption: string;
}

/** A fenced ```mermaid block: `<pre><code class="language-mermaid">`. */
function isMermaidBlock(node: Element): boolean {
  const [code] = node.children;
  if (node.tagName !== 'pre' || node.children.length !== 1 || code?.type !== 'element') return false;
  const className = code.properties['className'];
  return code.tagName === 'code' && Array.isArray(className) && className.includes('language-mermaid');
}

function readMeta(pre: Element): string {
  const [code] = pre.children;
  if (code?.type !== 'element') return '';
  // MDX keeps the meta in `properties.metastring` (Astro's rehype-meta-string), Markdown in `data`.
  const meta: unknown = code.properties['metastring'] ?? code.data?.meta;
  return typeof meta === 'string' ? meta : '';
}

/** Mermaid says "Parse error on line N"; N counts from the first line inside the fence. */
function toDiagramLine(reason: string): number | undefined {
  const match = /on line (\d+)/i.exec(reason);
  return match ? Number(match[1]) : undefined;
}

/** Widest minimum width that still fits a 390 px phone without scrolling, in CSS px. */
const PHONE_COLUMN = 340;

/** Returns the natural width of a Mermaid SVG, from its viewBox. */
function toNaturalWidth(svg: Element): number {
  const viewBox = String(svg.properties['viewBox'] ?? '').split(/\s+/);
  return Number(viewBox[2]) || 0;
}

/**
 * Wraps the SVG: it shrinks with the column down to {@link MIN_SCALE} (its stylesheet sets the
 * minimum width), then the wrapper scrolls. A wrapper that will scroll on a phone is focusable, so
 * keyboards can scroll it too.
 */
function toSvgWrapper(svgText: string): Element {
  const svg = toSvgTree(svgText);
  const scrolls = Math.round(toNaturalWidth(svg) * MIN_SCALE) > PHONE_COLUMN;
  return h(
    'div.dk-diagram__svg',
    scrolls ? { tabIndex: 0, role: 'group', ariaLabel: 'Diagram, scrolls sideways' } : {},
    [svg],
  );
}

/** Parses an SVG string into hast, with links as SVG 2 `href` and no positions of its own. */
function toSvgTree(svg: string): Element {
  const tree = fromHtml(svg, { fragment: true });
  visit(tree, (node) => {
    delete node.position;
    if (node.type === 'element' && node.tagName === 'a' && 'xLinkHref' in node.properties) {
      node.properties['href'] = node.properties['xLinkHref'];
      delete node.properties['xLinkHref'];
    }
  });
  const [svgNode] = tree.children;
  if (svgNode?.type !== 'element' || svgNode.tagName !== 'svg') {
    throw new Error('Mermaid returned something other than one <svg> element');
  }
  return svgNode;
}

/**
 * Replaces each ```mermaid block with a `<figure>` holding the diagram as one inline SVG, whose
 * colours follow the theme through CSS custom properties (content/.diagrams/diagrams.css), and its
 * caption. Diagrams are rendered at build time, so no Mermaid code reaches readers, and the SVG
 * carries no inline style, so the page's CSP needs no exception for it. A diagram that does not
 * render, or lacks a caption, an `accTitle` or an `accDescr`, fails the build at its file and line.
 *
 * @example
 * ```mermaid caption="The client talks to the daemon."
 * flowchart LR
 *   accTitle: Client and daemon
 *   accDescr: The CLI sends API requests to dockerd.
 *   cli --> dockerd
 * ```
 */
export const rehypeMermaidFigure: Plugin<[Options], Root> = (options) => {
  if (typeof options?.load !== 'function') {
    throw new TypeError(
      `rehypeMermaidFigure: option "load" must be a function (sources) => results, got ${typeof options?.load}`,
    );
  }
  const { load, stylesheet } = options;
  if (stylesheet !== undefined && typeof stylesheet !== 'string') {
    throw new TypeError(
      `rehypeMermaidFigure: option "stylesheet" must be a module specifier string, got ${typeof stylesheet}`,
    );
  }

  return async (tree, file: VFile) => {
    // Every diagram is checked before the build fails, so one build names every mistake of the page.
    const problems = collectProblems(file, SOURCE);
    const blocks: MermaidBlock[] = [];
    visit(tree, 'element', (node, index, parent) => {
      if (!isMermaidBlock(node) || index === undefined || !parent) return;
      const source = toString(node);
      const caption = readMetaAttribute(readMeta(node), 'caption') ?? '';
      if (!caption.trim()) {
        problems.add(
          'Mermaid diagram has no caption: write ```mermaid caption="What the diagram shows."',
          node.position,
          'caption',
        );
      }
      for (const field of ['accTitle', 'accDescr'] as const) {
        if (!new RegExp(`^\\s*${field}\\s*[:{]`, 'm').test(source)) {
          problems.add(
            `Mermaid diagram has no ${field}: add a line "${field}: …" after the diagram type, so screen readers can name and describe it`,
            node.position,
            'accessibility',
          );
        }
      }
      blocks.push({ pre: node, parent, index, source, caption });
    });
    if (blocks.length === 0) return;

    const results = await load(blocks.map((block) => block.source));
    const seen = new Map<string, number>();
    results.forEach((result, index) => {
      const block = blocks[index];
      if (!block) return;
      if (!result.ok) {
        const start = block.pre.position?.start;
        const line = toDiagramLine(result.reason);
        const place = start && line !== undefined ? { line: start.line + line, column: 1 } : block.pre.position;
        problems.add(`Mermaid diagram does not render: ${result.reason}`, place, 'render');
        return;
      }
      const { diagram } = result;
      // The same diagram twice on a page: the second copy's ids get a suffix, so ids stay unique.
      const copies = seen.get(diagram.key) ?? 0;
      seen.set(diagram.key, copies + 1);
      const prefix = toDiagramIdPrefix(diagram.key);
      const svg = copies === 0 ? diagram.svg : diagram.svg.replaceAll(prefix, `${prefix}-${copies + 1}`);
      const figure = h('figure.dk-diagram', { dataDiagram: diagram.key }, [
        toSvgWrapper(svg),
        h('figcaption', block.caption),
      ]);
      // The figure takes the block's place (and its position, for later plugins' messages); the
      // blocks are only replaced, never added or removed, so each index still holds its block.
      figure.position = block.pre.position;
      block.parent.children[block.index] = figure;
    });
    problems.failIfAny();
    if (stylesheet !== undefined) tree.children.unshift(toStyleImport(stylesheet));
  };
};
