import { describe, expect, it } from 'vitest';
import { explainLink } from '../../src/plugins/shiki-explain-link.ts';
import { tryLink } from '../../src/plugins/shiki-try-link.ts';
import { highlight as highlightWith } from './shiki-highlight.ts';

const highlight = (code: string, lang = 'sh', meta = ''): Promise<string> =>
  highlightWith(code, { lang, meta, links: false, frameLinks: [explainLink()] });

describe('explainLink', () => {
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

  it('leaves a line a diff removes out of the explained commands, as the copy button does', async () => {
    const html = await highlight('$ docker compose up -d # [!code ++]\n$ docker-compose up -d # [!code --]');
    expect(html).toContain('href="/explain/#cmd=docker+compose+up+-d"');
  });

  it('adds nothing to a block that is not a terminal, even when it shows a docker command', async () => {
    expect(await highlight('docker run -d nginx', 'text')).not.toContain('dk-explain-link');
  });

  it('links a snippet whose docker command comes after other commands and a bare assignment', async () => {
    const html = await highlight('$ cd app\n$ TAG=1.0\n$ docker compose up -d');
    expect(html).toContain('href="/explain/#cmd=cd+app%0ATAG=1.0%0Adocker+compose+up+-d"');
  });

  it('names the first command in the link, cut after 60 characters', async () => {
    const sixty = `docker volume create ${'d'.repeat(39)}`;
    expect(sixty).toHaveLength(60);
    expect(await highlight(`$ ${sixty}`)).toContain(`aria-label="Explain: ${sixty}"`);
    expect(await highlight(`$ ${sixty}x`)).toContain(`aria-label="Explain: ${sixty}…"`);
  });

  it('adds nothing when turned off', async () => {
    const html = await highlightWith('$ docker ps', { links: false, frameLinks: [explainLink({ enabled: false })] });
    expect(html).not.toContain('dk-explain-link');
  });

  it('sits after the Try it link when the frame carries both, in the order they are given', async () => {
    const html = await highlightWith('$ docker volume ls', {
      meta: 'dk-try="/playground/#run=docker%20volume%20ls"',
      links: false,
      frameLinks: [tryLink(), explainLink()],
    });
    expect(html).toMatch(
      /<\/figcaption><a class="dk-try-link"[^>]*>Try it<\/a><a class="dk-explain-link"[^>]*>Explain<\/a><pre/,
    );
  });

  it('rejects a wrong option when created', () => {
    expect(() => explainLink({ enabled: 'yes' as unknown as boolean })).toThrow(
      'explainLink: option "enabled" must be true or false, got "yes"',
    );
  });
});
