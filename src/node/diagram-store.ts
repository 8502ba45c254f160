import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS } from './chromium.ts';
import { DIAGRAM_CONFIGS, DIAGRAM_SCHEMES, type DiagramScheme } from '../lib/diagrams/themes.ts';
import { normaliseDiagramSource } from '../lib/diagrams/key.ts';
import { toDiagramKey } from './diagram-key.ts';
import { toSha256Hex } from './hash.ts';
import { toDiagramStylesheet } from '../lib/diagrams/stylesheet.ts';
import { toDiagramIdPrefix, toThemedDiagram } from '../lib/diagrams/themed-svg.ts';

/** A diagram rendered once for both themes, keyed by its content address. */
export interface RenderedDiagram {
  readonly key: string;
  /** One SVG whose colours follow the page's colour scheme (see src/lib/diagrams/themed-svg.ts). */
  readonly svg: string;
}

/** What loading one diagram gave: its SVG, or the reason it could not be rendered. */
export type DiagramResult =
  { readonly ok: true; readonly diagram: RenderedDiagram } | { readonly ok: false; readonly reason: string };

/** Loads the diagrams of one file, in order. Failures come back as values, not throws. */
export type DiagramLoader = (sources: readonly string[]) => Promise<DiagramResult[]>;

export interface DiagramStoreOptions {
  /**
   * Folder of the content-addressed cache: `<key>.svg` and `<key>.css` per diagram, `mermaid-<type>.css`
   * per diagram type, and the merged `diagrams.css`.
   */
  cacheDir: string;
  /** Chromium used to render diagrams missing from the cache. */
  chromiumPath: string;
}

/** The stylesheet every page with a diagram loads: the rules of all cached diagrams, merged. */
export const DIAGRAM_STYLESHEET = 'diagrams.css';

/** Returns the cache files of a diagram: its SVG and the CSS rules only it needs, one per line. */
function toDiagramPaths(cacheDir: string, key: string): { svg: string; css: string } {
  return { svg: join(cacheDir, `${key}.svg`), css: join(cacheDir, `${key}.css`) };
}

/** Returns the file of the rules every diagram of one Mermaid type shares, e.g. `mermaid-flowchart-v2.css`. */
export function toSharedRulesPath(cacheDir: string, type: string): string {
  return join(cacheDir, `mermaid-${type}.css`);
}

/** Whether a file in the cache holds a type's shared rules rather than one diagram's. */
export function isSharedRulesFile(name: string): boolean {
  return name.startsWith('mermaid-') && name.endsWith('.css');
}

/** Returns the Mermaid type a cached SVG was drawn as (its `dk-mm--<type>` class). */
export function toCachedDiagramType(svg: string): string | undefined {
  return /\bclass="[^"]*\bdk-mm--([\w-]+)/.exec(svg)?.[1];
}

function readLines(path: string): string[] {
  return existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter(Boolean) : [];
}

/** Returns the merged stylesheet the cache's diagrams need, as {@link writeDiagramStylesheet} writes it. */
export function toCachedStylesheet(cacheDir: string): string {
  const names = readdirSync(cacheDir).toSorted();
  const diagrams = names
    .filter((name) => name.endsWith('.svg'))
    .map((name) => ({
      svg: readFileSync(join(cacheDir, name), 'utf8'),
      rules: readLines(join(cacheDir, name.replace(/\.svg$/, '.css'))),
    }));
  const shared = names.filter(isSharedRulesFile).flatMap((name) => readLines(join(cacheDir, name)));
  return toDiagramStylesheet(diagrams, shared);
}

/** Rewrites `diagrams.css` from the cached diagrams' rules when they changed. */
export function writeDiagramStylesheet(cacheDir: string): void {
  const path = join(cacheDir, DIAGRAM_STYLESHEET);
  const css = toCachedStylesheet(cacheDir);
  if (!existsSync(path) || readFileSync(path, 'utf8') !== css) writeFileSync(path, css);
}

/** Adds a type's shared rules to its file: the rules already there keep their place, new ones follow. */
function writeSharedRules(cacheDir: string, type: string, rules: readonly string[]): void {
  const path = toSharedRulesPath(cacheDir, type);
  const lines = [...new Set([...readLines(path), ...rules])];
  writeFileSync(path, `${lines.join('\n')}\n`);
}

function readCached(cacheDir: string, key: string): RenderedDiagram | undefined {
  const paths = toDiagramPaths(cacheDir, key);
  if (!existsSync(paths.svg) || !existsSync(paths.css)) return undefined;
  return { key, svg: readFileSync(paths.svg, 'utf8') };
}

/**
 * Creates the loader the Mermaid plugin uses: it serves diagrams from the committed cache and
 * renders the missing ones in Chromium (through mermaid-isomorphic), in both themes, merges the two
 * renders into one SVG, then stores it with its CSS rules and updates `diagrams.css`. A build with
 * every diagram cached never starts a browser, so a fresh machine without Chromium builds.
 */
export function createDiagramLoader(options: Readonly<DiagramStoreOptions>): DiagramLoader {
  const { cacheDir, chromiumPath } = options;
  let renderer: Promise<import('mermaid-isomorphic').MermaidRenderer> | undefined;

  async function render(source: string, key: string): Promise<DiagramResult> {
    if (!existsSync(chromiumPath)) {
      return {
        ok: false,
        reason:
          `this diagram is new or changed and is not in ${cacheDir}, and rendering it needs Chromium, ` +
          `which is not at ${chromiumPath}. Install it (apt-get install -y chromium) or set ` +
          `CHROMIUM_PATH, then build again: the rendered SVG is cached for machines without it.`,
      };
    }
    renderer ??= import('mermaid-isomorphic').then(({ createMermaidRenderer }) =>
      createMermaidRenderer({
        launchOptions: { executablePath: chromiumPath, args: [...CHROMIUM_ARGS] },
      }),
    );
    const renderSvg = await renderer;
    const svgs: Partial<Record<DiagramScheme, string>> = {};
    for (const scheme of DIAGRAM_SCHEMES) {
      const [result] = await renderSvg([normaliseDiagramSource(source)], {
        prefix: `${toDiagramIdPrefix(key)}-${scheme}`,
        mermaidConfig: DIAGRAM_CONFIGS[scheme],
      });
      if (result?.status !== 'fulfilled') {
        const reason: unknown = result?.reason;
        return { ok: false, reason: reason instanceof Error ? reason.message : String(reason) };
      }
      svgs[scheme] = result.value.svg;
    }
    const themed = toThemedDiagram(svgs.light ?? '', svgs.dark ?? '', key, toSha256Hex);
    const paths = toDiagramPaths(cacheDir, key);
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(paths.svg, themed.svg);
    writeFileSync(paths.css, themed.rules.length > 0 ? `${themed.rules.join('\n')}\n` : '');
    writeSharedRules(cacheDir, themed.type, themed.shared);
    writeDiagramStylesheet(cacheDir);
    return { ok: true, diagram: { key, svg: themed.svg } };
  }

  return async (sources) => {
    const results: DiagramResult[] = [];
    // One at a time: two new diagrams must not render in parallel and race on diagrams.css.
    for (const source of sources) {
      const key = toDiagramKey(source);
      const cached = readCached(cacheDir, key);
      results.push(cached ? { ok: true, diagram: cached } : await render(source, key));
    }
    return results;
  };
}
