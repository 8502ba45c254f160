import type { Ran } from '../lesson-types.ts';
import type { Container, State } from '../types.ts';

/** Predicates and image names the lessons share. */
export const running = (state: State, name?: string): Container[] =>
  state.containers.filter((container) => container.status === 'running' && (!name || container.name === name));
export const publishes = (state: State, hostPort: number, port: number): boolean =>
  running(state).some((container) =>
    container.ports.some((binding) => binding.hostPort === hostPort && binding.port === port),
  );
export const userNetwork = (state: State, name: string): string | undefined =>
  state.containers
    .find((container) => container.name === name)
    ?.endpoints.find((endpoint) => !['bridge', 'host', 'none'].includes(endpoint.network))?.network;
export const ranOk = (ran: readonly Ran[], pattern: RegExp): boolean =>
  ran.some((item) => item.exit === 0 && pattern.test(item.line));

export const NGINX = 'nginx:1.30';
export const BUSYBOX = 'busybox:1.38';
