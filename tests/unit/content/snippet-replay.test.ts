import { describe, expect, it } from 'vitest';
import {
  readSimulateMark,
  replaySnippet,
  toComparable,
  toContradiction,
  toSnippetCommands,
  toUnmodelled,
} from '../../../src/lib/content/snippet-replay.ts';
import { createState } from '../../../src/lib/engine/index.ts';
import { ENGINE_CLI } from '../engine/replay.ts';

const shown = (...texts: string[]) => texts.map((text, index) => ({ text, at: index + 2 }));

describe('toSnippetCommands', () => {
  it('joins continuations, drops a leading time and comments, and keeps the output under each command', () => {
    const source = '$ docker run -d \\\n    --name web nginx:1.30\n$ # a comment\n$ time docker stop web\nweb';
    expect(toSnippetCommands(source)).toEqual([
      { line: 'docker run -d --name web nginx:1.30', at: 1, shown: [] },
      { line: 'docker stop web', at: 4, shown: [{ text: 'web', at: 5 }] },
    ]);
  });
});

describe('toSnippetCommands, case by case', () => {
  it.each([
    [
      'a continuation with no space before the backslash',
      '$ docker run -d\\\n  --name web nginx:1.30',
      'docker run -d --name web nginx:1.30',
    ],
    [
      'a continuation with blanks after the backslash',
      '$ docker run -d \\  \n  --name web nginx:1.30',
      'docker run -d --name web nginx:1.30',
    ],
    ['a time that is not the first word', '$ docker exec web time ls', 'docker exec web time ls'],
  ])('%s', (_case, source, line) => {
    expect(toSnippetCommands(source).map((command) => command.line)).toEqual([line]);
  });

  it('leaves out an empty prompt', () => {
    expect(toSnippetCommands('$\n$ docker ps').map((command) => command.line)).toEqual(['docker ps']);
  });
});

describe('toUnmodelled', () => {
  it('accepts a modelled command with modelled flags', () => {
    expect(toUnmodelled('docker run -d --name web -p 8080:80 nginx:1.30', ENGINE_CLI)).toBeUndefined();
  });
  it.each([
    ['docker version', 'command', 'the playground does not simulate `docker version`'],
    ['curl http://localhost/', 'command', '`curl` is not a docker command'],
    ['DOCKER_HOST=ssh://h docker ps', 'command', "`DOCKER_HOST=ssh://h` sets docker's environment"],
    ['docker run -v "$PWD":/out nginx:1.30', 'command', '`"$PWD":/out` needs a shell to expand it'],
    ['docker ps | wc -l', 'command', 'it pipes into another program'],
    ['docker run --memory 1g nginx:1.30', 'flag', '`--memory` of `docker container run`'],
  ])('%s: %s', (line, kind, reason) => {
    expect(toUnmodelled(line, ENGINE_CLI)).toEqual({ kind, reason: expect.stringContaining(reason) as string });
  });
});

describe('toUnmodelled, what is not a pipe or an assignment', () => {
  it.each([
    ['a | inside single quotes', "docker run alpine:3.22 sh -c 'echo a | wc -l'"],
    ['a | inside double quotes', 'docker run alpine:3.22 sh -c "echo a | wc -l"'],
    ['sudo and its options', 'sudo --preserve-env=HOME docker volume ls'],
    ['a docker command the CLI does not know, left to the command check', 'docker volume frobnicate'],
  ])('%s', (_case, line) => {
    expect(toUnmodelled(line, ENGINE_CLI)).toBeUndefined();
  });
});

describe('toContradiction', () => {
  it('ignores IDs, ages, sizes and column padding', () => {
    const table = 'CONTAINER ID   STATUS         NAMES\n4f1c2a9d8e7b   Up 3 minutes   web\n';
    expect(toComparable('3a9f0c1d2e4b  Up 5 seconds  web')).toBe(toComparable(table.split('\n')[1] ?? ''));
    expect(toContradiction(shown('CONTAINER ID  STATUS  NAMES', '0123456789ab  Up 1 hour  web'), table, '')).toBe(
      undefined,
    );
  });
  it('names the first shown line the engine does not print, and what it prints instead', () => {
    expect(toContradiction(shown('named-db'), 'db\n', '')).toEqual({
      at: 2,
      expected: 'named-db',
      engine: expect.stringMatching(/^db\n/) as string,
    });
  });
  it('lets stderr lines be left out, but not stdout lines unless a ... line says so', () => {
    const stderr = 'Unable to find image locally\nPull complete\n';
    expect(toContradiction(shown('a'), 'a\n', stderr)).toBeUndefined();
    expect(toContradiction(shown('a'), 'a\nb\n', '')).toMatchObject({ expected: '(the output ends here)' });
    expect(toContradiction(shown('a', '...'), 'a\nb\n', '')).toBeUndefined();
    expect(toContradiction(shown('b'), 'a\nb\n', '')).toMatchObject({
      expected: 'b',
      engine: expect.stringMatching(/^a\n/) as string,
    });
  });
});

