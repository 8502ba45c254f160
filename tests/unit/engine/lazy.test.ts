import { describe, expect, it } from 'vitest';
// The core alone, as the browser first loads it: no lazy module is plugged in (./index.ts does that).
import { createState, execute, useHandlers } from '../../../src/lib/engine/engine.ts';
import { toCliIndex, toCompactCli } from '../../../src/lib/engine/cli.ts';
import { CLI_DATA } from '../../../src/node/cli-data.ts';

// Not ./replay.ts's ENGINE_CLI: that module loads ./index.ts, which plugs every module in.
const ENGINE_CLI = toCliIndex(toCompactCli(CLI_DATA));

describe('a command whose module has not loaded yet', () => {
  it('asks to run the line again, and runs once the module is plugged in', () => {
    const start = createState('lazy');
    const early = execute(start, 'docker volume ls -q', ENGINE_CLI);
    expect([early.stdout, early.exit, early.notes]).toEqual([
      '',
      1,
      [{ text: 'docker volume ls is still loading; run the line again.' }],
    ]);
    useHandlers({
      'docker volume ls': (state) => ({ state, stdout: ['loaded'], stderr: [], exit: 0, notes: [] }),
    });
    expect(execute(start, 'docker volume ls -q', ENGINE_CLI).stdout).toBe('loaded\n');
  });
});
