import { describe, expect, it } from 'vitest';
import { isDockerProgram, readDockerInvocation } from '../../../src/lib/cli/invocation.ts';
import { toProgramWords, toShellCommands } from '../../../src/lib/shell/words.ts';
import { CLI } from '../../../src/node/cli-data.ts';

/** Reads one command line the way a snippet's invocation is read. */
function read(line: string) {
  const [words = []] = toShellCommands(line);
  return readDockerInvocation(toProgramWords(words), CLI);
}

describe('readDockerInvocation', () => {
  it('accepts --help on any command without a problem', () => {
    expect(read('docker run --help').problems).toEqual([]);
    expect(read('docker volume create --help').problems).toEqual([]);
  });

  it('names the nearest subcommand of a group', () => {
    expect(read('docker volume inspct db').problems[0]?.message).toBe(
      '`docker volume` has no subcommand `inspct`; did you mean `docker volume inspect`?',
    );
  });

  it('asks for the value a flag needs', () => {
    expect(read('docker logs --tail').problems[0]?.ruleId).toBe('missing-value');
    expect(read('docker logs --tail=5 web').problems).toEqual([]);
  });

  it('leaves the words after the image to the container', () => {
    expect(read('docker run --rm alpine ls --netwrk').problems).toEqual([]);
  });
});

describe('isDockerProgram', () => {
  it('knows docker and docker-compose only', () => {
    expect(isDockerProgram('docker')).toBe(true);
    expect(isDockerProgram('docker-compose')).toBe(true);
    expect(isDockerProgram('podman')).toBe(false);
  });
});
