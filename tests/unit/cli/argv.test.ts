import { describe, expect, it } from 'vitest';
import { readArgv } from '../../../src/lib/cli/argv.ts';
import { toProgramWords, toShellCommands } from '../../../src/lib/shell/words.ts';
import { CLI } from '../../../src/node/cli-data.ts';

const read = (line: string) => readArgv(toProgramWords(toShellCommands(line)[0] ?? []), CLI);

describe('readArgv', () => {
  it('takes an empty value for a flag that takes one, as pflag does', () => {
    for (const line of ['docker run --entrypoint "" nginx sh', 'docker run --entrypoint= nginx sh']) {
      const argv = read(line);
      expect(argv.problems, line).toEqual([]);
      expect(argv.flags.map(({ flag, value }) => [flag.name, value])).toEqual([['--entrypoint', '']]);
    }
  });

  it('still refuses an empty value for an on/off flag', () => {
    expect(read('docker run --detach= nginx').problems.map((problem) => problem.ruleId)).toEqual(['invalid-value']);
  });
});
