import type { Element } from 'hast';
import { h } from 'hastscript';
import type { ShikiTransformer } from 'shiki';
import { hasMetaFlag, readMetaAttribute } from '../lib/content/code-meta.ts';
import { isShellLanguage } from '../lib/shell/lines.ts';

/** Options of {@link transformerCodeFrame}. */
export interface Options {
  /**
   * Label of the frame of a shell snippet without a `title`.
   * @default 'Terminal'
   */
  terminalLabel?: string;
}

/**
 * Frames each highlighted block in a `<figure class="dk-code">`: shell snippets look like a
 * terminal, files carry their `title="…"`, and `legacy` adds a label. It reads only the language
 * and the meta, never the code, so it holds no order with `transformerShellSnippet`, which
 * handles the prompts and lines inside a terminal.
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
  return {
    name: 'dk:code-frame',
    root(root) {
      const pre = root.children.find((child): child is Element => child.type === 'element');
      if (!pre) return;
      const lang = this.options.lang;
      const title = readMetaAttribute(this.options.meta?.__raw ?? '', 'title');
      const kind = isShellLanguage(lang) ? 'terminal' : title ? 'file' : 'code';
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
