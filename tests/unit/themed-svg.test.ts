import { describe, expect, it } from 'vitest';
import { toDiagramStylesheet } from '../../src/lib/diagrams/stylesheet.ts';
import { toThemedDiagram } from '../../src/lib/diagrams/themed-svg.ts';

/** A Mermaid-like render: the same drawing in two schemes, with Mermaid's scheme-specific ids. */
function render(scheme: 'light' | 'dark', fill: string, text: string): string {
  const id = `dk-mm-k1-${scheme}-0`;
  return (
    `<svg id="${id}" width="100%" style="max-width: 400.123456px;" viewBox="0 0 400.123456 100" aria-roledescription="flowchart-v2" aria-labelledby="chart-title-${id}">` +
    `<title id="chart-title-${id}">Title</title>` +
    `<style>#${id}{fill:${text};}#${id} .node rect{fill:${fill};stroke:#333;}#${id} [data-look="neo"].node rect{stroke:url(#${id}-gradient);}</style>` +
    `<g class="node" title="Read about volumes" data-points="W3sieCI6MX1d"><rect name="n" style="stroke-width: 2;;" fill="${fill}" d="M1.234567 2.5.25"/></g>` +
    `<line id="actor0" marker-end="url(#actor0)"/></svg>`
  );
}

describe('toThemedDiagram', () => {
  // Rendered inside each test, so that mutation testing counts what the tests cover.
  const toThemed = () =>
    toThemedDiagram(render('light', '#e8f0fe', '#1f2328'), render('dark', '#16284a', '#e6edf3'), 'k1');

  it('turns colours that differ by theme into custom properties named after the theme variable, shared by the type', () => {
    const themed = toThemed();
    expect(themed.type).toBe('flowchart-v2');
    expect(themed.shared).toContain(':root{--dk-mm-primary-color:light-dark(#e8f0fe, #16284a)}');
    expect(themed.shared).toContain(':root{--dk-mm-text-color:light-dark(#1f2328, #e6edf3)}');
    expect(themed.rules.filter((rule) => rule.startsWith(':root{'))).toEqual([]);
    expect(themed.svg).not.toMatch(/#e8f0fe|#16284a/);
  });

  it("scopes Mermaid's stylesheet to the diagram type, rule by rule in its order, and drops the unused neo look", () => {
    const themed = toThemed();
    expect(themed.shared.filter((rule) => !rule.startsWith(':root{'))).toEqual([
      '.dk-mm--flowchart-v2{fill:var(--dk-mm-text-color);}',
      '.dk-mm--flowchart-v2 .node rect{fill:var(--dk-mm-primary-color);stroke:#333;}',
    ]);
    expect(themed.rules.join('')).not.toContain('.dk-mm--flowchart-v2');
  });

  it('leaves no style element or attribute, and replaces them with classes', () => {
    const themed = toThemed();
    expect(themed.svg).not.toMatch(/<style|style=/);
    expect(themed.rules).toContainEqual(expect.stringMatching(/^\.dk-mm-s[0-9a-f]{8}\{stroke-width:2!important\}$/));
    expect(themed.rules).toContainEqual(
      expect.stringMatching(/^:where\(\.dk-mm-a[0-9a-f]{8}\)\{fill:var\(--dk-mm-primary-color\)\}$/),
    );
    expect(themed.rules).toContain('.dk-mm-min300{min-width:300px}');
    expect(themed.svg).toContain('width="400"');
  });

  it('writes valid SVG: title elements, no Mermaid-only attributes, prefixed ids, rounded geometry', () => {
    const themed = toThemed();
    expect(themed.svg).toContain('<title>Read about volumes</title>');
    expect(themed.svg).not.toMatch(/ title=| name=| data-points=/);
    expect(themed.svg).toContain('id="dk-mm-k1-actor0" marker-end="url(#dk-mm-k1-actor0)"');
    expect(themed.svg).toContain('aria-labelledby="chart-title-dk-mm-k1"');
    expect(themed.svg).toContain('d="M1.23 2.5 0.25"');
  });

  it('refuses renders that differ in more than colour, saying where', () => {
    const light = render('light', '#fff', '#000');
    // The message quotes the merged text, where Mermaid's scheme-specific ids are already shared.
    const merged = light.replaceAll('dk-mm-k1-light-0', 'dk-mm-k1');
    const at = merged.indexOf(';}#dk-mm-k1 .node');
    expect(() => toThemedDiagram(light, render('dark', '#000', '#fff').replace('node', 'edge'), 'k1')).toThrow(
      new Error(
        `the light and dark renders differ in more than colour and coordinates near character ${at} ` +
          `(${JSON.stringify(merged.slice(at, at + 60))}); check DIAGRAM_CONFIGS in src/lib/diagrams/themes.ts`,
      ),
    );
    expect(() => toThemedDiagram(light, `${render('dark', '#000', '#fff')}#123`, 'k1')).toThrow(
      /near character 0 \("<svg id=/,
    );
  });

  it('accepts renders whose coordinates differ, as rounded shapes drawn with random points do', () => {
    const light = render('light', '#fff', '#000');
    const dark = render('dark', '#000', '#fff').replace('d="M1.234567 2.5.25"', 'd="M-3 1.5e-7.75"');
    expect(toThemedDiagram(light, dark, 'k1').svg).toContain('d="M1.23 2.5 0.25"');
  });

  it('refuses a render that is not one svg element', () => {
    expect(() => toThemedDiagram('<g></g>', '<g></g>', 'k1')).toThrow(
      new Error('Mermaid returned something other than one <svg> element'),
    );
  });
});

describe('toDiagramStylesheet', () => {
  const diagram = (svg: string, rules: string[]) => ({ svg, rules });
  const body = (css: string) => css.split('\n').slice(1, -1);

  it("merges every diagram's own rules once, palette first", () => {
    expect(
      body(
        toDiagramStylesheet(
          [
            diagram('<svg class="t"></svg>', ['.b{x:1}', ':root{--a:1}']),
            diagram('<svg></svg>', ['.b{x:1}', ':where(.c){y:2}']),
          ],
          [],
        ),
      ),
    ).toEqual([':root{--a:1}', ':where(.c){y:2}', '.b{x:1}']);
  });

  it("keeps the shared rules that style an element, in Mermaid's order, and drops the rest", () => {
    const svg = '<svg class="dk-mm--flowchart-v2"><g class="node"><rect></rect></g><g class="edgeLabel"></g></svg>';
    const shared = [
      '.dk-mm--flowchart-v2 .node rect{fill:red;}',
      '.dk-mm--flowchart-v2 .cluster rect{fill:blue;}',
      '.dk-mm--flowchart-v2 .edgeLabel:hover,.dk-mm--flowchart-v2 .missing{color:green;}',
      '.dk-mm--flowchart-v2 .node rect{fill:yellow;}',
      '.dk-mm--sequence .actor{fill:pink;}',
    ];
    expect(body(toDiagramStylesheet([diagram(svg, [])], shared))).toEqual([
      '.dk-mm--flowchart-v2 .node rect{fill:red;}',
      '.dk-mm--flowchart-v2 .edgeLabel:hover,.dk-mm--flowchart-v2 .missing{color:green;}',
      '.dk-mm--flowchart-v2 .node rect{fill:yellow;}',
    ]);
  });

  it('keeps the keyframes and the colours a kept rule uses, and no others', () => {
    const svg = '<svg class="t"><path class="edge"></path></svg>';
    const shared = [
      ':root{--dk-mm-line-color:light-dark(#000, #fff)}',
      ':root{--dk-mm-unused:light-dark(#111, #eee)}',
      '.t .edge{stroke:var(--dk-mm-line-color);animation:dash 5s linear;}',
      '.t .edge-animation-fast{animation:spin 5s;}',
      '@keyframes dash{to{stroke-dashoffset:0;}}',
      '@keyframes spin{to{stroke-dashoffset:9;}}',
    ];
    expect(body(toDiagramStylesheet([diagram(svg, [])], shared))).toEqual([
      ':root{--dk-mm-line-color:light-dark(#000, #fff)}',
      '.t .edge{stroke:var(--dk-mm-line-color);animation:dash 5s linear;}',
      '@keyframes dash{to{stroke-dashoffset:0;}}',
    ]);
  });

  it('keeps a rule whose selector it cannot read, rather than drop one that may be used', () => {
    const shared = ['.t ::-moz-selection-thing(x{fill:red;}', '.t:frobnicate(1) rect{fill:blue;}'];
    expect(body(toDiagramStylesheet([diagram('<svg class="t"></svg>', [])], shared))).toEqual(shared);
  });
});
