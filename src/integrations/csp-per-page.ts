import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { toPagePolicy } from '../lib/security/csp-hashes.ts';
import { listBuiltHtmlFiles } from '../node/built-pages.ts';
import { toSha256Base64 } from '../node/hash.ts';

/**
 * Narrows each built page's CSP `<meta>` to the hashes of that page's own inline scripts and
 * styles (src/lib/security/csp-hashes.ts): the same policy for the page, a kilobyte lighter.
 * Runs when Astro has written the pages, before Pagefind reads them.
 */
export function cspPerPage(): AstroIntegration {
  return {
    name: 'dk:csp-per-page',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        let narrowed = 0;
        for (const file of listBuiltHtmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          const page = toPagePolicy(html, toSha256Base64);
          if (!page) continue;
          const attribute = `content="${page.from.replaceAll('"', '&quot;')}"`;
          if (!html.includes(attribute)) throw new Error(`${file}: the CSP <meta> is not written as expected`);
          writeFileSync(file, html.replace(attribute, `content="${page.policy}"`));
          narrowed += 1;
        }
        logger.info(`kept only its own hashes in the CSP of ${narrowed} pages`);
      },
    },
  };
}
