import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Root } from 'hast';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import type { DiagramLoader } from '../../src/node/diagram-store.ts';
import { rehypeMermaidFigure } from '../../src/plugins/rehype-mermaid-figure.ts';
import { readFixtureCases, recordOutput } from './fixture-cases.ts';
import { toFailure } from './remark-run.ts';

/** A stand-in for Chromium: draws each diagram as a tiny themed SVG naming its first line; one key per source. */
const fakeLoad: DiagramLoader = (sources) =>
  Promise.resolve(
    sources.map((source) => {
      if (source.includes('BROKEN')) {
        return { ok: false, reason: 'Parse error on line 3:\n...BROKEN\nExpecting NODE' };
      }
      const first = source.split('\n')[0] ?? '';
      const width = source.includes('WIDE') ? 900 : 400;
      const key = `k${source.length}`;
      const svg =
        `<svg id="dk-mm-${key}" width="${width}" viewBox="0 0 ${width} 100" class="dk-mm" ` +
        `role="graphics-document document" aria-labelledby="dk-mm-${key}-title"><title id="dk-mm-${key}-title">${first}</title>` +
        `<a xlink:href="/volume/"><text class="dk-mm-a1">volume</text></a></svg>`;
      return { ok: true, diagram: { key, svg } };
    }),
  );

async function run(markdown: string, path = 'content/page.mdx'): Promise<string> {
  const file = new VFile({ path, value: markdown });
  const result = await unified()
    .use(remarkParse)
    .use(remarkRehype)
    .use(rehypeMermaidFigure, { load: fakeLoad, stylesheet: undefined })
    .use(rehypeStringify)
    .process(file);
  return String(result);
}

