import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkHeadingIds, type Options } from '../../src/plugins/remark-heading-ids.ts';
import { readFixtureCases, recordOutput } from './fixture-cases.ts';
import { toFailure } from './remark-run.ts';

async function run(mdx: string, options: Options = {}): Promise<string> {
  const file = new VFile({ path: 'content/page.mdx', value: mdx });
  const result = await unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkHeadingIds, options)
    .use(remarkRehype)
    .use(rehypeStringify)
    .process(file);
  return String(result);
}

describe('remarkHeadingIds', () => {
  for (const fixture of readFixtureCases('remark-heading-ids', 'input.mdx')) {
    it(fixture.name, async () => {
      if (fixture.error !== undefined) {
        expect(await toFailure(run(fixture.input, fixture.options))).toBe(fixture.error);
        return;
      }
      const actual = await run(fixture.input, fixture.options);
      expect(actual).toBe(recordOutput(fixture, actual));
    });
  }

  it('reports the line of the second heading that reuses an anchor', async () => {
    expect.assertions(2);
    try {
      await run('## A {/* #same */}\n\ntext\n\n## B {/* #same */}\n');
    } catch (error) {
      expect(String(error)).toContain('used twice on this page (first at line 1)');
      expect((error as { line?: number }).line).toBe(5);
    }
  });

  it('rejects a non-boolean requirePinned when created', () => {
    expect(() =>
      unified()
        .use(remarkHeadingIds, { requirePinned: 'yes' as never })
        .freeze(),
    ).toThrow('remarkHeadingIds: option "requirePinned" must be true or false, got "yes"');
  });
});
