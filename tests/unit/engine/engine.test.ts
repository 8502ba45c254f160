import { describe, expect, it } from 'vitest';
import { createState, execute, MAX_LINE, toLazyModules, toModelled } from '../../../src/lib/engine/index.ts';
import { ENGINE_CLI } from './replay.ts';
import { runLines } from './run.ts';

/** execute: how one console line is read, chained, refused, and timed; which modules it needs. */

describe('a console line', () => {
  it('does nothing for a blank line, and advances the clock 2 seconds per command run', () => {
    const { results } = runLines(['   ', 'docker volume create a', 'docker volume ls -q; docker volume ls -q']);
    expect(results.map((result) => [result.stdout, result.exit, result.state.clock])).toEqual([
      ['', 0, 0],
      ['a\n', 0, 2],
      ['a\na\n', 0, 6],
    ]);
  });

  it('runs every command of a ; list, and stops a && chain at the first failure', () => {
    const { results, state } = runLines([
      'docker volume rm nope; docker volume create b',
      'docker volume rm nope && docker volume create c',
      'docker volume create d && docker volume create e',
    ]);
    const missing = 'Error response from daemon: get nope: no such volume\n';
    expect(results.map((result) => [result.stdout, result.stderr, result.exit])).toEqual([
      ['b\n', missing, 0],
      ['', missing, 1],
      ['d\ne\n', '', 0],
    ]);
    expect(state.volumes.map((volume) => volume.name)).toEqual(['b', 'd', 'e']);
  });

  it('refuses a line too long, control characters, pipes, substitutions and other programs', () => {
    const start = createState('refuse');
    const lines = [
      'x'.repeat(MAX_LINE + 1),
      'docker ps \u0007',
      'docker ps | grep web',
      'docker ps|wc',
      'echo $HOME',
      'ls -l',
    ];
    const replies = lines.map((line) => execute(start, line, ENGINE_CLI));
    expect(replies.map((reply) => [reply.notes.map((note) => note.text), reply.exit, reply.state])).toEqual([
      [['This line is 4,001 characters long; the console takes lines of up to 4,000.'], 1, start],
      [
        [
          'This line holds control characters (such as a pasted escape sequence); type the command again as plain text.',
        ],
        1,
        start,
      ],
      [
        ['Pipes (|) are not run by this console: it runs docker commands only. Type the docker command alone.'],
        1,
        start,
      ],
      [
        ['Pipes (|) are not run by this console: it runs docker commands only. Type the docker command alone.'],
        1,
        start,
      ],
      [
        [
          'Command substitution and variables ($(…), `…`, $NAME) are not expanded by this console; type the value itself.',
        ],
        1,
        start,
      ],
      [['ls: this console runs docker commands only (and undo, reset, hint, solution, share).'], 127, start],
    ]);
  });

  it('takes a line of exactly the longest length, a tab, and a | inside quotes', () => {
    const start = createState('edges');
    const long = `docker volume create ${'v'.repeat(MAX_LINE - 'docker volume create '.length)}`;
    expect(execute(start, long, ENGINE_CLI).exit).toBe(0);
    expect(execute(start, 'docker\tvolume create tabbed', ENGINE_CLI).stdout).toBe('tabbed\n');
    const quoted = runLines(["docker run --rm busybox:1.38 echo 'a|b'"]).last;
    expect([quoted.stdout, quoted.notes]).toEqual(['a|b\n', []]);
  });

  it('answers --help with the usage line and a link to the reference', () => {
    const { last } = runLines(['docker ps --help']);
    expect([last.stdout, last.exit, last.notes]).toEqual([
      'Usage:  docker ps [OPTIONS]\n',
      0,
      [
        {
          text: 'The full help of docker container ls is in the command reference.',
          href: '/reference/cli/docker/container/ls/',
        },
      ],
    ]);
  });

  it('says a real command it does not model is not simulated, and names each flag it ignores', () => {
    const { results } = runLines(['docker system df', 'docker ps --last 2 --no-trunc']);
    expect([results[0]?.exit, results[0]?.notes]).toEqual([
      1,
      [
        {
          text: 'docker system df is a real command, but this playground does not simulate it.',
          href: '/reference/cli/docker/system/df/',
        },
      ],
    ]);
    expect(results[1]?.notes.map((note) => note.href)).toEqual([
      '/reference/cli/docker/container/ls/#last',
      '/reference/cli/docker/container/ls/#no-trunc',
    ]);
    expect(results[1]?.notes[0]?.text).toBe(
      '--last is a real flag of docker container ls; this playground does not simulate it, so it had no effect here.',
    );
  });

  it('counts another restart of a crash-looping container with every line', () => {
    const { results } = runLines([
      "docker run -d --name loop --restart always busybox:1.38 sh -c 'exit 1'",
      'docker volume ls',
      'docker volume ls',
    ]);
    expect(results.map((result) => result.state.containers[0]?.restartCount)).toEqual([2, 3, 4]);
  });
});

describe('toLazyModules', () => {
  it.each([
    ['docker run -d nginx:1.30', []],
    ['docker run busybox:1.38 echo hi', ['shell']],
    ['docker create --entrypoint x busybox:1.38', ['shell']],
    ['docker ps', ['ps']],
    ['docker exec w ls', ['exec', 'shell']],
    ['docker logs w', ['exec']],
    ['docker compose up -d', ['compose', 'shell']],
    ['docker compose ps', ['compose']],
    ['docker network ls; docker volume ls', ['objects']],
    ['docker inspect w', ['inspect']],
    ['docker images', ['images']],
    ['docker bogus', []],
  ])('%s needs %j', (line, modules) => {
    expect(toLazyModules(line, ENGINE_CLI)).toEqual(modules);
  });
});

describe('toModelled', () => {
  it('lists the modelled commands with the flags each honours', () => {
    const modelled = toModelled();
    expect(Object.keys(modelled)).toHaveLength(36);
    expect(modelled['docker container run']).toContain('--detach');
    expect(modelled['docker container create']).not.toContain('--detach');
    expect(modelled['docker container kill']).toEqual([]);
  });
});
