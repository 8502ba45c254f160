import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import type { DiagramLoader } from '../../src/lib/diagram-store.ts';
import { rehypeMermaidFigure } from '../../src/plugins/rehype-mermaid-figure.ts';
import { readFixtureCases, recordOutput } from './fixture-cases.ts';

/** A stand-in for Chromium: draws each diagram as a tiny SVG naming its scheme and first line. */
const fakeLoad: DiagramLoader = (sources) =>
  Promise.resolve(
    sources.map((source, index) => {
      if (source.includes('BROKEN')) {
        return { ok: false, reason: 'Parse error on line 3:\n...BROKEN\nExpecting NODE' };
      }
      const first = source.split('\n')[0] ?? '';
      const width = source.includes('WIDE') ? 900 : 400;
      const svg = (scheme: string): string =>
        `<svg id="dk-mm-k${index}-${scheme}-0" viewBox="0 0 ${width} 100" style="max-width: ${width}px;" ` +
        `role="graphics-document document"><title>${first}</title>` +
        `<a xlink:href="/volume/"><text>${scheme}</text></a></svg>`;
      return { ok: true, diagram: { key: `k${index}`, light: svg('light'), dark: svg('dark') } };
    }),
  );

async function run(markdown: string, path = 'content/page.mdx'): Promise<string> {
  const file = new VFile({ path, value: markdown });
  const result = await unified()
    .use(remarkParse)
    .use(remarkRehype)
    .use(rehypeMermaidFigure, { load: fakeLoad })
    .use(rehypeStringify)
    .process(file);
  return String(result);
}

describe('rehypeMermaidFigure', () => {
  for (const fixture of readFixtureCases('rehype-mermaid-figure', 'input.md')) {
    it(fixture.name, async () => {
      if (fixture.error !== undefined) {
        await expect(run(fixture.input)).rejects.toThrow(fixture.error);
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

  it('rejects a missing loader when the plugin is created', () => {
    expect(() =>
      unified()
        .use(rehypeMermaidFigure, {} as never)
        .freeze(),
    ).toThrow('rehypeMermaidFigure: option "load" must be a function (sources) => results, got undefined');
  });
});
