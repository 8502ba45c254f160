import { describe, expect, it } from 'vitest';
import { findLesson } from '../../../src/lib/engine/lessons.ts';
import {
  createSession,
  fromShareFragment,
  isSolved,
  MAX_COMMANDS,
  runLine,
  toGoals,
  toRunFragment,
  type Session,
} from '../../../src/lib/engine/session.ts';
import { ENGINE_CLI } from './replay.ts';

/** The console session: the playground's own commands, undo, the share link and lesson goals. */

const run = (session: Session, ...lines: string[]) => {
  let current = session;
  const replies = lines.map((line) => {
    const reply = runLine(current, line, ENGINE_CLI);
    current = reply.session;
    return reply;
  });
  return { session: current, replies };
};

const notes = (reply: { notes: readonly { text: string }[] }) => reply.notes.map((note) => note.text);

describe('the console’s own commands', () => {
  it('help lists them', () => {
    const { replies } = run(createSession(ENGINE_CLI), '  help ');
    expect(replies[0]?.stdout).toBe(
      "This console runs docker commands on a simulated Docker Engine 29, and:\n  undo      go back one command\n  reset     start again\n  hint      a hint for the lesson\n  solution  run the lesson's solution\n  share     a link that rebuilds this session\n",
    );
  });

  it('undo goes back one command at a time, then says there is nothing to undo', () => {
    const start = createSession(ENGINE_CLI);
    const { session, replies } = run(start, 'docker volume create a', 'docker volume create b', 'undo', 'undo', 'undo');
    expect(replies.slice(2).map(notes)).toEqual([
      ['Undone: the state is as before the last command.'],
      ['Undone: the state is as before the last command.'],
      ['Nothing to undo.'],
    ]);
    expect([session.state, session.ran, session.past]).toEqual([start.state, [], []]);
  });

  it('answers undo, reset, hint, solution and share with a note, never with output', () => {
    const { replies } = run(
      createSession(ENGINE_CLI),
      'docker volume create a',
      'undo',
      'undo',
      'reset',
      'hint',
      'solution',
      'share',
    );
    expect(replies.slice(1).map((reply) => [reply.stdout, notes(reply).length])).toEqual([
      ['', 1],
      ['', 1],
      ['', 1],
      ['', 1],
      ['', 1],
      ['', 1],
    ]);
  });

  it('reset starts the lesson again, with its setup', () => {
    const lesson = findLesson('compose-up-down');
    const start = createSession(ENGINE_CLI, lesson);
    const { session, replies } = run(start, 'docker compose up -d', 'reset');
    expect(notes(replies[1]!)).toEqual(['Reset: back to the start.']);
    expect([session.state, session.ran, session.lesson]).toEqual([start.state, [], lesson]);
  });

  it('hint shows the lesson’s hints in turn and then keeps the last; the free console has one', () => {
    const lesson = findLesson('publish-a-port');
    const hints = lesson?.hints ?? [];
    const lines = hints.map(() => 'hint');
    const { replies } = run(createSession(ENGINE_CLI, lesson), ...lines, 'hint');
    expect(replies.map(notes)).toEqual([
      ...hints.map((hint, index) => [`Hint ${index + 1} of ${hints.length}: ${hint}`]),
      [`Hint ${hints.length} of ${hints.length}: ${hints.at(-1)}`],
    ]);
    expect(notes(run(createSession(ENGINE_CLI), 'hint').replies[0]!)).toEqual([
      'Hint 1 of 1: Try docker run -d --name web -p 8080:80 nginx:1.30, then docker ps.',
    ]);
  });

  it('solution starts over and hands the console the lines to run; the free console has none', () => {
    const lesson = findLesson('publish-a-port');
    const { replies } = run(createSession(ENGINE_CLI, lesson), 'docker volume create x', 'solution');
    expect([notes(replies[1]!), replies[1]?.run, replies[1]?.session.ran]).toEqual([
      ['Running the solution from the start:'],
      lesson?.solution,
      [],
    ]);
    const free = run(createSession(ENGINE_CLI), 'solution').replies[0];
    expect([notes(free!), free?.run]).toEqual([
      ['The free console has no solution: every command is yours.'],
      undefined,
    ]);
  });

  it('share gives the fragment of the docker lines run, trimmed', () => {
    const { replies } = run(createSession(ENGINE_CLI), ' docker volume create a b ', 'docker volume ls', 'share');
    expect([replies[2]?.share, notes(replies[2]!)]).toEqual([
      '#run=docker%20volume%20create%20a%20b&run=docker%20volume%20ls',
      ['The address bar now holds a link that rebuilds this session; copy it from there.'],
    ]);
  });
});

