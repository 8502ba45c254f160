import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypeHeadingLinks, type Options } from '../../src/plugins/rehype-heading-links.ts';
import { readFixtureCases, recordOutput } from './fixture-cases.ts';

async function run(html: string, options: Options = {}): Promise<string> {
  const result = await unified()
    .use(rehypeParse, { fragment: true })
    .use(rehypeHeadingLinks, options)
    .use(rehypeStringify)
    .process(html);
  return String(result);
}

describe('rehypeHeadingLinks', () => {
  for (const fixture of readFixtureCases('rehype-heading-links', 'input.html')) {
    it(fixture.name, async () => {
      const actual = await run(fixture.input.trim(), fixture.options);
      expect(actual).toBe(recordOutput(fixture, actual));
    });
  }

  it('rejects an empty label when created', () => {
    expect(() => unified().use(rehypeHeadingLinks, { label: ' ' }).freeze()).toThrow(
      'rehypeHeadingLinks: option "label" must be a non-empty string, got " "',
    );
  });
});
