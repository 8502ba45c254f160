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

describe('readDockerInvocation, what each flag is set to', () => {
  const settings = (line: string) => read(line).flags.map(({ flag, value }) => `${flag.name}=${value}`);

  it('keeps every value of a repeated flag, in order, however it is written', () => {
    expect(settings(`docker run -e A=b -e C --env=D=1 -eE=2 "--env" F nginx`)).toEqual([
      '--env=A=b',
      '--env=C',
      '--env=D=1',
      '--env=E=2',
      '--env=F',
    ]);
  });

  it('sets each boolean of a group, and a value flag at its end takes the next word', () => {
    expect(settings('docker run -dit --rm -dp 8080:80 nginx')).toEqual([
      '--detach=true',
      '--interactive=true',
      '--tty=true',
      '--rm=true',
      '--detach=true',
      '--publish=8080:80',
    ]);
  });

  it('reads a boolean written with its value as pflag does (strconv.ParseBool)', () => {
    expect(settings('docker run --rm=false -d=0 -i=True --tty=t nginx')).toEqual([
      '--rm=false',
      '--detach=false',
      '--interactive=true',
      '--tty=true',
    ]);
    const [problem] = read('docker run --rm=maybe nginx').problems;
    expect(problem?.ruleId).toBe('invalid-value');
    expect(problem?.message).toBe(
      '`--rm` of `docker container run` is on or off: write `--rm` or `--rm=false`, not `=maybe`',
    );
    expect(problem?.refusal?.line).toBe(
      'invalid argument "maybe" for "--rm" flag: strconv.ParseBool: parsing "maybe": invalid syntax',
    );
    expect(read('docker run -d=yes nginx').problems[0]?.refusal?.line).toBe(
      'invalid argument "yes" for "-d, --detach" flag: strconv.ParseBool: parsing "yes": invalid syntax',
    );
  });

  it('takes a short value flag\'s "=" as pflag does: dropped before a value, kept alone', () => {
    expect(settings('docker run -p=8080:80 -p9090:90 nginx')).toEqual(['--publish=8080:80', '--publish=9090:90']);
    expect(settings('docker run -p= nginx')).toEqual(['--publish==']);
  });

  it('gives the words after the image to the container, -- and flags included', () => {
    const run = read('docker run --rm -- busybox:1.38 sh -c "echo -n hi" -- --rm');
    expect(run.operands.map((word) => word.value)).toEqual(['busybox:1.38']);
    expect(run.passed.map((word) => word.value)).toEqual(['sh', '-c', 'echo -n hi', '--', '--rm']);
    expect(settings('docker run --rm -- busybox:1.38 sh -c "echo -n hi" -- --rm')).toEqual(['--rm=true']);
    expect(read('docker rm -- -f').operands.map((word) => word.value)).toEqual(['-f']);
  });

  it('reads --help, and -h where no flag of the command owns it (run -h is --hostname)', () => {
    expect(read('docker ps -h')).toMatchObject({ help: true, problems: [] });
    expect(read('docker ps -ah')).toMatchObject({ help: true, problems: [] });
    expect(read('docker volume ls --help')).toMatchObject({ help: true, problems: [] });
    expect(read('docker run -h box nginx')).toMatchObject({ help: false, problems: [] });
    expect(settings('docker run -h box nginx')).toEqual(['--hostname=box']);
    expect(read('docker ps -a').help).toBe(false);
  });

  it('names the command read last as the CLI does in its messages', () => {
    const typed = (line: string) => [read(line).command?.path, read(line).typed];
    expect(typed('docker run nginx')).toEqual(['docker container run', 'docker run']);
    expect(typed('docker ps')).toEqual(['docker container ls', 'docker ps']);
    expect(typed('docker container ps')).toEqual(['docker container ls', 'docker container ls']);
    expect(typed('docker image list')).toEqual(['docker image ls', 'docker image ls']);
    expect(typed('docker compose up -d')).toEqual(['docker compose up', 'docker compose up']);
  });
});

describe('readDockerInvocation, how the Docker CLI refuses a line', () => {
  const refusal = (line: string) => {
    const found = read(line).problems.find((problem) => problem.refusal)?.refusal;
    return found && { kind: found.kind, line: found.line, typed: found.typed };
  };

  it.each([
    ['docker run --x nginx', 'flag', 'unknown flag: --x', 'docker run'],
    ['docker run --x=1 nginx', 'flag', 'unknown flag: --x', 'docker run'],
    ['docker run -xyz nginx', 'flag', "unknown shorthand flag: 'x' in -xyz", 'docker run'],
    ['docker run -dxz nginx', 'flag', "unknown shorthand flag: 'x' in -xz", 'docker run'],
    ['docker run ---x nginx', 'flag', 'bad flag syntax: ---x', 'docker run'],
    ['docker run --name', 'flag', 'flag needs an argument: --name', 'docker run'],
    ['docker run -dp', 'flag', "flag needs an argument: 'p' in -p", 'docker run'],
    ['docker --bogus ps', 'flag', 'unknown flag: --bogus', 'docker'],
    ['docker container ps --x', 'flag', 'unknown flag: --x', 'docker container ls'],
    ['docker x', 'command', 'docker: unknown command: docker x', 'docker'],
    ['docker volume lss', 'command', 'docker: unknown command: docker volume lss', 'docker volume'],
    ['docker scan nginx', 'command', 'docker: unknown command: docker scan', 'docker'],
  ])('%s', (line, kind, text, typed) => {
    expect(refusal(line)).toEqual({ kind, line: text, typed });
  });

  it('has no refusal for a deprecated form, which the CLI still runs', () => {
    expect(read('docker stop --time 5 web').problems.map((problem) => [problem.ruleId, problem.refusal])).toEqual([
      ['deprecated', undefined],
    ]);
  });

  it('refuses at the first problem, as pflag stops there', () => {
    expect(refusal('docker stop --time 5 --x -q web')?.line).toBe('unknown flag: --x');
  });
});