describe('rehypeMermaidFigure', () => {
  for (const fixture of readFixtureCases('rehype-mermaid-figure', 'input.md')) {
    it(fixture.name, async () => {
      if (fixture.error !== undefined) {
        expect(await toFailure(run(fixture.input))).toBe(fixture.error);
        return;
      }
      const actual = await run(fixture.input);
      expect(actual).toBe(recordOutput(fixture, actual));
    });
  }

  it('reports a parse error at the line of the diagram in the file', async () => {
    expect.assertions(2);
    const markdown =
      '# Title\n\n```mermaid caption="c"\nflowchart LR\n  accTitle: t\n  BROKEN -->\n  accDescr: d\n```\n';
    try {
      await run(markdown, 'content/broken.mdx');
    } catch (error) {
      // Fence on line 3; Mermaid's "line 3" is the third line inside it: file line 6.
      expect(String(error)).toContain('Mermaid diagram does not render: Parse error on line 3');
      expect((error as { line?: number }).line).toBe(6);
    }
  });

  it('leaves a page without diagrams alone and never calls the loader', async () => {
    let calls = 0;
    const file = new VFile({ value: '```sh\ndocker ps\n```\n' });
    const html = await unified()
      .use(remarkParse)
      .use(remarkRehype)
      .use(rehypeMermaidFigure, {
        load: () => {
          calls += 1;
          return Promise.resolve([]);
        },
      })
      .use(rehypeStringify)
      .process(file);
    expect(String(html)).toBe('<pre><code class="language-sh">docker ps\n</code></pre>');
    expect(calls).toBe(0);
  });

  it("imports the diagrams' stylesheet on a page with a diagram, and only there", async () => {
    const processor = unified()
      .use(remarkParse)
      .use(remarkRehype)
      .use(rehypeMermaidFigure, { load: fakeLoad, stylesheet: '/d.css' });
    const toTree = async (markdown: string) => processor.run(processor.parse(markdown));
    const withDiagram = await toTree(
      '```mermaid caption="c"\nflowchart LR\n  accTitle: t\n  accDescr: d\n  a --> b\n```\n',
    );
    expect(withDiagram.children[0]).toMatchObject({ type: 'mdxjsEsm', value: 'import "/d.css";' });
    const without = await toTree('no diagram');
    expect(without.children.map((node) => node.type)).not.toContain('mdxjsEsm');
  });

  it("puts the figure in the block's place, at the block's line, with nothing of the block left", async () => {
    const processor = unified().use(remarkParse).use(remarkRehype).use(rehypeMermaidFigure, { load: fakeLoad });
    const fence = '```mermaid caption="c"\nflowchart LR\n  accTitle: t\n  accDescr: d\n  a --> b\n```';
    const tree = await processor.run(processor.parse(`# Title\n\n${fence}\n\nAfter.\n`));
    const elements = tree.children.filter((node) => node.type === 'element');
    expect(elements.map((node) => node.tagName)).toEqual(['h1', 'figure', 'p']);
    const figure = elements[1];
    expect(figure?.position?.start.line).toBe(3);
    expect(figure?.properties).toEqual({ className: ['dk-diagram'], dataDiagram: 'k51' });
    expect(figure?.data).toBeUndefined();
  });

  it('keeps ids unique when one diagram appears twice on a page', async () => {
    const fence = '```mermaid caption="c"\nflowchart LR\n  accTitle: t\n  accDescr: d\n  a --> b\n```\n';
    const html = await run(`${fence}\n${fence}`);
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]);
    expect(ids.length).toBe(4);
    expect(new Set(ids).size).toBe(4);
    expect(html).toContain('aria-labelledby="dk-mm-k51-2-title"');
  });

  it('rejects a missing loader when the plugin is created', () => {
    expect(() =>
      unified()
        .use(rehypeMermaidFigure, {} as never)
        .freeze(),
    ).toThrow('rehypeMermaidFigure: option "load" must be a function (sources) => results, got undefined');
  });

  const svgOfWidth =
    (width: number): DiagramLoader =>
    (sources) =>
      Promise.resolve(
        sources.map(() => ({
          ok: true as const,
          diagram: { key: `w${width}`, svg: `<svg id="dk-mm-w${width}" viewBox="0  0 ${width}  100"></svg>` },
        })),
      );
  const diagram = '```mermaid caption="c"\nflowchart LR\n  accTitle: t\n  accDescr: d\n  a --> b\n```\n';
  const runWith = async (load: DiagramLoader, markdown = diagram) =>
    String(
      await unified()
        .use(remarkParse)
        .use(remarkRehype)
        .use(rehypeMermaidFigure, { load })
        .use(rehypeStringify)
        .process(new VFile({ path: 'content/page.mdx', value: markdown })),
    );

  it('lets a diagram scroll, focusable, only when at its smallest it is wider than a phone column', async () => {
    // At 75 % a 453 px diagram is 340 px (fits the 340 px column); 454 px gives 341 px.
    expect(await runWith(svgOfWidth(453))).toContain('<div class="dk-diagram__svg"><svg');
    expect(await runWith(svgOfWidth(454))).toContain(
      '<div class="dk-diagram__svg" tabindex="0" role="group" aria-label="Diagram, scrolls sideways"><svg',
    );
  });

  it('fails clearly when the renderer returns anything but one SVG', async () => {
    const load: DiagramLoader = (sources) =>
      Promise.resolve(sources.map(() => ({ ok: true as const, diagram: { key: 'x', svg: '<div>no</div>' } })));
    await expect(runWith(load)).rejects.toThrow('Mermaid returned something other than one <svg> element');
  });

  it('fails at the fence, with the rule, when the renderer gives no line, and at a two-digit line', async () => {
    const failing =
      (reason: string): DiagramLoader =>
      (sources) =>
        Promise.resolve(sources.map(() => ({ ok: false as const, reason })));
    await expect(runWith(failing('Lexical error'), `# T\n\n${diagram}`)).rejects.toMatchObject({
      line: 3,
      ruleId: 'render',
      source: 'rehype-mermaid-figure',
      reason: 'Mermaid diagram does not render: Lexical error',
    });
    await expect(runWith(failing('Parse error on line 12:'), diagram)).rejects.toMatchObject({ line: 13 });
  });

  it('fails at the fence without a caption or an accTitle, naming the rule', async () => {
    await expect(runWith(svgOfWidth(100), '# T\n\n```mermaid caption="  "\nflowchart LR\n```\n')).rejects.toMatchObject(
      {
        line: 3,
        ruleId: 'caption',
        source: 'rehype-mermaid-figure',
      },
    );
    await expect(
      runWith(svgOfWidth(100), '```mermaid caption="c"\nflowchart LR\n  accDescr: d\n```\n'),
    ).rejects.toMatchObject({
      line: 1,
      ruleId: 'accessibility',
      reason: expect.stringContaining('no accTitle') as unknown,
    });
  });

  it('leaves blocks that are not one mermaid code element alone', async () => {
    let calls = 0;
    const load: DiagramLoader = () => {
      calls += 1;
      return Promise.resolve([]);
    };
    const tree: Root = {
      type: 'root',
      children: [
        h('pre', [h('code', { className: ['language-mermaid'] }, 'a'), h('span', 'b')]),
        h('pre', 'flowchart LR'),
        h('div', [h('code', { className: ['language-mermaid'] }, 'a')]),
        h('pre', [h('samp', { className: ['language-mermaid'] }, 'a')]),
        h('pre', [h('code', { className: ['language-mermaidjs'] }, 'a')]),
      ],
    };
    const before = structuredClone(tree);
    await unified().use(rehypeMermaidFigure, { load }).run(tree);
    expect(tree).toEqual(before);
    expect(calls).toBe(0);
  });

  it('rejects a stylesheet that is not a module specifier when the plugin is created', () => {
    expect(() =>
      unified()
        .use(rehypeMermaidFigure, { load: fakeLoad, stylesheet: 42 as never })
        .freeze(),
    ).toThrow('rehypeMermaidFigure: option "stylesheet" must be a module specifier string, got number');
  });
});
