import { hasFlag, lastFlag } from './flags.ts';
import type { Parsed } from './invocation.ts';
import { MESSAGES, fromDaemon } from './messages.ts';
import { runProgram } from './process.ts';
import { storeWrites, toContext } from './runtime.ts';
import { begin, failWith, findContainer, type Outcome } from './state.ts';
import type { State } from './types.ts';

/** `docker logs` and `docker exec`, loaded the first time a line needs one (./engine.ts toLazyModules). */

function logsCommand(state: State, parsed: Parsed): Outcome {
  const outcome = begin(state);
  const ref = parsed.args[0];
  const container = ref ? findContainer(state, ref) : undefined;
  if (!ref || !container) {
    outcome.stderr.push(
      ref
        ? fromDaemon(MESSAGES.noSuchContainer(ref))
        : MESSAGES.requiresExactArgs(parsed.typed, 1, parsed.command.usage.replace(parsed.command.path, parsed.typed)),
    );
    outcome.exit = 1;
    return outcome;
  }
  // moby daemon/logs.go: a --tail that is not an integer, or a negative one, shows every line; 0 none.
  const tail = lastFlag(parsed, '--tail') ?? 'all';
  const count = /^[+-]?\d+$/.test(tail) ? Number(tail) : -1;
  const lines = count < 0 ? container.logs : count === 0 ? [] : container.logs.slice(-count);
  for (const line of lines) (line.stream === 'out' ? outcome.stdout : outcome.stderr).push(line.text);
  return outcome;
}

function execCommand(state: State, parsed: Parsed): Outcome {
  const outcome = begin(state);
  const [ref, ...argv] = parsed.args;
  if (!ref || argv.length === 0) {
    return failWith(
      outcome,
      MESSAGES.requiresMinArgs(parsed.typed, 2, parsed.command.usage.replace(parsed.command.path, parsed.typed)),
    );
  }
  const container = findContainer(state, ref);
  if (!container) return failWith(outcome, fromDaemon(MESSAGES.noSuchContainer(ref)));
  if (container.status !== 'running') return failWith(outcome, fromDaemon(MESSAGES.notRunning(container.id)));
  const context = toContext(state, container, parsed.flags.get('--env') ?? []);
  const result = runProgram(context, argv, hasFlag(parsed, '--interactive'));
  if (result.exit === -1) {
    outcome.stderr.push(MESSAGES.execNotFound(argv[0] ?? ''));
    outcome.exit = 127;
    return outcome;
  }
  for (const line of result.lines) (line.stream === 'out' ? outcome.stdout : outcome.stderr).push(line.text);
  outcome.exit = result.exit;
  outcome.state = storeWrites(state, container, result.writes);
  if (result.stays)
    outcome.notes.push({
      text: 'An interactive session (-it) is not simulated: run one command at a time, such as docker exec web ls /.',
    });
  return outcome;
}

export const HANDLERS: Record<string, (state: State, parsed: Parsed) => Outcome> = {
  'docker container logs': logsCommand,
  'docker container exec': execCommand,
};
