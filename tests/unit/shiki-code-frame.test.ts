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
});
