import type { Element } from 'hast';
import { h } from 'hastscript';
import type { ShikiTransformer } from 'shiki';
import { hasMetaFlag, readFenceMeta, readMetaAttribute } from '../lib/content/code-meta.ts';
import { isShellLanguage } from '../lib/shell/lines.ts';

/** What kind of block a frame holds: a shell snippet, a named file, or other code. */
export type FrameKind = 'terminal' | 'file' | 'code';

/** What a frame link is given: the block's kind, its fence meta and its highlighted `<pre>`. */
export interface FrameBlock {
  kind: FrameKind;
  /** The fence meta as written, plus what remark plugins added (`dk-try="…"`). */
  meta: string;
  /** The highlighted block, its lines already marked (`dk-out` output, `remove` diff lines). */
  pre: Element;
}

/**
 * A link a frame carries beside its label, such as "Explain" or "Try it", or undefined where it
 * does not apply. The frame builds each one itself, so no transformer depends on running after it.
 */
export type FrameLink = (block: FrameBlock) => Element | undefined;

/** Options of {@link transformerCodeFrame}. */
export interface Options {
  /**
   * Label of the frame of a shell snippet without a `title`.
   * @default 'Terminal'
   */
  terminalLabel?: string;
  /**
   * Links beside the label, in this order.
   * @default []
   */
  links?: readonly FrameLink[];
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
  const { terminalLabel = 'Terminal', links = [] } = options;
  if (typeof terminalLabel !== 'string' || !terminalLabel) {
    throw new TypeError(
      `transformerCodeFrame: option "terminalLabel" must be a non-empty string, got ${JSON.stringify(terminalLabel)}`,
    );
  }
  const given: unknown = links;
  if (!Array.isArray(given) || !given.every((link) => typeof link === 'function')) {
    throw new TypeError('transformerCodeFrame: option "links" must be a list of functions that return a link');
  }
  return {
    name: 'dk:code-frame',
    root(root) {
      // Stryker disable next-line ConditionalExpression: Shiki's root holds its <pre> and nothing else
      const pre = root.children.find((child): child is Element => child.type === 'element');
      // Stryker disable next-line ConditionalExpression: as above, there is always a <pre>
      if (!pre) return;
      const lang = this.options.lang;
      const meta = readFenceMeta(this.options);
      const title = readMetaAttribute(meta, 'title');
      const kind: FrameKind = isShellLanguage(lang) ? 'terminal' : title ? 'file' : 'code';
      const label = title ?? (kind === 'terminal' ? terminalLabel : undefined);
      // `legacy` in the meta: the snippet shows an old form on purpose (the checker allows it).
      const legacy = hasMetaFlag(meta, 'legacy');
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
            // Beside the caption, not in it, so the frame's label stays its own text.
            ...links.map((link) => link({ kind, meta, pre })),
            pre,
          ],
        ),
      ];
    },
  };
}
