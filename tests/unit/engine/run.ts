import { createState, execute, withImages } from '../../../src/lib/engine/index.ts';
import type { Container, Result, State } from '../../../src/lib/engine/types.ts';
import { ENGINE_CLI } from './replay.ts';

/** A fresh engine holding busybox and nginx, as the engine's own tests start. */
export const withBusyboxAndNginx = (seed = 'test'): State =>
  withImages(createState(seed), ['busybox:1.38', 'nginx:1.30']);

/** Runs console lines one after the other, as a reader types them. */
export function runLines(
  lines: readonly string[],
  start: State = withBusyboxAndNginx(),
): { state: State; results: Result[]; last: Result } {
  let state = start;
  const results = lines.map((line) => {
    const result = execute(state, line, ENGINE_CLI);
    state = result.state;
    return result;
  });
  const last = results.at(-1);
  if (!last) throw new Error('runLines: give at least one line');
  return { state, results, last };
}

/** The container of that name in the state. */
export const findByName = (state: State, name: string): Container | undefined =>
  state.containers.find((item) => item.name === name);
