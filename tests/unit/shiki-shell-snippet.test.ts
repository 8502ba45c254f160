import { describe, expect, it } from 'vitest';
import { transformerShellSnippet } from '../../src/plugins/shiki-shell-snippet.ts';
import { readFixtureCases, recordOutput } from './fixture-cases.ts';
import { highlight } from './shiki-highlight.ts';

describe('transformerShellSnippet', () => {
  for (const fixture of readFixtureCases('shiki-shell-snippet', 'input.txt')) {
    it(fixture.name, async () => {
      const actual = await highlight(fixture.input.replace(/\n$/, ''), fixture.options);
      expect(actual).toBe(recordOutput(fixture, actual));
    });
  }

  it('keeps the text of a linked line, so selection and copy give plain commands', async () => {
    const html = await highlight('$ docker run -it --rm ubuntu:24.04 bash');
    expect(html).toContain('class="dk-cmd-link"');
    expect(html.replace(/<[^>]+>/g, '')).toContain('docker run -it --rm ubuntu:24.04 bash');
  });

  it('gives the same HTML whichever of it and the frame runs first', async () => {
    const code = '$ docker run -d \\\n  --name web nginx\n0f3a…\n$ docker ps -a';
    expect(await highlight(code, { frameFirst: true })).toBe(await highlight(code));
  });

  it('marks only the declared words that are UPPER_CASE, leaving a malformed one as text', async () => {
    const html = await highlight('$ docker swarm join --token WORKER_TOKEN manager:2377', {
      meta: 'placeholder="WORKER_TOKEN manager"',
    });
    expect(html).toContain('<var class="dk-placeholder">WORKER_TOKEN</var>');
    expect(html).not.toContain('<var class="dk-placeholder">manager</var>');
  });

  it('rejects a wrong option when created', () => {
    expect(() => transformerShellSnippet({ links: 'yes' as unknown as boolean })).toThrow(
      'transformerShellSnippet: option "links" must be true or false, got "yes"',
    );
  });
});
