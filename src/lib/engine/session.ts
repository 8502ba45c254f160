import type { CliIndex } from '../cli/data.ts';
import { createState, execute, withImages } from './engine.ts';
import type { Lesson, Ran } from './lesson-types.ts';
import type { Note, State } from './types.ts';

/**
 * A console session: the engine state, an undo stack, what was run (for goals and for the share
 * link), and the playground's own commands: undo, reset, hint, solution, share, help.
 */
export interface Session {
  lesson?: Lesson;
  start: State;
  /** States before each command, newest last: undo pops one. */
  past: readonly State[];
  state: State;
  /** Docker lines run since the start, for goals and the share link. */
  ran: readonly Ran[];
  hintsShown: number;
}

/** One answer of the console. */
export interface Reply {
  session: Session;
  stdout: string;
  stderr: string;
  exit: number;
  notes: readonly Note[];
  /** Set by `share`: the address fragment that rebuilds this session. */
  share?: string;
  /** Lines the console should run (for `solution`). */
  run?: readonly string[];
}

/** The most commands a share link or a session keeps, so a pasted loop cannot exhaust memory. */
export const MAX_COMMANDS = 500;

/** A session at a lesson's start (or the free console's). */
export function createSession(cli: CliIndex, lesson?: Lesson): Session {
  let state = withImages(createState(lesson?.id ?? 'playground'), lesson?.images ?? []);
  if (lesson?.composeFile) state = { ...state, composeFile: lesson.composeFile };
  for (const line of lesson?.setup ?? []) state = execute(state, line, cli).state;
  return { ...(lesson ? { lesson } : {}), start: state, past: [], state, ran: [], hintsShown: 0 };
}

const HELP = [
  'This console runs docker commands on a simulated Docker Engine 29, and:',
  '  undo      go back one command',
  '  reset     start again',
  '  hint      a hint for the lesson',
  "  solution  run the lesson's solution",
  '  share     a link that rebuilds this session',
].join('\n');

function reply(session: Session, stdout = '', notes: readonly Note[] = []): Reply {
  return { session, stdout, stderr: '', exit: 0, notes };
}

/**
 * Encodes console lines as an address fragment: `#run=` and the lines, URI-encoded. The docs'
 * "Try it" links (src/plugins/remark-replay-snippets.ts) are written in it too.
 * @example toRunFragment(['docker volume create db']) // '#run=docker%20volume%20create%20db'
 */
export function toRunFragment(lines: readonly string[]): string {
  return `#run=${lines.map((line) => encodeURIComponent(line)).join('&run=')}`;
}

/** Encodes the commands run as an address fragment, {@link toRunFragment}. */
export function toShareFragment(session: Session): string {
  return toRunFragment(session.ran.map((item) => item.line));
}

/** Reads the commands from a fragment written by {@link toShareFragment}. */
export function fromShareFragment(fragment: string): string[] {
  if (!fragment.startsWith('#run=')) return [];
  return fragment
    .slice(1)
    .split('&')
    .filter((part) => part.startsWith('run='))
    .slice(0, MAX_COMMANDS)
    .map((part) => {
      try {
        return decodeURIComponent(part.slice(4));
      } catch {
        return '';
      }
    })
    .filter(Boolean);
}

/** Runs one console line. */
export function runLine(session: Session, line: string, cli: CliIndex): Reply {
  const word = line.trim();
  switch (word) {
    case 'help':
      return reply(session, `${HELP}\n`);
    case 'undo': {
      const previous = session.past.at(-1);
      if (!previous) return reply(session, '', [{ text: 'Nothing to undo.' }]);
      return reply(
        { ...session, state: previous, past: session.past.slice(0, -1), ran: session.ran.slice(0, -1) },
        '',
        [{ text: 'Undone: the state is as before the last command.' }],
      );
    }
    case 'reset':
      return reply(createSession(cli, session.lesson), '', [{ text: 'Reset: back to the start.' }]);
    case 'hint': {
      const hints = session.lesson?.hints ?? ['Try docker run -d --name web -p 8080:80 nginx:1.30, then docker ps.'];
      const index = Math.min(session.hintsShown, hints.length - 1);
      return reply({ ...session, hintsShown: session.hintsShown + 1 }, '', [
        { text: `Hint ${index + 1} of ${hints.length}: ${hints[index] ?? ''}` },
      ]);
    }
    case 'solution': {
      const solution = session.lesson?.solution;
      if (!solution) return reply(session, '', [{ text: 'The free console has no solution: every command is yours.' }]);
      return {
        ...reply(createSession(cli, session.lesson), '', [{ text: 'Running the solution from the start:' }]),
        run: solution,
      };
    }
    case 'share':
      return {
        ...reply(session, '', [
          { text: 'The address bar now holds a link that rebuilds this session; copy it from there.' },
        ]),
        share: toShareFragment(session),
      };
    default:
      break;
  }
  if (session.ran.length >= MAX_COMMANDS) {
    return {
      ...reply(session),
      exit: 1,
      notes: [{ text: `This session has run ${MAX_COMMANDS} commands, the most it keeps. Type reset to start again.` }],
    };
  }
  const result = execute(session.state, line, cli);
  if (word === '') return reply(session);
  const next: Session = {
    ...session,
    past: [...session.past, session.state].slice(-MAX_COMMANDS),
    state: result.state,
    ran: [...session.ran, { line: word, exit: result.exit, stdout: result.stdout }],
  };
  return { session: next, stdout: result.stdout, stderr: result.stderr, exit: result.exit, notes: result.notes };
}

/** Which goals of the lesson are met. */
export function toGoals(session: Session): { text: string; met: boolean }[] {
  return (session.lesson?.goals ?? []).map((goal) => ({ text: goal.text, met: goal.met(session.state, session.ran) }));
}

/** True when every goal is met. */
export function isSolved(session: Session): boolean {
  const goals = toGoals(session);
  return goals.length > 0 && goals.every((goal) => goal.met);
}
