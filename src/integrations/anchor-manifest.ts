import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { PageFacts } from '../lib/links/page-facts.ts';
import type { Redirects } from '../lib/links/redirects.ts';
import { REDIRECTS } from '../node/redirects.ts';
import { RETIRED_REFERENCE_ANCHORS } from '../node/reference-links.ts';
import { builtSiteCheck } from './built-site-check.ts';

export interface AnchorManifestOptions {
  /** The committed list of published `page#anchor`s. */
  manifestPath: string;
  /** Add new anchors to the manifest instead of failing on them (`npm run anchors`). */
  updateManifest: boolean;
}

/** What comparing the build with the manifest found. */
export interface ManifestCheck {
  /** Published anchors that disappeared without a working redirect, each with its fix. */
  problems: string[];
  /** Anchors of this build that the manifest does not list yet. */
  added: string[];
}

/**
 * Reads the anchor manifest: `{ "anchors": ["/volume/#inspecting-a-volume", …] }`.
 *
 * @throws when the file is not that shape, naming the file.
 */
export function readManifest(path: string): string[] {
  if (!existsSync(path)) return [];
  const data: unknown = JSON.parse(readFileSync(path, 'utf8'));
  const anchors = typeof data === 'object' && data !== null && 'anchors' in data ? data.anchors : undefined;
  if (!Array.isArray(anchors) || !anchors.every((anchor) => typeof anchor === 'string')) {
    throw new Error(`${path}: expected { "anchors": ["/page/#id", …] }; run \`npm run anchors\` to rewrite it`);
  }
  return anchors;
}

/** Whether a redirect target exists: a page (`/reference/cli/docker/buildx/build/`) or an anchor on one. */
function isPageOrAnchor(pages: ReadonlyMap<string, PageFacts>, target: string): boolean {
  const [page = '', id] = target.split('#');
  const facts = pages.get(page);
  return id === undefined ? facts !== undefined : (facts?.ids.has(id) ?? false);
}

/**
 * Checks that no published anchor disappeared without a declared redirect; returns the problems and the new anchors.
 * @param pages The built pages' facts, by path.
 * @param published The manifest's anchors.
 * @param derived Retired anchors the site derives rather than declares (the single reference page's).
 * @param redirects The declared redirects (src/data/redirects.json).
 */
export function checkManifest(
  pages: ReadonlyMap<string, PageFacts>,
  published: readonly string[],
  derived: Readonly<Record<string, string>> = RETIRED_REFERENCE_ANCHORS,
  redirects: Readonly<Redirects> = REDIRECTS,
): ManifestCheck {
  const current = new Set([...pages].flatMap(([path, facts]) => facts.anchors.map((id) => `${path}#${id}`)));
  const problems: string[] = [];
  for (const anchor of published) {
    if (current.has(anchor)) continue;
    const [page = '', id = ''] = anchor.split('#');
    const target =
      redirects.anchors[anchor] ??
      derived[anchor] ??
      (redirects.pages[page] ? `${redirects.pages[page]}#${id}` : undefined);
    if (!target) {
      problems.push(
        `${anchor} was published and is gone. Put {/* #${id} */} back on the heading it belonged to, ` +
          `or declare where it moved in src/data/redirects.json under "anchors".`,
      );
    } else if (!current.has(target) && !isPageOrAnchor(pages, target)) {
      problems.push(`${anchor} redirects to ${target}, which does not exist: point it at an anchor that does.`);
    }
  }
  const added = [...current].filter((anchor) => !published.includes(anchor));
  return { problems, added };
}

/**
 * Keeps the anchor contract: a published anchor (listed in the manifest) may not disappear
 * without a redirect, and a new anchor must be recorded (`npm run anchors`, which sets
 * `updateManifest` and writes the manifest). Any problem fails the build.
 */
export function anchorManifest(options: AnchorManifestOptions): AstroIntegration {
  return builtSiteCheck('dk:anchor-manifest', 'the published anchors', (pages, logger) => {
    const shown = relative(process.cwd(), options.manifestPath);
    const published = readManifest(options.manifestPath);
    const { problems, added } = checkManifest(pages, published);
    if (added.length > 0 && options.updateManifest) {
      const anchors = [...published, ...added].sort();
      writeFileSync(options.manifestPath, `${JSON.stringify({ anchors }, null, 2)}\n`);
      logger.info(`added ${added.length} anchor(s) to ${shown}`);
    } else if (added.length > 0) {
      problems.push(
        `${added.length} new anchor(s) are not in ${shown} ` +
          `(${added.slice(0, 5).join(', ')}${added.length > 5 ? ', …' : ''}): ` +
          'run `npm run anchors` and commit the manifest.',
      );
    }
    return problems;
  });
}