describe('toContradiction, messages', () => {
  it('says so when the engine prints nothing at all', () => {
    expect(toContradiction(shown('db'), '', '')).toEqual({
      at: 2,
      expected: 'db',
      engine: "(nothing more)\n  the engine's whole answer:\n(nothing)",
    });
  });

  it('names the first line the page leaves out, and how to say it leaves lines out', () => {
    expect(toContradiction(shown('a'), 'a\nb\n', '')).toEqual({
      at: 2,
      expected: '(the output ends here)',
      engine: 'b (and more: write ... where the page leaves lines out)',
    });
  });

  it('still reports a line the engine never prints after a ... line', () => {
    expect(toContradiction(shown('...', 'nope'), 'a\n', '')).toMatchObject({ at: 3, expected: 'nope' });
  });

  it('takes each stderr line once, in order', () => {
    expect(toContradiction(shown('Pulling'), '', 'Pulling\n')).toBeUndefined();
    expect(toContradiction(shown('w', 'w'), '', 'w\n')).toMatchObject({ at: 3, expected: 'w' });
  });

  it('compares IDs, ages and padding by their shape, and drops trailing blanks', () => {
    expect(toComparable('4f1c2a9d8e7b   Up 3 minutes   web   ')).toBe('<id:12>   Up <age>   web');
  });
});

describe('replaySnippet', () => {
  it('builds the state across snippets and records the lines a reader would type', () => {
    const first = replaySnippet(createState('playground'), '$ docker volume create db\ndb', ENGINE_CLI, true);
    expect(first).toMatchObject({ showsOutput: true, ran: ['docker volume create db'] });
    expect(first.problem).toBeUndefined();
    const second = replaySnippet(first.state, '$ docker volume ls\nDRIVER  VOLUME NAME\nlocal   db', ENGINE_CLI, true);
    expect(second.problem).toBeUndefined();
  });
  it('reports a command it cannot run, even where it shows no output itself', () => {
    const replay = replaySnippet(
      createState('p'),
      '$ docker swarm init\n$ docker volume create db\ndb',
      ENGINE_CLI,
      true,
    );
    expect(replay.problem).toEqual({
      at: 1,
      ruleId: 'simulate-unmodelled',
      message:
        "`docker swarm init` is not simulated by the playground's engine: the playground does not simulate `docker swarm init`",
    });
    expect(replay.ran).toEqual(['docker volume create db']);
  });

  it('keeps the first problem: a later contradiction does not replace it', () => {
    const replay = replaySnippet(
      createState('p'),
      '$ docker swarm init\n$ docker volume create db\nnamed-db',
      ENGINE_CLI,
      true,
    );
    expect(replay.problem).toMatchObject({ at: 1, ruleId: 'simulate-unmodelled' });
  });

  it('runs a command with a flag the engine ignores, and reports the flag only where output is shown', () => {
    const run = '$ docker run -d --memory 1g --name web nginx:1.30';
    const quiet = replaySnippet(createState('p'), run, ENGINE_CLI, true);
    expect(quiet.problem).toBeUndefined();
    expect(quiet.ran).toEqual(['docker run -d --memory 1g --name web nginx:1.30']);
    expect(replaySnippet(createState('p'), `${run}\nf3c1`, ENGINE_CLI, true).problem).toEqual({
      at: 1,
      ruleId: 'simulate-unmodelled',
      message:
        "`docker run -d --memory 1g --name web nginx:1.30` is not simulated by the playground's engine: the playground does not simulate `--memory` of `docker container run`",
    });
  });

  it('names the shown line the engine contradicts, what it prints instead and its whole answer', () => {
    expect(replaySnippet(createState('p'), '$ docker volume create db\nnamed-db', ENGINE_CLI, true).problem).toEqual({
      at: 2,
      ruleId: 'simulate-contradiction',
      message:
        "The output shown for `docker volume create db` disagrees with the playground's engine:\n" +
        "  the page shows:  named-db\n  the engine prints: db\n  the engine's whole answer:\ndb",
    });
  });

  it('compares nothing when asked not to, and says whether any command shows output', () => {
    const replay = replaySnippet(createState('p'), '$ docker volume create db\nnamed-db', ENGINE_CLI, false);
    expect(replay.problem).toBeUndefined();
    expect(replay.showsOutput).toBe(true);
    expect(replaySnippet(createState('p'), '$ docker volume create db\n   ', ENGINE_CLI, true).showsOutput).toBe(false);
    expect(
      replaySnippet(createState('p'), '$ docker volume create db\n$ docker volume ls -q\ndb', ENGINE_CLI, true)
        .showsOutput,
    ).toBe(true);
  });
});

describe('replaySnippet, blank lines', () => {
  it('reads a blank line between commands as layout, not as output the engine must print', () => {
    const replay = replaySnippet(
      createState('p'),
      '$ docker volume create db\n\n$ docker volume ls -q\ndb',
      ENGINE_CLI,
      true,
    );
    expect(replay.problem).toBeUndefined();
    expect(replay.showsOutput).toBe(true);
  });

  it("matches shown output around the engine's own blank lines", () => {
    expect(toContradiction(shown('Hello', 'World'), 'Hello\n\nWorld\n', '')).toBeUndefined();
  });
});

describe('readSimulateMark', () => {
  it('reads the reason of simulate="no: …"', () => {
    expect(readSimulateMark('no: needs a Swarm')).toBe('needs a Swarm');
    expect(readSimulateMark(undefined)).toBeUndefined();
    expect(readSimulateMark('  no: needs a Swarm  ')).toBe('needs a Swarm');
  });
  it.each(['no:', 'no', 'yes', 'no:   '])('refuses simulate="%s" with the one accepted form', (value) => {
    expect(() => readSimulateMark(value)).toThrow(/the one form is simulate="no: REASON"/);
  });
});
