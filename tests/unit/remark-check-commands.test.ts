import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import { remarkFailure, runRemark } from './remark-run.ts';
import { remarkCheckCommands } from '../../src/plugins/remark-check-commands.ts';
import { readFixtureCases, recordOutput } from './fixture-cases.ts';

const run = (mdx: string): Promise<string> => runRemark(remarkCheckCommands, mdx);
const failure = (mdx: string): Promise<string> => remarkFailure(remarkCheckCommands, mdx);

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
