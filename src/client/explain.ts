import type { CliIndex } from '../lib/cli/data.ts';
import { addPackedFlags, toFlagGroup } from '../lib/cli/packed.ts';
import { fromExplainData, type ExplainTexts } from '../lib/explain/data.ts';
import { explainCommandLine } from '../lib/explain/explain.ts';
import type { Decode, DecoderName, Decoders } from '../lib/explain/flag-values.ts';
import { fromExplainHash, toExplainHash } from '../lib/explain/hash.ts';
import { toExplanationView, toSummary } from '../lib/explain/view.ts';
import { toDom } from './view-dom.ts';

/**
 * Wait after the last keystroke before explaining: long enough to skip the words in between
 * when typing fast; explaining a long command takes about a millisecond (docs/explain.md).
 */
const DEBOUNCE_MS = 150;
/**
 * The data, made at build time: every command of src/data/docker-cli.json, the concept
 * sections and the sentences (src/pages/explain/cli.json.ts), and the flags of each command group in a file of
 * its own (src/pages/explain/cli/[group].json.ts).
 */
const DATA_URL = '/explain/cli.json';
const toGroupUrl = (group: string): string => `/explain/cli/${group}.json`;

async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.json();
}

interface Data {
  cli: CliIndex;
  texts: ExplainTexts;
}
let data: Promise<Data> | undefined;
function loadData(): Promise<Data> {
  data ??= fetchJson(DATA_URL).then(fromExplainData);
  return data;
}

const groups = new Map<string, Promise<void>>();
/**
 * Fetches the flags of every command group the text may use: each word that names a command
 * (`run` names `docker container run`, `image` the group itself) loads its group's file, once.
 * A word that only looks like one (`-v /var/run:/run`) costs a file, never a wrong explanation.
 */
async function loadFlags(text: string, index: CliIndex): Promise<void> {
  const grouped = new Set(index.commands.map((command) => toFlagGroup(command.path)));
  const waiting: Promise<void>[] = [];
  for (const word of new Set(text.split(/[^\w-]+/))) {
    const group = index.findCommand(`docker ${word}`)?.path.split(' ')[1];
    if (!group || !grouped.has(group)) continue;
    let loading = groups.get(group);
    if (!loading) {
      loading = fetchJson(toGroupUrl(group)).then((packed) => addPackedFlags(index.commands, packed));
      // A file that failed is fetched again for the next command; this one says it could not load.
      loading.catch(() => groups.delete(group));
      groups.set(group, loading);
    }
    waiting.push(loading);
  }
  await Promise.all(waiting);
}

/**
 * The value decoders, each a chunk of its own (named `explain-…` in astro.config.mjs), fetched
 * the first time a command needs it: `docker ps` loads none, a `docker run -p … nginx` two.
 */
const decoders: Decoders = {};
const DECODER_CHUNKS: Readonly<Record<DecoderName, () => Promise<Decode>>> = {
  image: () => import('../lib/explain/image.ts').then((module) => module.decodeImage),
  publish: () => import('../lib/explain/ports.ts').then((module) => module.decodePublish),
  volume: () => import('../lib/explain/volumes.ts').then((module) => module.decodeVolume),
  env: () => import('../lib/explain/env.ts').then((module) => module.decodeEnv),
  restart: () => import('../lib/explain/restart.ts').then((module) => module.decodeRestart),
  mount: () => import('../lib/explain/mount.ts').then((module) => module.decodeMount),
  network: () => import('../lib/explain/network.ts').then((module) => module.decodeNetwork),
  platform: () => import('../lib/explain/platform.ts').then((module) => module.decodePlatform),
  format: () => import('../lib/explain/format.ts').then((module) => module.decodeFormat),
  filter: () => import('../lib/explain/filter.ts').then((module) => module.decodeFilter),
};

/**
 * Fetches the decoders a command needs that have not arrived yet, all at once, so the first
 * explanation is drawn complete rather than redrawn as each arrives.
 */
