import type { CliIndex } from '../cli/data.ts';
import { toCanonicalReferenceHref } from '../links/reference-urls.ts';
import { toShellCommands, toProgramWords, type ShellWord } from '../shell/words.ts';
import { restartCommand, rmCommand, runCreate, startCommand, stopCommand } from './containers.ts';
import { pullCommand, pullImage } from './images.ts';
import { parseInvocation, type Parsed } from './invocation.ts';
import { begin, toResult, type Outcome } from './state.ts';

export { createState } from './state.ts';
import type { Note, Result, State } from './types.ts';

/**
 * The simulated Docker Engine 29: `execute(state, line)` runs one console line and returns the
 * new state, stdout, stderr, exit code and playground notes. Pure and deterministic: no clock,
 * no randomness, no I/O. Lines are split into words by the site's shell tokenizer
 * (src/lib/shell/words.ts) and read against the CLI data by the docs' own reader (./invocation.ts).
 */

/** The longest line the console accepts. */
export const MAX_LINE = 4000;

type Handler = (state: State, parsed: Parsed) => Outcome;

/**
 * Modules the browser loads on first use: network, volume and system commands (./objects.ts),
 * inspect (./inspect.ts), compose (./compose.ts), images/tag/push/rmi (./image-commands.ts) and
 * logs/exec (./exec.ts) and ps (./ps.ts). Each exports HANDLERS by command path; the in-container shell
 * (./shell.ts) is needed by a line that runs a command of its own (toNeedsShell);
 * ./index.ts plugs them all in for the build and the tests.
 */
export type LazyModule = 'objects' | 'inspect' | 'compose' | 'images' | 'exec' | 'ps' | 'shell';
const handlers = new Map<string, Handler>();

/** Plugs in a lazy module's handlers. */
export function useHandlers(record: Readonly<Record<string, Handler>>): void {
  for (const [path, handler] of Object.entries(record)) handlers.set(path, handler);
}

function lazy(module: LazyModule): { module: LazyModule; run: Handler } {
  return {
    module,
    run: (state, parsed) => {
      const handler = handlers.get(parsed.command.path);
      if (handler) return handler(state, parsed);
      const outcome = begin(state);
      outcome.exit = 1;
      outcome.notes.push({ text: `${parsed.command.path} is still loading; run the line again.` });
      return outcome;
    },
  };
}

/** The commands the engine models, by canonical path, with the flags it honours. */
/** The flags of `create` that the engine honours; `run` adds `--detach`. */
const CREATE_FLAGS = [
  '--name',
  '--publish',
  '--publish-all',
  '--volume',
  '--mount',
  '--network',
  '--network-alias',
  '--rm',
  '--env',
  '--interactive',
  '--tty',
  '--restart',
  '--entrypoint',
];

