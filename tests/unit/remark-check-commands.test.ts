import rehypeStringify from 'rehype-stringify';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkCheckCommands } from '../../src/plugins/remark-check-commands.ts';
import { readFixtureCases, recordOutput } from './fixture-cases.ts';

async function run(mdx: string): Promise<string> {
  const file = new VFile({ path: 'content/page.mdx', value: mdx });
  const result = await unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkCheckCommands)
    .use(remarkRehype)
    .use(rehypeStringify)
    .process(file);
  return String(result);
}

/** Runs a failing case and returns `file:line:column: message`, the way the build reports it. */
async function failure(mdx: string): Promise<string> {
  try {
    await run(mdx);
  } catch (error) {
    const { file, line, column, reason } = error as { file: string; line: number; column: number; reason: string };
    return `${file}:${line}:${column}: ${reason}`;
  }
  return 'no error';
}

describe('remarkCheckCommands', () => {
  for (const fixture of readFixtureCases('remark-check-commands', 'input.mdx')) {
    it(fixture.name, async () => {
      if (fixture.error !== undefined) {
        expect(await failure(fixture.input)).toBe(fixture.error);
        return;
      }
      const actual = await run(fixture.input);
      expect(actual).toBe(recordOutput(fixture, actual));
    });
  }

  it('rejects a cli option that is not an index when created', () => {
    expect(() =>
      unified()
        .use(remarkCheckCommands, { cli: 'x' as never })
        .freeze(),
    ).toThrow('remarkCheckCommands: option "cli" must be a CliIndex from createCliIndex(), got string');
  });
});
