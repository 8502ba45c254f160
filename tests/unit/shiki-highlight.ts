import { transformerNotationDiff } from '@shikijs/transformers';
import { codeToHtml } from 'shiki';
import { transformerCodeFrame, type FrameLink } from '../../src/plugins/shiki-code-frame.ts';
import { transformerNoTimeLimit } from '../../src/plugins/shiki-no-time-limit.ts';
import { transformerShellSnippet, type Options } from '../../src/plugins/shiki-shell-snippet.ts';

/** How a test highlights a block: the site's own code transformers, in a chosen order. */
export interface HighlightOptions extends Options {
  lang?: string;
  meta?: string;
  /** Run the frame before the shell transformer, to show that their order does not matter. */
  frameFirst?: boolean;
  /** The frame's links beside its label, as in astro.config.mjs (Try it, Explain). */
  frameLinks?: FrameLink[];
}

/** Highlights a block the way astro.config.mjs does, with the test themes. */
export async function highlight(code: string, options: HighlightOptions = {}): Promise<string> {
  const { lang = 'sh', meta = '', frameFirst = false, frameLinks = [], ...shell } = options;
  const ours = [transformerShellSnippet(shell), transformerCodeFrame({ links: frameLinks })];
  return codeToHtml(code, {
    lang,
    meta: { __raw: meta },
    themes: { light: 'github-light', dark: 'github-dark' },
    defaultColor: false,
    transformers: [transformerNoTimeLimit(), ...(frameFirst ? ours.reverse() : ours), transformerNotationDiff()],
  });
}