const COMMANDS: Record<string, { run: Handler; flags: readonly string[]; module?: LazyModule }> = {
  'docker container run': { run: (s, p) => runCreate(s, p, true), flags: ['--detach', ...CREATE_FLAGS] },
  'docker container create': { run: (s, p) => runCreate(s, p, false), flags: CREATE_FLAGS },
  'docker container start': { run: startCommand, flags: ['--attach'] },
  'docker container stop': { run: (s, p) => stopCommand(s, p, 'stop'), flags: ['--time', '--timeout'] },
  'docker container kill': { run: (s, p) => stopCommand(s, p, 'kill'), flags: [] },
  'docker container restart': { run: restartCommand, flags: ['--time', '--timeout'] },
  'docker container rm': { run: rmCommand, flags: ['--force', '--volumes'] },
  'docker container ls': { ...lazy('ps'), flags: ['--all', '--quiet', '--format'] },
  'docker container logs': { ...lazy('exec'), flags: ['--tail'] },
  'docker container exec': { ...lazy('exec'), flags: ['--env', '--interactive', '--tty'] },
  'docker container inspect': { ...lazy('inspect'), flags: ['--format'] },
  'docker container port': { ...lazy('objects'), flags: [] },
  'docker inspect': { ...lazy('inspect'), flags: ['--format'] },
  'docker image ls': { ...lazy('images'), flags: ['--quiet'] },
  'docker image pull': { run: pullCommand, flags: [] },
  'docker image push': { ...lazy('images'), flags: [] },
  'docker image tag': { ...lazy('images'), flags: [] },
  'docker image rm': { ...lazy('images'), flags: ['--force'] },
  'docker image inspect': { ...lazy('inspect'), flags: ['--format'] },
  'docker network create': { ...lazy('objects'), flags: ['--driver'] },
  'docker network ls': { ...lazy('objects'), flags: ['--quiet'] },
  'docker network connect': { ...lazy('objects'), flags: ['--alias'] },
  'docker network disconnect': { ...lazy('objects'), flags: [] },
  'docker network rm': { ...lazy('objects'), flags: ['--force'] },
  'docker network inspect': { ...lazy('inspect'), flags: ['--format'] },
  'docker network prune': { ...lazy('objects'), flags: ['--force'] },
  'docker volume create': { ...lazy('objects'), flags: ['--name'] },
  'docker volume ls': { ...lazy('objects'), flags: ['--quiet'] },
  'docker volume rm': { ...lazy('objects'), flags: ['--force'] },
  'docker volume inspect': { ...lazy('inspect'), flags: ['--format'] },
  'docker volume prune': { ...lazy('objects'), flags: ['--force', '--all'] },
  'docker system prune': { ...lazy('objects'), flags: ['--force', '--all', '--volumes'] },
  'docker compose up': { ...lazy('compose'), flags: ['--detach'] },
  'docker compose down': { ...lazy('compose'), flags: ['--volumes'] },
  'docker compose ps': { ...lazy('compose'), flags: ['--all'] },
  'docker compose logs': { ...lazy('compose'), flags: [] },
};

/**
 * The modelled commands' flags by canonical path, for the page's list of what the engine models
 * and the build's snippet replay. A function, not a table built at import time: the minifier
 * cannot drop an unused `Object.fromEntries(…)` call, so a table would ship in the console.
 */
export function toModelled(): Record<string, readonly string[]> {
  return Object.fromEntries(Object.entries(COMMANDS).map(([path, entry]) => [path, entry.flags]));
}

function message(state: State, text: string, exit = 1): Result {
  return { state, stdout: '', stderr: '', exit, notes: [{ text }] };
}

/** Runs one parsed docker invocation. */
function runInvocation(state: State, words: readonly ShellWord[], cli: CliIndex): Outcome {
  const parsedOutcome = parseInvocation(words, cli);
  if (!parsedOutcome.ok) {
    const outcome = begin(state);
    outcome.stderr.push(parsedOutcome.stderr);
    outcome.exit = parsedOutcome.exit;
    return outcome;
  }
  const parsed = parsedOutcome.parsed;
  const entry = COMMANDS[parsed.command.path];
  if (parsed.help) {
    const outcome = begin(state);
    outcome.stdout.push(`Usage:  ${parsed.command.usage.replace(parsed.command.path, parsed.typed)}`);
    outcome.notes.push({
      text: `The full help of ${parsed.command.path} is in the command reference.`,
      href: toCanonicalReferenceHref(parsed.command.path),
    });
    return outcome;
  }
  if (!entry) {
    const outcome = begin(state);
    outcome.exit = 1;
    outcome.notes.push({
      text: `${parsed.command.path} is a real command, but this playground does not simulate it.`,
      href: toCanonicalReferenceHref(parsed.command.path),
    });
    return outcome;
  }
  const notes: Note[] = [];
  for (const flag of parsed.flags.keys()) {
    if (!entry.flags.includes(flag)) {
      notes.push({
        text: `${flag} is a real flag of ${parsed.command.path}; this playground does not simulate it, so it had no effect here.`,
        href: toCanonicalReferenceHref(parsed.command.path, flag),
      });
    }
  }
  const outcome = entry.run(state, parsed);
  return { ...outcome, notes: [...notes, ...outcome.notes] };
}

