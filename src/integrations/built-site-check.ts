import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { PageFacts } from '../lib/links/page-facts.ts';
import { readBuiltFacts } from '../node/built-facts.ts';

/** One check of the built site: the problems it found, each with its fix. */
export type BuiltSiteCheck = (pages: ReadonlyMap<string, PageFacts>, logger: AstroIntegrationLogger) => string[];

/**
 * Returns an integration that runs a check over the built pages when the build is done, fails
 * the build with every problem it found, and otherwise logs `checked <what> of N pages`.
 *
 * @param name The integration's name, `dk:…`.
 * @param what What was checked, for the log line: `links and redirects`.
 */
export function builtSiteCheck(name: string, what: string, check: BuiltSiteCheck): AstroIntegration {
  return {
    name,
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const pages = readBuiltFacts(fileURLToPath(dir));
        const problems = check(pages, logger);
        if (problems.length > 0) {
          throw new Error(`The built site has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
        }
        logger.info(`checked ${what} of ${pages.size} pages`);
      },
    },
  };
}
