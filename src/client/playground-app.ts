import type { CliIndex } from '../lib/cli/data.ts';
import { toLazyModules, useHandlers, type LazyModule } from '../lib/engine/engine.ts';
import type { Lesson } from '../lib/engine/lesson-types.ts';
import { toCliIndex, type CompactCli } from '../lib/engine/cli.ts';
import { useShell } from '../lib/engine/process.ts';
import {
  createSession,
  fromShareFragment,
  isSolved,
  runLine,
  toGoals,
  type Reply,
  type Session,
} from '../lib/engine/session.ts';
import { escapeHtml, toPictureSummary, toPictureSvg, toTwinHtml } from '../lib/engine/view.ts';
import { PROGRESS_KEY } from './playground.ts';
import { readStorage, writeStorage } from './storage.ts';

/**
 * The playground console: runs lines through the engine's session, prints them to the log,
 * redraws the picture and the text twin, checks the lesson's goals, and keeps history, undo,
 * completion, share links and progress. Loaded on first use by ./playground.ts.
 */

const MAX_LOG = 200;

type Completer = typeof import('./playground-complete.ts');

/** Each lesson is its own chunk: a page loads only the lesson it shows. */
const LESSON_MODULES = import.meta.glob<{ lesson: Lesson }>('../lib/engine/lessons/*.ts', { import: '*' });

/** The engine's lazy modules, loaded the first time a line needs one. */
const LAZY: Record<LazyModule, () => Promise<{ HANDLERS: Parameters<typeof useHandlers>[0] }>> = {
  objects: () => import('../lib/engine/objects.ts'),
  inspect: () => import('../lib/engine/inspect.ts'),
  compose: () => import('../lib/engine/compose.ts'),
  images: () => import('../lib/engine/image-commands.ts'),
  exec: () => import('../lib/engine/exec.ts'),
  ps: () => import('../lib/engine/ps.ts'),
  // The shell plugs into the process model rather than adding commands.
  shell: () =>
    import('../lib/engine/shell.ts').then((code) => {
      useShell(code.SHELL);
      return { HANDLERS: {} };
    }),
};
const loaded = new Map<LazyModule, Promise<void>>();
function needModules(lines: readonly string[], cli: CliIndex): Promise<unknown> {
  const modules = lines.flatMap((line) => toLazyModules(line, cli));
  return Promise.all(
    modules.map((module) => {
      let pending = loaded.get(module);
      if (!pending) {
        pending = LAZY[module]().then((code) => useHandlers(code.HANDLERS));
        loaded.set(module, pending);
      }
      return pending;
    }),
  );
}

/**
 * Takes over the playground's markup: the console, the picture, the twin and the goals.
 * @param cliData The packed CLI data (src/pages/playground/cli.json.ts), fetched by the loader.
 */