async function loadDecoders(text: string, index: CliIndex, texts: ExplainTexts): Promise<void> {
  let needs: readonly DecoderName[] = [];
  try {
    needs = explainCommandLine(text, index, decoders, texts).needs;
  } catch {
    // Said when the command is explained again, below.
  }
  await Promise.all(
    needs.map(async (name) => {
      decoders[name] = await DECODER_CHUNKS[name]();
    }),
  );
}

/**
 * `<dk-explain>`: explains the textarea's command as the reader types, keeps it in the address's
 * fragment (`#cmd=…`), and ties each part of the command to its explanation: hovering or
 * focusing one highlights the other, and activating a part moves focus to its explanation.
 */
class ExplainBox extends HTMLElement {
  #input: HTMLTextAreaElement | null = null;
  #result: HTMLElement | null = null;
  #status: HTMLElement | null = null;
  #timer = 0;
  #sequence = 0;

  connectedCallback(): void {
    this.#input = this.querySelector('textarea');
    this.#result = this.querySelector('.dk-x');
    this.#status = this.querySelector('.dk-x__status');
    if (!this.#input || !this.#result) return;
    this.#input.addEventListener('input', () => {
      window.clearTimeout(this.#timer);
      this.#timer = window.setTimeout(() => void this.#explain(true), DEBOUNCE_MS);
    });
    window.addEventListener('hashchange', () => this.#readHash());
    for (const type of ['pointerover', 'focusin'] as const)
      this.addEventListener(type, (event) => this.#highlight(event.target));
    for (const type of ['pointerout', 'focusout'] as const) this.addEventListener(type, () => this.#highlight(null));
    this.addEventListener('click', (event) => {
      const part = event.target instanceof Element ? event.target.closest<HTMLElement>('button[data-n]') : null;
      const item = part && this.querySelector<HTMLElement>(`li[data-n="${part.dataset['n'] ?? ''}"]`);
      item?.focus();
    });
    void loadData().catch((error: unknown) =>
      this.#say(`The explainer could not load its data (${String(error)}): reload the page to try again.`),
    );
    this.#readHash();
    // Text typed or pasted before this chunk arrived (it loads on focus) is explained now.
    if (!location.hash && this.#input.value !== this.#input.defaultValue) void this.#explain(true);
  }

  #readHash(): void {
    const read = fromExplainHash(location.hash);
    if (!read || !this.#input) return;
    if ('error' in read) {
      this.#say(read.error);
      return;
    }
    this.#input.value = read.command;
    void this.#explain(false);
  }

  #say(message: string): void {
    if (this.#status) this.#status.textContent = message;
  }

  async #explain(fromTyping: boolean): Promise<void> {
    const text = this.#input?.value ?? '';
    const sequence = ++this.#sequence;
    let loaded: Data;
    try {
      loaded = await loadData();
    } catch {
      return;
    }
    const { cli: index, texts } = loaded;
    try {
      await loadFlags(text, index);
      await loadDecoders(text, index, texts);
    } catch (error) {
      this.#say(`Part of the explainer could not load (${String(error)}): reload the page to try again.`);
      return;
    }
    // A slower, older run must not replace the newer one.
    if (sequence !== this.#sequence || !this.#result) return;
    if (fromTyping) history.replaceState(null, '', text.trim() ? toExplainHash(text) : location.pathname);
    try {
      const explanation = explainCommandLine(text, index, decoders, texts);
      this.#result.replaceChildren(...toDom(toExplanationView(explanation, texts.say)));
      delete this.#result.dataset['example'];
      this.#say(toSummary(explanation, texts.say));
    } catch (error) {
      this.#result.replaceChildren();
      this.#say(
        `This command could not be explained (${String(error)}); please report it with the link in the address bar.`,
      );
    }
  }

  #highlight(target: EventTarget | null): void {
    const n = target instanceof Element ? target.closest<HTMLElement>('[data-n]')?.dataset['n'] : undefined;
    for (const element of this.querySelectorAll('.is-on')) element.classList.remove('is-on');
    if (n) for (const element of this.querySelectorAll(`[data-n="${n}"]`)) element.classList.add('is-on');
  }
}

/** Registers `<dk-explain>` (once); the page's activator calls it when the reader shows intent. */
export function defineExplainBox(): void {
  if (!customElements.get('dk-explain')) customElements.define('dk-explain', ExplainBox);
}
