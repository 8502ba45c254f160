import { describe, expect, it } from 'vitest';
import { CLI } from '../../src/node/cli-data.ts';
import { readDockerInvocation } from '../../src/lib/cli/invocation.ts';
import { toProgramWords, toShellCommands } from '../../src/lib/shell/words.ts';

const read = (line: string) => readDockerInvocation(toProgramWords(toShellCommands(line)[0] ?? []), CLI);
const values = (line: string) => read(line).values.map((value) => [value.part.flag?.name, value.value, value.start]);

describe('readDockerInvocation: values, operands and the container command', () => {
  it.each([
    ['docker run -p 8080:80 nginx', [['--publish', '8080:80', 0]]],
    ['docker run --name=web nginx', [['--name', 'web', 7]]],
    ['docker run -p8080:80 nginx', [['--publish', '8080:80', 2]]],
    ['docker run -dp 8080:80 nginx', [['--publish', '8080:80', 0]]],
    ['docker run -it --rm -e A=1 alpine sh', [['--env', 'A=1', 0]]],
    ['docker run -d nginx -p 8080:80', []],
  ])('%s gives its flag values', (line, expected) => {
    expect(values(line)).toEqual(expected);
  });

  it('reads the operand of docker run and hands the rest to the container', () => {
    const invocation = read('docker run --rm alpine:3.20 sh -c "echo hi"');
    expect(invocation.operands.map((word) => word.value)).toEqual(['alpine:3.20']);
    expect(invocation.passed.map((word) => word.value)).toEqual(['sh', '-c', 'echo hi']);
  });

  it('reads every operand of a command that takes several', () => {
    expect(read('docker volume rm data logs').operands.map((word) => word.value)).toEqual(['data', 'logs']);
  });

  it('records where reading stopped at a word the shell fills in, and what it left unread', () => {
    const invocation = read('docker rm -f $(docker ps -aq) extra');
    expect(invocation.stoppedAt?.value).toBe('$(docker ps -aq)');
    expect(invocation.unread.map((word) => word.value)).toEqual(['extra']);
  });

  it('leaves --help and -- unread, and everything after an unknown subcommand', () => {
    expect(read('docker run --help').unread.map((word) => word.value)).toEqual(['--help']);
    expect(read('docker volum ls -q').unread.map((word) => word.value)).toEqual(['volum', 'ls', '-q']);
    expect(read('docker-compose up -d').unread.map((word) => word.value)).toEqual(['up', '-d']);
  });
});

describe('toShellCommands: unclosed quotes', () => {
  it.each([
    [`docker run -e 'A=b`, "'"],
    [`docker run -e "A=b`, '"'],
    [`docker rm $(docker ps -q`, '$('],
  ])('%s marks the word that never closes', (line, quote) => {
    expect(toShellCommands(line)[0]?.at(-1)?.unclosed).toBe(quote);
  });

  it('marks no word when every quote closes', () => {
    expect(toShellCommands(`docker run -e 'A=b' "c" $(x)`)[0]?.some((word) => word.unclosed)).toBe(false);
  });
});
