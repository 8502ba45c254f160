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

describe('readDockerInvocation, case by case', () => {
  const problemsOf = (line: string) => read(line).problems.map(({ message, ruleId }) => ({ ruleId, message }));
  const LEGACY = '; or mark a snippet that shows it on purpose with `legacy` after the language';

  it.each([
    [
      'docker run --disable-content-trust alpine',
      'deprecated',
      '`--disable-content-trust` of `docker container run` is deprecated (Docker CLI 29.0)' + LEGACY,
    ],
    [
      'docker stop --time 5 web',
      'deprecated',
      '`--time` of `docker container stop` is deprecated (Docker CLI 28.0): use `--timeout` instead' + LEGACY,
    ],
    [
      'docker-compose up',
      'removed',
      '`docker-compose` is removed (Compose v1, end of life in July 2023): use `docker compose` instead' + LEGACY,
    ],
    [
      'docker volume zzzzzz',
      'unknown-command',
      '`docker volume` has no subcommand `zzzzzz`; its subcommands are create, inspect, list, ls, prune, remove, rm, update',
    ],
    [
      'docker run --zzzzzzzz alpine',
      'unknown-flag',
      '`docker container run` has no flag `--zzzzzzzz`; run `docker container run --help` for its flags',
    ],
    [
      'docker logs --tail',
      'missing-value',
      '`--tail` of `docker container logs` needs a value (string): write `--tail <string>`',
    ],
  ])('%s: %s', (line, ruleId, message) => {
    expect(problemsOf(line)).toEqual([{ ruleId, message }]);
  });

  it('reads grouped short flags, each at its letter, and a value joined with or without =', () => {
    const run = read('docker run -itp8080:80 -e=A=1 --name=web alpine');
    expect(run.problems).toEqual([]);
    expect(run.parts.map((part) => [part.flag?.name ?? part.command.path, part.start, part.length])).toEqual([
      ['docker container run', 0, 3],
      ['--interactive', 0, 2],
      ['--tty', 2, 1],
      ['--publish', 3, 1],
      ['--env', 0, 2],
      ['--name', 0, 6],
    ]);
    expect(run.values.map((value) => [value.part.flag?.name, value.start, value.value])).toEqual([
      ['--publish', 4, '8080:80'],
      ['--env', 3, 'A=1'],
      ['--name', 7, 'web'],
    ]);
    expect(run.operands.map((word) => word.value)).toEqual(['alpine']);
  });

  it('names the unknown letter of a short-flag group', () => {
    const [problem] = read('docker run -iZ alpine').problems;
    expect(problem?.ruleId).toBe('unknown-flag');
    expect(problem?.message).toMatch(/^`docker container run` has no flag `-Z`; /);
  });

  it('ends options at --, and reads a lone - as an operand', () => {
    const run = read('docker run -- -alpine');
    expect(run.unread.map((word) => word.value)).toEqual(['--']);
    expect(run.operands.map((word) => word.value)).toEqual(['-alpine']);
    expect(run.problems).toEqual([]);
    expect(read('docker ps -a -').operands.map((word) => word.value)).toEqual(['-']);
  });
});
