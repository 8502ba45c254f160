import { describe, expect, it } from 'vitest';
import { readDockerInvocation } from '../../../src/lib/cli/invocation.ts';
import { toFirstRefusal } from '../../../src/lib/cli/refusal.ts';
import { toProgramWords, toShellCommands } from '../../../src/lib/shell/words.ts';
import { CLI } from '../../../src/node/cli-data.ts';

const refuse = (line: string) =>
  toFirstRefusal(readDockerInvocation(toProgramWords(toShellCommands(line)[0] ?? []), CLI));

describe('toFirstRefusal', () => {
  it('words a flag error as cli/cobra.go FlagErrorFunc: usage, help line, exit 125', () => {
    expect(refuse('docker run -dxz nginx')).toEqual({
      stderr:
        "unknown shorthand flag: 'x' in -xz\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]\n\nRun 'docker run --help' for more information\n",
      exit: 125,
    });
  });

  it('words an unknown command at the root without usage, in a group with it, exit 1', () => {
    expect(refuse('docker x')).toEqual({
      stderr: "docker: unknown command: docker x\n\nRun 'docker --help' for more information\n",
      exit: 1,
    });
    expect(refuse('docker volume lss')).toEqual({
      stderr:
        "docker: unknown command: docker volume lss\n\nUsage:  docker volume COMMAND\n\nRun 'docker volume --help' for more information\n",
      exit: 1,
    });
  });

  it('names a subcommand alias by the subcommand, as cobra does', () => {
    expect(refuse('docker container ps --x')?.stderr).toBe(
      "unknown flag: --x\n\nUsage:  docker container ls [OPTIONS]\n\nRun 'docker container ls --help' for more information\n",
    );
  });

  it('has nothing to say about a line the CLI reads', () => {
    expect(refuse('docker run --rm=false -dit --name=x busybox:1.38 sh')).toBeUndefined();
    expect(refuse('docker stop --time 5 web')).toBeUndefined();
  });
});
