import { describe, expect, it } from 'vitest';
import { toDiagramStylesheet, toTopLevelRules } from '../../src/lib/diagrams/stylesheet.ts';
import { toThemedDiagram } from '../../src/lib/diagrams/themed-svg.ts';
import { toSha256Hex } from '../../src/node/hash.ts';

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
    toThemedDiagram(render('light', '#e8f0fe', '#1f2328'), render('dark', '#16284a', '#e6edf3'), 'k1', toSha256Hex);

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
    expect(() =>
      toThemedDiagram(light, render('dark', '#000', '#fff').replace('node', 'edge'), 'k1', toSha256Hex),
    ).toThrow(
      new Error(
        `the light and dark renders differ in more than colour and coordinates near character ${at} ` +
          `(${JSON.stringify(merged.slice(at, at + 60))}); check DIAGRAM_CONFIGS in src/lib/diagrams/themes.ts`,
      ),
    );
    expect(() => toThemedDiagram(light, `${render('dark', '#000', '#fff')}#123`, 'k1', toSha256Hex)).toThrow(
      /near character 0 \("<svg id=/,
    );
  });

  it('accepts renders whose coordinates differ, as rounded shapes drawn with random points do', () => {
    const light = render('light', '#fff', '#000');
    const dark = render('dark', '#000', '#fff').replace('d="M1.234567 2.5.25"', 'd="M-3 1.5e-7.75"');
    expect(toThemedDiagram(light, dark, 'k1', toSha256Hex).svg).toContain('d="M1.23 2.5 0.25"');
  });

  it('gives the exact SVG and rules of a render with its own classes, references, exponents and odd styles', () => {
    // Colours equal in both schemes but for case stay literal; unreadable or empty declarations are dropped.
    const render = (scheme: 'light' | 'dark', line: string): string => {
      const id = `dk-mm-k2-${scheme}-0`;
      return (
        `<svg id="${id}" class="sequence" viewBox="0 0 120.5 80" aria-roledescription="sequence" aria-describedby="chart-desc-${id}">` +
        `<desc id="chart-desc-${id}">Two actors</desc>` +
        `<style>#${id} .actor{stroke:${line};}#${id}-arrow path{fill:${line};}</style>` +
        `<defs><marker id="arrowhead"><path d="M0 0"/></marker></defs>` +
        `<rect x="2.5e3" y="1.5e12" width="10" fill="#FFFFFF" stroke="${scheme === 'light' ? '#ABCDEF' : '#abcdef'}" style="Fill : red; broken; stroke:;"/>` +
        `<use href="#arrowhead"/></svg>`
      );
    };
    expect(toThemedDiagram(render('light', '#111111'), render('dark', '#eeeeee'), 'k2', toSha256Hex)).toEqual({
      svg:
        '<svg id="dk-mm-k2" class="sequence dk-mm dk-mm--sequence dk-mm-min90" viewBox="0 0 120.5 80" aria-roledescription="sequence" aria-describedby="chart-desc-dk-mm-k2" width="121">' +
        '<desc id="chart-desc-dk-mm-k2">Two actors</desc><defs><marker id="dk-mm-k2-arrowhead"><path d="M0 0"></path></marker></defs>' +
        '<rect x="2500" y="1500000000000" width="10" fill="#FFFFFF" stroke="#ABCDEF" class="dk-mm-s3a90edf7"></rect>' +
        '<use href="#dk-mm-k2-arrowhead"></use></svg>',
      type: 'sequence',
      rules: [
        ':root{--dk-mm-c1e8306a9:light-dark(#111111, #eeeeee)}',
        '.dk-mm-s3a90edf7{fill:red!important}',
        '.dk-mm-min90{min-width:90px}',
      ],
      // A rule naming one of the diagram's own ids keeps it: only the diagram's root is the type.
      shared: [
        '.dk-mm--sequence .actor{stroke:var(--dk-mm-c1e8306a9);}',
        '#dk-mm-k2-arrow path{fill:var(--dk-mm-c1e8306a9);}',
      ],
    });
  });

  it('gives the exact SVG of the flowchart render', () => {
    expect(toThemed().svg).toBe(
      '<svg id="dk-mm-k1" width="400" viewBox="0 0 400.12 100" aria-roledescription="flowchart-v2" aria-labelledby="chart-title-dk-mm-k1" class="dk-mm dk-mm--flowchart-v2 dk-mm-min300">' +
        '<title id="chart-title-dk-mm-k1">Title</title><g class="node"><title>Read about volumes</title>' +
        '<rect d="M1.23 2.5 0.25" class="dk-mm-s9f1b1b00 dk-mm-aa48bf8d0"></rect></g>' +
        '<line id="dk-mm-k1-actor0" marker-end="url(#dk-mm-k1-actor0)"></line></svg>',
    );
  });

  it('names classes with the hash it is given, and refuses one that gives no hex digits', () => {
    const light = render('light', '#e8f0fe', '#1f2328');
    const dark = render('dark', '#16284a', '#e6edf3');
    const named = toThemedDiagram(light, dark, 'k1', () => '0123456789abcdef');
    expect(named.rules).toContain('.dk-mm-s01234567{stroke-width:2!important}');
    expect(() => toThemedDiagram(light, dark, 'k1', () => 'not-hex!')).toThrow(
      new TypeError('toThemedDiagram: "hash" must return hex digits, such as a SHA-256 in hex; got "not-hex!"'),
    );
  });

  it('refuses a render that is not one svg element', () => {
    expect(() => toThemedDiagram('<g></g>', '<g></g>', 'k1', toSha256Hex)).toThrow(
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

  it('splits selector lists only at top-level commas, and matches SVG element names as SVG', () => {
    const svg = '<svg class="t"><g class="node"><rect></rect></g><linearGradient><stop></stop></linearGradient></svg>';
    const shared = [
      '.t :is(.missing, .gone) rect{fill:red;}',
      '.t [title="a,b"]{fill:red;}',
      ".t [title='x)'], .t .gone{fill:red;}",
      '.t .gone, .t :is(.node, .x) rect{fill:blue;}',
      '.t linearGradient stop{stop-color:red;}',
      '@media (prefers-reduced-motion: reduce){.t .edge{animation:none;}}',
    ];
    expect(body(toDiagramStylesheet([diagram(svg, [])], shared))).toEqual(shared.slice(3));
  });

  it('sorts its own rules by kind then text, says each rule and colour once, and keeps colours an SVG uses', () => {
    const shared = [':root{--dk-mm-a:light-dark(#000, #fff)}', ':root{--dk-mm-a:light-dark(#000, #fff)}', '.t{x:1}'];
    const diagrams = [
      diagram('<svg class="t"><rect fill="var(--dk-mm-a)"></rect></svg>', ['.z{x:1}', '.t{x:1}', '.m{x:1}']),
      diagram('<svg></svg>', ['.a{x:1}', ':where(.q){y:1}', ':where(.b){y:1}']),
    ];
    expect(body(toDiagramStylesheet(diagrams, shared))).toEqual([
      ':root{--dk-mm-a:light-dark(#000, #fff)}',
      ':where(.b){y:1}',
      ':where(.q){y:1}',
      '.t{x:1}',
      '.a{x:1}',
      '.m{x:1}',
      '.z{x:1}',
    ]);
  });

  it('reads a selector by the element it styles, whatever the reader does with it', () => {
    const svg = '<svg class="t"><g class="node"></g></svg>';
    const shared = [
      '.t .gone:hover, .t .missing::before{fill:red;}',
      '.t .node:focus-visible{fill:blue;}',
      '::selection{color:red;}',
    ];
    expect(body(toDiagramStylesheet([diagram(svg, [])], shared))).toEqual(shared.slice(1));
  });

  it('keeps a rule whose selector it cannot read, rather than drop one that may be used', () => {
    const shared = ['.t ::-moz-selection-thing(x{fill:red;}', '.t:frobnicate(1) rect{fill:blue;}'];
    expect(body(toDiagramStylesheet([diagram('<svg class="t"></svg>', [])], shared))).toEqual(shared);
  });
});

describe('toTopLevelRules', () => {
  it('splits minified CSS into its rules, an at-rule with its block as one, without the space between', () => {
    expect(toTopLevelRules('.a{x:1} @keyframes k{to{y:2}}\n.b{z:3}')).toEqual([
      '.a{x:1}',
      '@keyframes k{to{y:2}}',
      '.b{z:3}',
    ]);
  });
});
