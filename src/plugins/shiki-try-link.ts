import type { Element } from 'hast';
import { h } from 'hastscript';
import type { ShikiTransformer } from 'shiki';
import { readMetaAttribute, TRY_ATTRIBUTE } from '../lib/content/code-meta.ts';

const isElement = (node: { type: string } | undefined): node is Element => node?.type === 'element';

/**
 * Adds a "Try it" link to the frame of every terminal snippet that remarkReplaySnippets replayed
 * and found in agreement with the playground's engine: a plain link to the playground with the
 * page's commands so far in the address (`dk-try` in the fence meta), so it works without
 * JavaScript and adds none to the page. Place it after transformerCodeFrame.
 */
export function transformerTryLink(): ShikiTransformer {
  return {
    name: 'dk:try-link',
    root(root) {
      const href = readMetaAttribute(this.options.meta?.__raw ?? '', TRY_ATTRIBUTE);
      const figure = root.children.find(isElement);
      if (!href || figure?.properties['dataKind'] !== 'terminal') return;
      const caption = figure.children.findIndex((child) => isElement(child) && child.tagName === 'figcaption');
      // Beside the caption (and the Explain link), not in it, so the frame's label stays its own text.
      figure.children.splice(
        caption + 1,
        0,
        h(
          'a.dk-try-link',
          {
            href,
            ariaLabel: "Try it: open the playground with this page's commands up to here",
            dataPagefindIgnore: '',
          },
          'Try it',
        ),
      );
    },
  };
}