/**
 * Runs one console line. Several commands joined by `;` or `&&` run in order; the first failure
 * stops a `&&` chain.
 */
export function execute(state: State, line: string, cli: CliIndex): Result {
  const text = line.trim();
  if (text === '') return { state, stdout: '', stderr: '', exit: 0, notes: [] };
  if (text.length > MAX_LINE)
    return message(
      state,
      `This line is ${text.length.toLocaleString('en')} characters long; the console takes lines of up to ${MAX_LINE.toLocaleString('en')}.`,
    );
  // eslint-disable-next-line no-control-regex -- finding control characters (C0 but tab and newline, and DEL) in hostile input is the point
  if (/[\u0000-\u0008\u000b-\u001f\u007f]/.test(text))
    return message(
      state,
      'This line holds control characters (such as a pasted escape sequence); type the command again as plain text.',
    );
  const commands = toShellCommands(text);
  if (/(^|[^|])\|([^|]|$)/.test(text.replace(/'[^']*'|"[^"]*"/g, '')))
    return message(
      state,
      'Pipes (|) are not run by this console: it runs docker commands only. Type the docker command alone.',
    );
  let current = state;
  const stdout: string[] = [];
  const stderr: string[] = [];
  const notes: Note[] = [];
  let exit = 0;
  const chained = text.includes('&&');
  for (const shellWords of commands) {
    const words = toProgramWords(shellWords);
    if (words.some((word) => word.opaque)) {
      notes.push({
        text: 'Command substitution and variables ($(…), `…`, $NAME) are not expanded by this console; type the value itself.',
      });
      exit = 1;
      break;
    }
    const program = words[0]?.value ?? '';
    if (program !== 'docker') {
      notes.push({
        text: `${program}: this console runs docker commands only (and undo, reset, hint, solution, share).`,
      });
      exit = 127;
      break;
    }
    const outcome = runInvocation({ ...current, clock: current.clock + 2 }, words, cli);
    const result = toResult(outcome);
    current = result.state;
    stdout.push(result.stdout);
    stderr.push(result.stderr);
    notes.push(...result.notes);
    exit = result.exit;
    if (exit !== 0 && chained) break;
  }
  // A crash-looping container restarts again while time passes.
  current = {
    ...current,
    containers: current.containers.map((container) =>
      container.status === 'restarting' ? { ...container, restartCount: container.restartCount + 1 } : container,
    ),
  };
  return { state: current, stdout: stdout.join(''), stderr: stderr.join(''), exit, notes };
}

/**
 * Whether a line may run a program of the in-container shell: exec, compose up (a service's
 * `command:`), and run or create with a command or entrypoint of their own. The images' default
 * commands (servers, a bare shell) run without it, and a later start reruns what a create ran.
 */
function toNeedsShell(parsed: Parsed): boolean {
  const path = parsed.command.path;
  if (path === 'docker container exec' || path === 'docker compose up') return true;
  const creates = path === 'docker container run' || path === 'docker container create';
  return creates && (parsed.args.length > 1 || parsed.flags.has('--entrypoint'));
}

/** The lazy modules a console line needs, so the browser can load them before running it. */
export function toLazyModules(line: string, cli: CliIndex): LazyModule[] {
  const modules = new Set<LazyModule>();
  for (const words of toShellCommands(line)) {
    const parsed = parseInvocation(toProgramWords(words), cli);
    const module = parsed.ok ? COMMANDS[parsed.parsed.command.path]?.module : undefined;
    if (module) modules.add(module);
    if (parsed.ok && toNeedsShell(parsed.parsed)) modules.add('shell');
  }
  return [...modules];
}

/** A state with images already present (as after `docker pull`), for lessons and transcripts. */
export function withImages(state: State, refs: readonly string[]): State {
  return refs.reduce((current, ref) => pullImage(current, ref, true).state, state);
}
