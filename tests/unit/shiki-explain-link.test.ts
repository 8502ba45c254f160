import { codeToHtml } from 'shiki';
import { describe, expect, it } from 'vitest';
import { transformerCodeFrame } from '../../src/plugins/shiki-code-frame.ts';
import { transformerExplainLink } from '../../src/plugins/shiki-explain-link.ts';
import { transformerNoTimeLimit } from '../../src/plugins/shiki-no-time-limit.ts';
import { transformerShellSnippet } from '../../src/plugins/shiki-shell-snippet.ts';

const highlight = (code: string, lang = 'sh'): Promise<string> =>
  codeToHtml(code, {
    lang,
    themes: { light: 'github-light', dark: 'github-dark' },
    defaultColor: false,
    transformers: [
      transformerNoTimeLimit(),
      transformerShellSnippet({ links: false }),
      transformerCodeFrame(),
      transformerExplainLink(),
    ],
  });

describe('transformerExplainLink', () => {
  it('links a terminal snippet to /explain/ with its commands, prompts and output left out', async () => {
    const html = await highlight('$ docker volume create db\ndb\n$ docker run -d \\\n  -v db:/data redis');
    expect(html).toContain(
      '</figcaption><a class="dk-explain-link" href="/explain/#cmd=docker+volume+create+db%0Adocker+run+-d+%5C%0A++-v+db:/data+redis" aria-label="Explain: docker volume create db" data-pagefind-ignore="">Explain</a><pre',
    );
  });

  it('adds nothing to a terminal snippet that runs no docker command', async () => {
    expect(await highlight('curl -s localhost:8080')).not.toContain('dk-explain-link');
  });

  it('adds nothing to a file', async () => {
    expect(await highlight('FROM nginx', 'dockerfile')).not.toContain('dk-explain-link');
  });

  it('rejects a wrong option when created', () => {
    expect(() => transformerExplainLink({ enabled: 'yes' as unknown as boolean })).toThrow(
      'transformerExplainLink: option "enabled" must be true or false, got "yes"',
    );
  });
});
