import { HANDLERS as compose } from './compose.ts';
import { HANDLERS as exec } from './exec.ts';
import { HANDLERS as images } from './image-commands.ts';
import { useHandlers } from './engine.ts';
import { HANDLERS as inspect } from './inspect.ts';
import { HANDLERS as objects } from './objects.ts';
import { HANDLERS as ps } from './ps.ts';
import { useShell } from './process.ts';
import { SHELL } from './shell.ts';

/**
 * The whole engine, for the build and the tests. The browser imports ./engine.ts and loads
 * ./objects.ts, ./inspect.ts, ./compose.ts, ./image-commands.ts, ./exec.ts, ./ps.ts and ./shell.ts when a line first needs them (toLazyModules).
 */
for (const handlers of [objects, inspect, compose, images, exec, ps]) useHandlers(handlers);
useShell(SHELL);

export * from './engine.ts';
