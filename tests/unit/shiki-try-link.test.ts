import { describe, expect, it } from 'vitest';
import { tryLink } from '../../src/plugins/shiki-try-link.ts';
import { highlight as highlightWith } from './shiki-highlight.ts';

const highlight = (code: string, lang: string, meta: string): Promise<string> =>
  highlightWith(code, { lang, meta, links: false, frameLinks: [tryLink()] });

describe('tryLink', () => {
  it('puts a Try it link beside the caption of a replayed terminal snippet, to the address in its meta', async () => {
    const html = await highlight('$ docker volume ls', 'sh', 'dk-try="/playground/#run=docker%20volume%20ls"');
    expect(html).toContain(
      '</figcaption><a class="dk-try-link" href="/playground/#run=docker%20volume%20ls" aria-label="Try it: open the playground with this page&#x27;s commands up to here" data-pagefind-ignore="">Try it</a><pre',
    );
  });

  it('adds nothing to a snippet that was not replayed, nor to a file', async () => {
    expect(await highlight('$ docker volume ls', 'sh', '')).not.toContain('dk-try-link');
    expect(await highlight('FROM nginx', 'dockerfile', 'dk-try="/playground/"')).not.toContain('dk-try-link');
  });
});
