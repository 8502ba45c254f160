import type { Element } from 'hast';
import { h } from 'hastscript';
import { readMetaAttribute, TRY_ATTRIBUTE } from '../lib/content/code-meta.ts';
import type { FrameBlock, FrameLink } from './shiki-code-frame.ts';

/**
 * Returns the "Try it" link of the frame (transformerCodeFrame's `links`) of every terminal snippet
 * that remarkReplaySnippets replayed and found in agreement with the playground's engine: a plain
 * link to the playground with the page's commands so far in the address (`dk-try` in the fence
 * meta), so it works without JavaScript and adds none to the page.
 */
export function tryLink(): FrameLink {
  return ({ kind, meta }: FrameBlock): Element | undefined => {
    const href = readMetaAttribute(meta, TRY_ATTRIBUTE);
    if (!href || kind !== 'terminal') return undefined;
    return h(
      'a.dk-try-link',
      {
        href,
        ariaLabel: "Try it: open the playground with this page's commands up to here",
        dataPagefindIgnore: '',
      },
      'Try it',
    );
  };
}
