import { transformerNotationDiff } from '@shikijs/transformers';
import { codeToHtml } from 'shiki';
import { describe, expect, it } from 'vitest';
import { transformerCodeFrame } from '../../src/plugins/shiki-code-frame.ts';
import { transformerCommandLinks, type Options } from '../../src/plugins/shiki-command-links.ts';
import { toReferenceHref } from '../../src/lib/reference-urls.ts';
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

  it('links an alias to its canonical command page, and a short flag to the long flag anchor', async () => {
    const html = await highlight('$ docker ps -a', {});
    expect(html).toContain(`href="${toReferenceHref('docker container ls')}"`);
    expect(html).toContain('href="/reference/cli/docker/container/ls/#all"');
  });
});
