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
    expect(replay.problem).toMatchObject({ at: 1, ruleId: 'simulate-unmodelled' });
    expect(replay.ran).toEqual(['docker volume create db']);
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
  });
  it.each(['no:', 'no', 'yes', 'no:   '])('refuses simulate="%s" with the one accepted form', (value) => {
    expect(() => readSimulateMark(value)).toThrow(/the one form is simulate="no: REASON"/);
  });
});
