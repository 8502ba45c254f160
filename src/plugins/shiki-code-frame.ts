import type { Element, ElementContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import type { ShikiTransformer } from 'shiki';
import { hasMetaFlag, readMetaAttribute } from '../lib/code-meta.ts';
import { SHELL_LANGUAGES, toShellLines, type ShellLineKind } from '../lib/shell-lines.ts';
import { PLACEHOLDER_WORD, readDeclaredPlaceholders, toPlaceholderParts } from '../lib/shell/placeholders.ts';

/** Options of {@link transformerCodeFrame}. */
export interface Options {
  /**
   * Label of the frame of a shell snippet without a `title`.
   * @default 'Terminal'
   */
  terminalLabel?: string;
}

const LINE_CLASS: Readonly<Record<ShellLineKind, string>> = {
  command: 'dk-cmd',
  continuation: 'dk-cont',
  output: 'dk-out',
};

/**
 * Wraps each declared placeholder word in the element's text in `<var class="dk-placeholder">`.
 * The word itself stays the text, so selecting or copying the line gives it unchanged.
 */
function markPlaceholders(element: Element, words: readonly string[]): void {
  element.children = element.children.flatMap((child): ElementContent[] => {
    if (child.type === 'element') {
      markPlaceholders(child, words);
      return [child];
    }
    if (child.type !== 'text') return [child];
    return toPlaceholderParts(child.value, words).map((part) =>
      part.placeholder ? h('var.dk-placeholder', part.text) : { type: 'text', value: part.text },
    );
  });
}

function isShell(lang: string): boolean {
  return (SHELL_LANGUAGES as readonly string[]).includes(lang);
}

/**
 * Frames each highlighted block in a `<figure class="dk-code">`: shell snippets look like a
 * terminal, files carry their `title="…"`. In shell snippets the `$ ` prompts are removed from
 * the text (CSS draws them back, so neither selection nor the copy button picks them up) and
 * output lines are marked `dk-out` and shown without highlighting. Words declared with
 * `placeholder="WORD"` on the fence become `<var class="dk-placeholder">WORD</var>`.
 *
 * @example
 * ```sh
 * $ docker volume create named-db
 * named-db
 * ```
 */
export function transformerCodeFrame(options: Readonly<Options> = {}): ShikiTransformer {
  const { terminalLabel = 'Terminal' } = options;
  if (typeof terminalLabel !== 'string' || !terminalLabel) {
    throw new TypeError(
      `transformerCodeFrame: option "terminalLabel" must be a non-empty string, got ${JSON.stringify(terminalLabel)}`,
    );
  }
  // Line kinds of the block being highlighted, keyed by Shiki's per-block meta object.
  const kindsOf = new WeakMap<object, ShellLineKind[]>();

  return {
    name: 'dk:code-frame',
    preprocess(code, { lang }) {
      if (!isShell(lang)) return undefined;
      const lines = toShellLines(code);
      kindsOf.set(this.meta, lines.kinds);
      return lines.code;
    },
    line(node, line) {
      const kind = kindsOf.get(this.meta)?.[line - 1];
      if (kind) this.addClassToHast(node, LINE_CLASS[kind]);
      if (kind === 'output') {
        // Output is not shell: drop the token colours and keep the text.
        node.children = [{ type: 'text', value: toString(node) }];
      }
      // The remark checker has already failed on a malformed or unused word; only the valid ones get here.
      const words = readDeclaredPlaceholders(this.options.meta?.__raw ?? '', readMetaAttribute).filter((word) =>
        PLACEHOLDER_WORD.test(word),
      );
      if (words.length > 0) markPlaceholders(node, words);
    },
    root(root) {
      const pre = root.children.find((child): child is Element => child.type === 'element');
      if (!pre) return;
      const lang = this.options.lang;
      const title = readMetaAttribute(this.options.meta?.__raw ?? '', 'title');
      const kind = isShell(lang) ? 'terminal' : title ? 'file' : 'code';
      const label = title ?? (kind === 'terminal' ? terminalLabel : undefined);
      // `legacy` in the meta: the snippet shows an old form on purpose (the checker allows it).
      const legacy = hasMetaFlag(this.options.meta?.__raw ?? '', 'legacy');
      root.children = [
        // Code counts half in search: a flag explained in prose beats the same flag in an example.
        h(
          'figure.dk-code',
          { dataKind: kind, dataLang: lang, dataLegacy: legacy ? '' : undefined, dataPagefindWeight: '0.5' },
          [
            // The label is frame chrome, and Pagefind would glue it to the first word of the
            // code ("Terminaldocker"), so a search for that command would miss it.
            label || legacy
              ? h('figcaption.dk-code__title', { dataPagefindIgnore: '' }, [
                  label,
                  legacy ? h('span.dk-code__legacy', 'Legacy') : undefined,
                ])
              : undefined,
            pre,
          ],
        ),
      ];
    },
  };
}
