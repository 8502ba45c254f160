import { transformerNotationDiff } from '@shikijs/transformers';
import { codeToHtml } from 'shiki';
import { describe, expect, it } from 'vitest';
import { transformerCodeFrame } from '../../src/plugins/shiki-code-frame.ts';
import { readFixtureCases, recordOutput } from './fixture-cases.ts';

async function highlight(code: string, lang: string, meta = ''): Promise<string> {
  return codeToHtml(code, {
    lang,
    meta: { __raw: meta },
    themes: { light: 'github-light', dark: 'github-dark' },
    defaultColor: false,
    transformers: [transformerCodeFrame(), transformerNotationDiff()],
  });
}

describe('transformerCodeFrame', () => {
  for (const fixture of readFixtureCases('shiki-code-frame', 'input.txt')) {
    it(fixture.name, async () => {
      const { lang = 'sh', meta = '' } = fixture.options as { lang?: string; meta?: string };
      const actual = await highlight(fixture.input.replace(/\n$/, ''), lang, meta);
      expect(actual).toBe(recordOutput(fixture, actual));
    });
  }

  it('rejects an empty terminal label when created', () => {
    expect(() => transformerCodeFrame({ terminalLabel: '' })).toThrow(
      'transformerCodeFrame: option "terminalLabel" must be a non-empty string, got ""',
    );
  });
});
