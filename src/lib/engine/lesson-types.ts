import type { State } from './types.ts';

/**
 * The playground's lessons. A goal is a list of predicates on the engine's state (and on what
 * was run since the lesson started), not equality with one solution: any route that reaches the
 * state solves it. Each lesson links back to the concept section it practises.
 */

/** One command run in the lesson, as the goals may need it (a ping that succeeded). */
export interface Ran {
  line: string;
  exit: number;
  stdout: string;
}

export interface Goal {
  text: string;
  met: (state: State, ran: readonly Ran[]) => boolean;
}

export interface Lesson {
  /** Stable URL part: /playground/<id>/. */
  id: string;
  title: string;
  /** The concept section it practises. */
  concept: { href: string; label: string };
  intro: string;
  /** Images present when the lesson starts (as if pulled before). */
  images: readonly string[];
  /** Commands run silently to build the start state. */
  setup: readonly string[];
  /** The compose.yaml beside the console, for Compose lessons. */
  composeFile?: string;
  goals: readonly Goal[];
  hints: readonly string[];
  solution: readonly string[];
  learned: string;
}
