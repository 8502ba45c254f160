import './buffer-shim.ts';
import type { BuildResult, ContextFile } from '../lib/build-cache/build.ts';
import type { Preset } from '../lib/build-cache/presets.ts';

/** Reads the presets the page embedded, checking the parts the playground uses. */
function readPresets(element: HTMLElement): Preset[] {
  const parsed: unknown = JSON.parse(element.dataset['presets'] ?? '[]');
  if (!Array.isArray(parsed)) return [];
  return parsed.filter(
    (item): item is Preset =>
      typeof item === 'object' &&
      item !== null &&
      typeof (item as Preset).id === 'string' &&
      typeof (item as Preset).dockerfile === 'string' &&
      Array.isArray((item as Preset).files),
  );
}

function make<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** A message's `code` spans as code elements, the rest as text: the check writes its messages for a terminal too. */
function toMessage(text: string): HTMLElement {
  const item = make('li');
  text.split('`').forEach((part, index) => item.append(index % 2 === 1 ? make('code', part) : part));
  return item;
}

/**
 * Wires the playground: the lesson picker, the Dockerfile and context editors, Build and Empty
 * the cache. Builds run in this page; every result is drawn with DOM text, never as HTML.
 */
export async function startBuildCache(root: HTMLElement): Promise<void> {
  const { simulateBuild, toCacheKeys } = await import('../lib/build-cache/build.ts');
  const { toBuildSummary, toLayerLabel } = await import('../lib/build-cache/describe.ts');
  const presets = readPresets(root);
  const form = root.querySelector('form');
  const select = root.querySelector<HTMLSelectElement>('#dk-bc-preset');
  const dockerfile = root.querySelector<HTMLTextAreaElement>('#dk-bc-dockerfile');
  const filesBox = root.querySelector<HTMLFieldSetElement>('.dk-bc-files');
  const lesson = root.querySelector('.dk-bc-lesson');
  const results = root.querySelector<HTMLElement>('.dk-bc-results');
  if (!form || !select || !dockerfile || !filesBox || !lesson || !results) return;

  let cache = new Set<string>();
  let previous: BuildResult | undefined;
  let count = 0;
  let fileId = 0;

  const fileRow = (file: ContextFile): HTMLDivElement => {
    fileId += 1;
    const row = make('div', undefined, 'dk-bc-file');
    const name = make('input');
    name.value = file.path;
    name.id = `dk-bc-name-${fileId}`;
    name.setAttribute('aria-label', 'File name');
    name.spellcheck = false;
    const content = make('textarea');
    content.value = file.content;
    content.rows = Math.min(6, Math.max(2, file.content.split('\n').length));
    content.spellcheck = false;
    content.setAttribute('aria-label', `Content of ${file.path}`);
    name.addEventListener('input', () => content.setAttribute('aria-label', `Content of ${name.value}`));
    const remove = make('button', 'Remove');
    remove.type = 'button';
    remove.setAttribute('aria-label', `Remove ${file.path}`);
    remove.addEventListener('click', () => row.remove());
    row.append(name, remove, content);
    return row;
  };

  const readFiles = (): ContextFile[] =>
    [...filesBox.querySelectorAll('.dk-bc-file')].flatMap((row) => {
      const path = row.querySelector('input')?.value.trim() ?? '';
      const content = row.querySelector('textarea')?.value ?? '';
      return path ? [{ path, content }] : [];
    });

  const renderBuild = (result: BuildResult, say: string): HTMLElement => {
    count += 1;
    const section = make('section', undefined, 'dk-bc-build');
    const heading = make('h2', `Build ${count}`);
    heading.id = `dk-bc-build-${count}`;
    section.setAttribute('aria-labelledby', heading.id);
    section.append(heading);
    if (say) section.append(make('p', say, 'dk-bc-build__after'));
    if (result.problems.length > 0) {
      const list = make('ul', undefined, 'dk-bc-problems');
      for (const problem of result.problems)
        list.append(toMessage(`Dockerfile line ${problem.line}: ${problem.message}`));
      section.append(list);
      return section;
    }
    const steps = make('ol', undefined, 'dk-bc-steps');
    for (const step of result.steps) {
      const item = make('li');
      item.dataset['status'] = step.status;
      item.append(
        make('span', step.status, 'dk-bc-badge'),
        ' ',
        make('code', step.instruction),
        make('span', step.reason, 'dk-bc-reason'),
      );
      steps.append(item);
    }
    const layers = make('ol', undefined, 'dk-bc-layers');
    layers.reversed = true;
    for (const step of [...result.image].reverse()) {
      const item = make('li');
      item.dataset['layer'] = step.layer;
      item.append(make('code', step.instruction), ' ', make('span', toLayerLabel(step), 'dk-bc-size'));
      layers.append(item);
    }
    section.append(steps, make('h3', 'Layers of the image'), layers);
    return section;
  };

  const show = (preset: Preset): void => {
    lesson.textContent = preset.lesson;
    dockerfile.value = preset.dockerfile;
    filesBox.replaceChildren(make('legend', 'Build context'), ...preset.files.map(fileRow));
    const add = make('button', 'Add a file');
    add.type = 'button';
    add.addEventListener('click', () => {
      const row = fileRow({ path: '', content: '' });
      add.before(row);
      row.querySelector('input')?.focus();
    });
    filesBox.append(add);
    cache = new Set();
    previous = undefined;
    count = 0;
    results.replaceChildren(
      make('p', `${'say' in preset.edit ? '' : ''}Build once, then: ${preset.edit.say}`, 'dk-bc-build__after'),
    );
  };

  for (const control of root.querySelectorAll<HTMLButtonElement | HTMLSelectElement>('button, select'))
    control.disabled = false;
  for (const area of root.querySelectorAll('textarea')) area.readOnly = false;
  root.querySelector('[data-before-start]')?.remove();

  select.addEventListener('change', () => {
    const preset = presets.find((item) => item.id === select.value);
    if (preset) show(preset);
  });
  root.querySelector<HTMLButtonElement>('[data-action="reset"]')?.addEventListener('click', () => {
    cache = new Set();
    previous = undefined;
    results.prepend(make('p', 'The cache is empty: the next build runs every step.', 'dk-bc-build__after'));
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const result = simulateBuild({ dockerfile: dockerfile.value, files: readFiles() }, cache, previous);
    for (const key of toCacheKeys(result)) cache.add(key);
    if (result.problems.length === 0) previous = result;
    const say = toBuildSummary(result, count === 0);
    const section = renderBuild(result, say);
    results.prepend(section);
    while (results.children.length > 3) results.lastElementChild?.remove();
  });
  // A lesson picked before the code arrived is the one to show.
  const chosen = presets.find((item) => item.id === select.value) ?? presets[0];
  if (chosen) show(chosen);
}
