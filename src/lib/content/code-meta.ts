import { toNearest } from '../links/nearest.ts';

/**
 * Reads one `name="value"` attribute from a fenced code block's meta string.
 *
 * @param meta Everything after the language on the opening fence.
 * @param name Attribute to read.
 * @returns The value, or undefined when the attribute is absent.
 * @example readMetaAttribute('title="compose.yaml" {2}', 'title') // 'compose.yaml'
 */
export function readMetaAttribute(meta: string, name: string): string | undefined {
  const pattern = new RegExp(
    // name, =, then a double-quoted, single-quoted or bare value
    `(?:^|\\s)${name}=(?:"([^"]*)"|'([^']*)'|(\\S+))`,
  );
  const match = pattern.exec(meta);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/** The part of a Shiki transformer's `this.options` that holds the fence meta. */
export interface ShikiMetaOptions {
  /** Shiki's meta object; the string as written after the language is its `__raw`. */
  readonly meta?: { readonly __raw?: string | undefined } | undefined;
}

/**
 * Returns the meta string of the fence a Shiki transformer is highlighting (everything after the
 * language, as written), or '' when it has none. Shiki hands it to transformers as
 * `this.options.meta.__raw`; this is the one place that knows it.
 *
 * @example readFenceMeta({ meta: { __raw: 'title="compose.yaml"' } }) // 'title="compose.yaml"'
 */
export function readFenceMeta(options: Readonly<ShikiMetaOptions>): string {
  return options.meta?.__raw ?? '';
}

/** Reports whether the meta string carries a bare flag, such as `legacy` or `nocopy`. */
export function hasMetaFlag(meta: string, name: string): boolean {
  return new RegExp(`(?:^|\\s)${name}(?:\\s|$)`).test(meta);
}

/**
 * Every key a fenced code block's meta may carry, and whether it takes a value. Anything else on
 * an opening fence fails the build: a misspelt `tilte="compose.yaml"` would otherwise drop the
 * file's name from its frame and turn off the Compose check without a word.
 */
export const FENCE_KEYS = {
  /** A file's name, shown above the code; `compose.yaml` and its kin also turn on the Compose check. */
  title: 'value',
  /** The caption of a diagram or a step-through. */
  caption: 'value',
  /** The UPPER_CASE words of a shell block that the reader replaces, separated by spaces or commas. */
  placeholder: 'value',
  /** An old form shown on purpose: its commands are not checked against the CLI data. */
  legacy: 'flag',
  /** `no: REASON`: a terminal snippet the playground's engine does not replay, and why. */
  simulate: 'value',
  /** The recorded trace a `docker-run-trace` step-through shows. */
  id: 'value',
  /** The trace variants a `docker-run-trace` step-through offers, separated by spaces. */
  variants: 'value',
} as const satisfies Record<string, 'value' | 'flag'>;

/**
 * The attribute remarkReplaySnippets adds to a replayed terminal fence for the frame's tryLink: the
 * playground's address with the page's commands so far. The build writes it, so it is not one of
 * the {@link FENCE_KEYS} an author may write (it is added after the fence meta is checked).
 */
export const TRY_ATTRIBUTE = 'dk-try';

/** A key of {@link FENCE_KEYS}. */
export type FenceKey = keyof typeof FENCE_KEYS;

/** One `name`, `name=value` or stray word of a meta string, where it starts in it. */
export interface MetaWord {
  name: string;
  /** Whether the word has `=` and a value. */
  hasValue: boolean;
  /** Offset of the word in the meta string, from 0. */
  offset: number;
}

/** Splits a meta string into its words, keeping a quoted value with its name. */
export function readMetaWords(meta: string): MetaWord[] {
  const words: MetaWord[] = [];
  // a name with an optional double-quoted, single-quoted or bare value, or any other run of non-space
  for (const match of meta.matchAll(/([^\s=]+)(=(?:"[^"]*"|'[^']*'|\S*))?|\S+/g)) {
    words.push({ name: match[1] ?? match[0], hasValue: match[2] !== undefined, offset: match.index });
  }
  return words;
}

/** Why a word of a fence's meta is not one the build reads, with the fix. */
export interface MetaProblem {
  message: string;
  /** Offset of the word in the meta string, from 0. */
  offset: number;
}

/** Lines to mark, as Shiki's transformerMetaHighlight reads them: `{2}`, `{2-4,7}`. */
const LINE_RANGES = /^\{\d+(?:-\d+)?(?:,\d+(?:-\d+)?)*\}$/;

function isFenceKey(name: string): name is FenceKey {
  return Object.hasOwn(FENCE_KEYS, name);
}

/**
 * Checks a fence's meta against {@link FENCE_KEYS}: an unknown key is named with the nearest known
 * one, and a flag given a value (or a value key given none) says how to write it.
 *
 * @example checkFenceMeta('tilte="compose.yaml"')[0]?.message // 'Unknown fence key "tilte". Did you mean title? …'
 */
export function checkFenceMeta(meta: string): MetaProblem[] {
  const known = Object.keys(FENCE_KEYS);
  return readMetaWords(meta).flatMap(({ name, hasValue, offset }): MetaProblem[] => {
    if (name.startsWith('{')) {
      // Shiki's transformerMetaHighlight marks these lines.
      if (LINE_RANGES.test(name)) return [];
      return [{ message: `Line range "${name}" is not valid: write the lines to mark as {2} or {2-4,7}.`, offset }];
    }
    if (!isFenceKey(name)) {
      const [best] = toNearest(name, known, 1);
      const hint = best === undefined ? '' : ` Did you mean ${best}?`;
      return [{ message: `Unknown fence key "${name}".${hint} A fence may carry ${known.join(', ')}.`, offset }];
    }
    if (FENCE_KEYS[name] === 'flag' && hasValue) {
      return [{ message: `Fence key "${name}" takes no value: write it alone, as \`${name}\`.`, offset }];
    }
    if (FENCE_KEYS[name] === 'value' && !hasValue) {
      return [{ message: `Fence key "${name}" needs a value: write ${name}="…".`, offset }];
    }
    return [];
  });
}