describe('running docker lines', () => {
  it('keeps what each line printed and its status, and does not record an empty line', () => {
    const { session, replies } = run(
      createSession(ENGINE_CLI),
      'docker volume create a',
      '   ',
      'docker volume rm nope',
    );
    expect(session.ran).toEqual([
      { line: 'docker volume create a', exit: 0, stdout: 'a\n' },
      { line: 'docker volume rm nope', exit: 1, stdout: '' },
    ]);
    expect(session.past).toHaveLength(2);
    expect(replies.map((reply) => [reply.stdout, reply.stderr, reply.exit])).toEqual([
      ['a\n', '', 0],
      ['', '', 0],
      ['', 'Error response from daemon: get nope: no such volume\n', 1],
    ]);
  });

  it(`stops after ${MAX_COMMANDS} commands until a reset`, () => {
    const full: Session = {
      ...createSession(ENGINE_CLI),
      ran: Array.from({ length: MAX_COMMANDS }, () => ({ line: 'docker ps', exit: 0, stdout: '' })),
    };
    const { replies } = run(full, 'docker volume create a');
    expect([replies[0]?.exit, notes(replies[0]!), replies[0]?.session.state.volumes]).toEqual([
      1,
      [`This session has run ${MAX_COMMANDS} commands, the most it keeps. Type reset to start again.`],
      [],
    ]);
    expect(run(full, 'reset', 'docker volume create a').replies[1]?.exit).toBe(0);
  });
});

describe('share fragments', () => {
  it('round-trip lines with spaces, quotes, & and #', () => {
    const lines = ["docker run --rm busybox:1.38 sh -c 'echo a && echo #b'", 'docker ps -a'];
    expect(fromShareFragment(toRunFragment(lines))).toEqual(lines);
  });

  it('read only #run= fragments, skip broken or empty parts and keep at most the limit', () => {
    expect(fromShareFragment('#other=1')).toEqual([]);
    expect(fromShareFragment('run=docker%20ps')).toEqual([]);
    expect(fromShareFragment('#run=docker%20ps&x=1&run=%E0%A4&run=&run=docker%20images')).toEqual([
      'docker ps',
      'docker images',
    ]);
    const many = toRunFragment(
      Array.from({ length: MAX_COMMANDS + 5 }, (_, index) => `docker volume create v${index}`),
    );
    const read = fromShareFragment(many);
    expect([read.length, read.at(-1)]).toEqual([MAX_COMMANDS, `docker volume create v${MAX_COMMANDS - 1}`]);
  });
});

describe('goals', () => {
  it('lists each goal with whether it is met, and is solved only when all are', () => {
    const lesson = findLesson('publish-a-port');
    const start = createSession(ENGINE_CLI, lesson);
    expect(toGoals(start).every((goal) => !goal.met)).toBe(true);
    expect(toGoals(start).map((goal) => goal.text)).toEqual(lesson?.goals.map((goal) => goal.text));
    const { session } = run(start, ...(lesson?.solution ?? []));
    expect([toGoals(session).every((goal) => goal.met), isSolved(session)]).toEqual([true, true]);
    expect([toGoals(createSession(ENGINE_CLI)), isSolved(createSession(ENGINE_CLI))]).toEqual([[], false]);
  });
});
