import { codeToHtml } from 'shiki';
import { describe, expect, it } from 'vitest';
import { transformerCodeFrame } from '../../src/plugins/shiki-code-frame.ts';
import { readFixtureCases, recordOutput } from './fixture-cases.ts';
import { highlight, type HighlightOptions } from './shiki-highlight.ts';

describe('transformerCodeFrame', () => {
  for (const fixture of readFixtureCases('shiki-code-frame', 'input.txt')) {
    it(fixture.name, async () => {
      const options: HighlightOptions = { links: false, ...fixture.options };
      const actual = await highlight(fixture.input.replace(/\n$/, ''), options);
      expect(actual).toBe(recordOutput(fixture, actual));
    });
  }

  it('rejects an empty terminal label when created', () => {
    expect(() => transformerCodeFrame({ terminalLabel: '' })).toThrow(
      'transformerCodeFrame: option "terminalLabel" must be a non-empty string, got ""',
    );
  });

  it('rejects a terminal label that is not a string when created', () => {
    expect(() => transformerCodeFrame({ terminalLabel: 42 as unknown as string })).toThrow(
      'transformerCodeFrame: option "terminalLabel" must be a non-empty string, got 42',
    );
  });

  it('frames a terminal as "Terminal" with no links when given no options', async () => {
    const html = await codeToHtml('docker ps', {
      lang: 'sh',
      theme: 'github-light',
      transformers: [transformerCodeFrame()],
    });
    expect(html).toMatch(
      /^<figure class="dk-code" data-kind="terminal"[^>]*><figcaption[^>]*>Terminal<\/figcaption><pre/,
    );
  });

  it('rejects links that are not functions when created', () => {
    expect(() => transformerCodeFrame({ links: ['Explain'] as unknown as [] })).toThrow(
      'transformerCodeFrame: option "links" must be a list of functions that return a link',
    );
  });

  it('gives each link the block it frames, and puts what it returns between the label and the code', async () => {
    const seen: string[] = [];
    const html = await highlight('$ docker ps', {
      links: false,
      meta: 'title="run.sh"',
      frameLinks: [
        ({ kind, meta, pre }) => {
          seen.push(`${kind} ${meta} ${pre.tagName}`);
          return { type: 'element', tagName: 'a', properties: { href: '/x/' }, children: [] };
        },
        () => undefined,
      ],
    });
    expect(seen).toEqual(['terminal title="run.sh" pre']);
    expect(html).toContain('run.sh</figcaption><a href="/x/"></a><pre');
  });
});
