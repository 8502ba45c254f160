import { codeToHtml } from 'shiki';
import { describe, expect, it } from 'vitest';
import { transformerNoTimeLimit } from '../../src/plugins/shiki-no-time-limit.ts';
import {
  SHIKI_THEMES,
  toShikiStylesheet,
  toStyleClass,
  transformerStyleClasses,
} from '../../src/plugins/shiki-style-classes.ts';
import { transformerCodeFrame } from '../../src/plugins/shiki-code-frame.ts';
import { transformerShellSnippet } from '../../src/plugins/shiki-shell-snippet.ts';
import { generateShikiStylesheet, readShikiStylesheet } from '../../src/node/shiki-stylesheet.ts';

async function highlight(code: string, lang: string): Promise<string> {
  return codeToHtml(code, {
    lang,
    themes: SHIKI_THEMES,
    defaultColor: false,
    transformers: [transformerNoTimeLimit(), transformerStyleClasses()],
  });
}

describe('transformerStyleClasses', () => {
  it("replaces every style attribute with one class per declaration, keeping Shiki's classes", async () => {
    const html = await highlight('docker run --rm -it ubuntu # comment', 'sh');
    expect(html).not.toContain('style=');
    expect(html).toMatch(
      /^<pre class="shiki shiki-themes github-light-default github-dark-default dk-s-l-1f2328 dk-s-d-e6edf3 dk-s-lbg-ffffff dk-s-dbg-0d1117"/,
    );
    expect(html).toContain('<span class="dk-s-l-953800 dk-s-d-ffa657">docker</span>');
  });

  it('has a rule in the committed stylesheet for every class it writes', async () => {
    const stylesheet = readShikiStylesheet();
    const samples = await Promise.all([
      highlight('FROM node:24\nRUN npm ci # install\nCMD ["node", "app.js"]', 'dockerfile'),
      highlight('services:\n  web:\n    image: "nginx:1.30"\n    ports: [8080]\n', 'yaml'),
      highlight('{"a": 1, "b": [true, null]}', 'json'),
      highlight('export function f(a: number): string { return `${a}`; }', 'ts'),
    ]);
    const classes = new Set(samples.flatMap((html) => [...html.matchAll(/dk-s-[\w-]+/g)].map((match) => match[0])));
    expect(classes.size).toBeGreaterThan(8);
    expect([...classes].filter((name) => !stylesheet.includes(`.${name}{`))).toEqual([]);
  });

  it('reads a style written by hand: spaces around each part and a closing semicolon', () => {
    const span = {
      type: 'element' as const,
      tagName: 'span',
      properties: { style: ' --shiki-light: #0550AE ; --shiki-dark:#79C0FF;' },
      children: [],
    };
    transformerStyleClasses().root?.call({} as never, { type: 'root', children: [span] });
    expect(span.properties).toEqual({ class: ['dk-s-l-0550ae', 'dk-s-d-79c0ff'] });
  });

  it('gives a value one dash per run of other characters', () => {
    expect(toStyleClass('--shiki-light', 'rgb(0, 0, 0)')).toBe('dk-s-l-rgb-0-0-0');
  });

  it('fails on a declaration it has no class for, naming it', () => {
    expect(toStyleClass('color', '#fff')).toBeUndefined();
    const transformer = transformerStyleClasses();
    const root = {
      type: 'root' as const,
      children: [
        {
          type: 'element' as const,
          tagName: 'span',
          properties: { style: '--shiki-light:#fff; color:#fff ' },
          children: [],
        },
      ],
    };
    expect(() => transformer.root?.call({} as never, root)).toThrow(
      'transformerStyleClasses: no class for the style "color:#fff"; add its property to PROPERTIES in src/plugins/shiki-style-classes.ts',
    );
  });
});

describe('toShikiStylesheet', () => {
  it("writes a rule for a theme's text, background and token colours, and its font styles", () => {
    const light = {
      fg: '#1F2328',
      bg: '#FFFFFF',
      tokenColors: [{ settings: { foreground: '#0550AE' } }, { settings: {} }],
    };
    const dark = { fg: '#E6EDF3', bg: '#0D1117', settings: [{ settings: { foreground: '#79C0FF' } }] };
    const css = toShikiStylesheet(light as never, dark as never);
    for (const rule of [
      '.dk-s-l-0550ae{--shiki-light:#0550ae}',
      '.dk-s-l-1f2328{--shiki-light:#1f2328}',
      '.dk-s-lbg-ffffff{--shiki-light-bg:#ffffff}',
      '.dk-s-d-79c0ff{--shiki-dark:#79c0ff}',
      '.dk-s-dfs-italic{--shiki-dark-font-style:italic}',
      '.dk-s-ox-auto{overflow-x:auto}',
    ]) {
      expect(css).toContain(`\n${rule}\n`);
    }
  });
});

describe('the Shiki transformers', () => {
  it('each carry a name of their own in the dk: namespace', () => {
    const names = [
      transformerCodeFrame(),
      transformerShellSnippet(),
      transformerStyleClasses(),
      transformerNoTimeLimit(),
    ].map((transformer) => transformer.name);
    expect(names).toEqual(['dk:code-frame', 'dk:shell-snippet', 'dk:style-classes', 'dk:no-time-limit']);
  });
});

describe('transformerNoTimeLimit', () => {
  it("lifts Shiki's 500 ms limit per line from the options Shiki tokenizes with", () => {
    const options = { lang: 'sh', tokenizeTimeLimit: 500 };
    const code = transformerNoTimeLimit().preprocess?.call({} as never, 'docker run', options as never);
    expect(code).toBe('docker run');
    expect(options.tokenizeTimeLimit).toBe(0);
  });
});

describe('src/styles/shiki-classes.css', () => {
  it("is current for the site's themes", async () => {
    expect(readShikiStylesheet(), 'run: npm run shiki-css').toBe(await generateShikiStylesheet());
  });
});
