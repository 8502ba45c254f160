import { HANDLERS as compose } from './compose.ts';
import { useHandlers } from './engine.ts';
import { HANDLERS as inspect } from './inspect.ts';
import { HANDLERS as objects } from './objects.ts';

/**
 * The whole engine, for the build and the tests. The browser imports ./engine.ts and loads
 * ./objects.ts, ./inspect.ts and ./compose.ts when a line first needs them (toLazyModules).
 */
for (const handlers of [objects, inspect, compose]) useHandlers(handlers);

export * from './engine.ts';
