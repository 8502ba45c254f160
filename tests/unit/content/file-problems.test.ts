import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { collectProblems } from '../../../src/lib/content/file-problems.ts';

type VFileMessage = ReturnType<VFile['message']>;

/** Runs `failIfAny` and returns what it threw, or undefined when it did not throw. */
function thrown(fail: () => void): VFileMessage | undefined {
  try {
    fail();
  } catch (error) {
    return error as VFileMessage;
  }
  return undefined;
}

describe('collectProblems', () => {
  it('does not fail a file without problems', () => {
    const problems = collectProblems(new VFile({ path: 'content/page.mdx' }), 'remark-x');
    expect(thrown(() => problems.failIfAny())).toBeUndefined();
  });

  it('fails with one problem exactly as file.fail reports it', () => {
    const file = new VFile({ path: 'content/page.mdx' });
    const problems = collectProblems(file, 'remark-x');
    problems.add('No flag `--al`', { line: 4, column: 17 }, 'unknown-flag');
    const error = thrown(() => problems.failIfAny());
    expect(error).toMatchObject({
      reason: 'No flag `--al`',
      line: 4,
      column: 17,
      file: 'content/page.mdx',
      source: 'remark-x',
      ruleId: 'unknown-flag',
      fatal: true,
    });
  });

  it('fails once with every problem, in page order, at the first one, with the path from the working folder', () => {
    const file = new VFile({ path: '/site/content/page.mdx', cwd: '/site' });
    const problems = collectProblems(file, 'remark-x');
    problems.add('third', { line: 9, column: 1 }, 'c');
    problems.add('second, on two lines\nthe second line', { line: 4, column: 20 }, 'b');
    problems.add('first', { start: { line: 4, column: 3 }, end: { line: 4, column: 8 } }, 'a');
    const error = thrown(() => problems.failIfAny());
    expect(error?.reason).toBe(
      [
        '3 problems in content/page.mdx, in page order:',
        'content/page.mdx:4:3: first',
        'content/page.mdx:4:20: second, on two lines',
        '  the second line',
        'content/page.mdx:9:1: third',
      ].join('\n'),
    );
    expect(error).toMatchObject({ line: 4, column: 3, source: 'remark-x', ruleId: 'a', fatal: true });
  });

  it('reports a problem recorded twice at one place once, and keeps each on the file as a fatal message', () => {
    const file = new VFile({ path: 'content/page.mdx' });
    const problems = collectProblems(file, 'remark-x');
    problems.add('same', { line: 2, column: 1 }, 'a');
    problems.add('same', { line: 2, column: 1 }, 'a');
    problems.add('same', { line: 3, column: 1 }, 'a');
    expect(thrown(() => problems.failIfAny())?.reason).toBe(
      '2 problems in content/page.mdx, in page order:\ncontent/page.mdx:2:1: same\ncontent/page.mdx:3:1: same',
    );
    expect(file.messages.slice(0, 3).map((message) => message.fatal)).toEqual([true, true, true]);
  });
});
