import { transformerNotationDiff } from '@shikijs/transformers';
import { codeToHtml } from 'shiki';
import { describe, expect, it } from 'vitest';
import { transformerCodeFrame } from '../../src/plugins/shiki-code-frame.ts';
import { transformerCommandLinks, type Options } from '../../src/plugins/shiki-command-links.ts';
import { readFixtureCases, recordOutput } from './fixture-cases.ts';

async function highlight(code: string, options: Options): Promise<string> {
  return codeToHtml(code, {
    lang: 'sh',
    meta: { __raw: '' },
    themes: { light: 'github-light', dark: 'github-dark' },
    defaultColor: false,
    transformers: [transformerCommandLinks(options), transformerCodeFrame(), transformerNotationDiff()],
  });
}

describe('transformerCommandLinks', () => {
  for (const fixture of readFixtureCases('shiki-command-links', 'input.txt')) {
    it(fixture.name, async () => {
      const actual = await highlight(fixture.input.replace(/\n$/, ''), fixture.options as Options);
      expect(actual).toBe(recordOutput(fixture, actual));
    });
  }

  it('keeps the text of a linked line, so selection and copy give plain commands', async () => {
    const html = await highlight('$ docker run -it --rm ubuntu:24.04 bash', {});
    expect(html).toContain('class="dk-cmd-link"');
    expect(html.replace(/<[^>]+>/g, '')).toContain('docker run -it --rm ubuntu:24.04 bash');
  });

  it('rejects a reference path without a leading slash when created', () => {
    expect(() => transformerCommandLinks({ referencePath: 'reference/' })).toThrow(
      'transformerCommandLinks: option "referencePath" must be a path starting with /, got "reference/"',
    );
  });
});