export async function mount(root: HTMLElement, cliData: Promise<unknown>): Promise<void> {
  let cli: CliIndex;
  try {
    cli = toCliIndex((await cliData) as CompactCli);
  } catch (error) {
    const status = root.querySelector<HTMLElement>('.dk-pg-status');
    if (status)
      status.textContent = `The console could not load its command data (${String(error)}). Reload the page to try again.`;
    return;
  }
  // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing -- an empty data-lesson="" means no lesson too
  const lessonId = root.dataset['lesson'] || undefined;
  const log = root.querySelector<HTMLElement>('.dk-pg-log');
  const form = root.querySelector<HTMLFormElement>('.dk-pg-form');
  const input = root.querySelector<HTMLInputElement>('#dk-pg-input');
  const status = root.querySelector<HTMLElement>('.dk-pg-status');
  const picture = root.querySelector<HTMLElement>('.dk-pg-picture');
  const summary = root.querySelector<HTMLElement>('#dk-pg-summary');
  const twin = root.querySelector<HTMLElement>('.dk-pg-twin');
  const goalList = root.querySelector<HTMLElement>('.dk-pg-goals');
  const solvedBox = root.querySelector<HTMLElement>('.dk-pg-solved');
  const compose = root.querySelector<HTMLTextAreaElement>('#dk-pg-compose');
  if (!log || !form || !input || !status || !picture || !summary || !twin) return;
  if (compose?.value === '') compose.value = compose.dataset['initial'] ?? '';

  const lessonModule = lessonId ? LESSON_MODULES[`../lib/engine/lessons/${lessonId}.ts`] : undefined;
  const lesson = lessonModule ? (await lessonModule()).lesson : undefined;
  await needModules(lesson?.setup ?? [], cli);
  let session: Session = createSession(cli, lesson);
  const lines: string[] = [];
  let recall = 0;
  let wasSolved = isSolved(session);
  let completer: Completer | undefined;

  const print = (line: string, reply: Reply, ms: number): void => {
    const item = document.createElement('div');
    const parts = [`<pre class="dk-pg-cmd"><span aria-hidden="true">$ </span>${escapeHtml(line)}</pre>`];
    if (reply.stdout) parts.push(`<pre class="dk-pg-out">${escapeHtml(reply.stdout.replace(/\n$/, ''))}</pre>`);
    if (reply.stderr) parts.push(`<pre class="dk-pg-err">${escapeHtml(reply.stderr.replace(/\n$/, ''))}</pre>`);
    for (const note of reply.notes) {
      const link = note.href ? ` <a href="${escapeHtml(note.href)}">Reference</a>` : '';
      parts.push(
        `<p class="dk-pg-note"><span class="dk-pg-tag">Playground:</span> ${escapeHtml(note.text)}${link}</p>`,
      );
    }
    if (reply.exit !== 0) parts.push(`<p class="dk-pg-exit">exit code ${reply.exit}</p>`);
    item.innerHTML = parts.join('');
    log.append(item);
    while (log.children.length > MAX_LOG) log.firstElementChild?.remove();
    log.scrollTop = log.scrollHeight;
    root.dataset['lastMs'] = ms.toFixed(2);
  };

  const redraw = (): void => {
    const before = new Set([...picture.querySelectorAll<SVGElement>('[data-key]')].map((node) => node.dataset['key']));
    picture.innerHTML = toPictureSvg(session.state, 'dk-pg-summary');
    for (const node of picture.querySelectorAll<SVGElement>('[data-key]'))
      if (!before.has(node.dataset['key'])) node.classList.add('dk-pg-new');
    summary.textContent = toPictureSummary(session.state);
    twin.innerHTML = toTwinHtml(session.state);
    const goals = toGoals(session);
    if (goalList) {
      goalList.innerHTML = goals
        .map(
          (goal) =>
            `<li data-met="${goal.met}"><span class="dk-pg-goal-mark">${goal.met ? 'Done:' : 'To do:'}</span> ${escapeHtml(goal.text)}</li>`,
        )
        .join('');
    }
    const solved = isSolved(session);
    if (solvedBox) solvedBox.hidden = !solved;
    if (solved && !wasSolved && lessonId) {
      status.textContent = `Lesson solved: ${session.lesson?.title ?? ''}.`;
      const done = new Set((readStorage(PROGRESS_KEY) ?? '').split(',').filter(Boolean));
      done.add(lessonId);
      writeStorage(PROGRESS_KEY, [...done].join(','));
    }
    wasSolved = solved;
  };

  let queue: Promise<void> = Promise.resolve();
  const run = (line: string): Promise<void> => {
    queue = queue.then(async () => {
      await needModules([line, ...(line.trim() === 'solution' ? (lesson?.solution ?? []) : [])], cli);
      runNow(line);
    });
    return queue;
  };
  const runNow = (line: string): void => {
    if (compose) session = { ...session, state: { ...session.state, composeFile: compose.value } };
    const began = performance.now();
    const reply = runLine(session, line, cli);
    const ms = performance.now() - began;
    session = reply.session;
    print(line, reply, ms);
    if (reply.share !== undefined) history.replaceState(null, '', reply.share);
    if (line.trim() === 'reset' || line.trim() === 'solution') {
      if (compose) compose.value = session.state.composeFile || (compose.dataset['initial'] ?? '');
      status.textContent = line.trim() === 'reset' ? 'Reset to the start.' : 'Running the solution.';
    } else if (!isSolved(session) || wasSolved) status.textContent = '';
    redraw();
    for (const next of reply.run ?? []) void run(next);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const line = input.value;
    if (line.trim() === '') return;
    lines.push(line);
    recall = lines.length;
    input.value = '';
    void run(line);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      if (lines.length === 0) return;
      event.preventDefault();
      recall = Math.max(0, Math.min(lines.length, recall + (event.key === 'ArrowUp' ? -1 : 1)));
      input.value = lines[recall] ?? '';
    } else if (
      event.key === 'Tab' &&
      !event.shiftKey &&
      input.value.trim() !== '' &&
      input.selectionStart === input.value.length
    ) {
      if (!completer) {
        // The first Tab waits for the completion code, then completes as later ones do at once.
        event.preventDefault();
        void import('./playground-complete.ts').then((code) => {
          completer = code;
          complete(code);
        });
        return;
      }
      if (complete(completer)) event.preventDefault();
    }
  });
  /** Completes the input's last word; false when nothing completes it (Tab then moves on). */
  const complete = ({ toCompletions, commonPrefix }: Completer): boolean => {
    const options = toCompletions(input.value, cli);
    const last = input.value.split(/\s+/).at(-1) ?? '';
    const prefix = commonPrefix(options);
    if (options.length === 0) return false;
    if (prefix.length > last.length)
      input.value = `${input.value.slice(0, input.value.length - last.length)}${prefix}${options.length === 1 ? ' ' : ''}`;
    status.textContent =
      options.length === 1 ? '' : `Completions: ${options.slice(0, 12).join(' ')}${options.length > 12 ? ' …' : ''}`;
    return true;
  };
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-command]')) {
    button.addEventListener('click', () => void run(button.dataset['command'] ?? ''));
  }

  const shared = fromShareFragment(location.hash);
  for (const line of shared) void run(line);
  await queue;
  root.dataset['ready'] = 'true';
  if (root.dataset['pending'] === 'true' && input.value.trim() !== '') form.requestSubmit();
}
