import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIAGRAM_CONFIGS, DIAGRAM_SCHEMES, type DiagramScheme } from './diagram-themes.ts';
import { normaliseDiagramSource, toDiagramKey } from './diagram-key.ts';
import { CHROMIUM_ARGS } from '../node/chromium.ts';

/** A diagram rendered in every scheme, keyed by its content address. */
export type RenderedDiagram = { readonly key: string } & Readonly<Record<DiagramScheme, string>>;

/** What loading one diagram gave: its SVGs, or the reason it could not be rendered. */
export type DiagramResult =
  { readonly ok: true; readonly diagram: RenderedDiagram } | { readonly ok: false; readonly reason: string };

/** Loads the diagrams of one file, in order. Failures come back as values, not throws. */
export type DiagramLoader = (sources: readonly string[]) => Promise<DiagramResult[]>;

export interface DiagramStoreOptions {
  /** Folder of the content-addressed cache: `<key>.<scheme>.svg`. */
  cacheDir: string;
  /** Chromium used to render diagrams missing from the cache. */
  chromiumPath: string;
}

/** Returns the cache file of a diagram in one scheme. */
export function toDiagramPath(cacheDir: string, key: string, scheme: DiagramScheme): string {
  return join(cacheDir, `${key}.${scheme}.svg`);
}

/** Returns the id prefix of a diagram's SVG, unique per diagram and scheme. */
export function toDiagramIdPrefix(key: string, scheme: DiagramScheme): string {
  return `dk-mm-${key}-${scheme}`;
}

function readCached(cacheDir: string, key: string): RenderedDiagram | undefined {
  const paths = DIAGRAM_SCHEMES.map((scheme) => toDiagramPath(cacheDir, key, scheme));
  if (!paths.every((path) => existsSync(path))) return undefined;
  const [light, dark] = paths.map((path) => readFileSync(path, 'utf8'));
  return light === undefined || dark === undefined ? undefined : { key, light, dark };
}

/**
 * Creates the loader the Mermaid plugin uses: it serves diagrams from the committed cache and
 * renders the missing ones in Chromium (through mermaid-isomorphic), then stores them. A build
 * with every diagram cached never starts a browser, so a fresh machine without Chromium builds.
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
          `CHROMIUM_PATH, then build again: the rendered SVGs are cached for machines without it.`,
      };
    }
    renderer ??= import('mermaid-isomorphic').then(({ createMermaidRenderer }) =>
      createMermaidRenderer({
        launchOptions: { executablePath: chromiumPath, args: [...CHROMIUM_ARGS] },
      }),
    );
    const render = await renderer;
    const svgs: Partial<Record<DiagramScheme, string>> = {};
    for (const scheme of DIAGRAM_SCHEMES) {
      const [result] = await render([normaliseDiagramSource(source)], {
        prefix: toDiagramIdPrefix(key, scheme),
        mermaidConfig: DIAGRAM_CONFIGS[scheme],
      });
      if (result?.status !== 'fulfilled') {
        const reason: unknown = result?.reason;
        return { ok: false, reason: reason instanceof Error ? reason.message : String(reason) };
      }
      svgs[scheme] = result.value.svg;
    }
    const { light = '', dark = '' } = svgs;
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(toDiagramPath(cacheDir, key, 'light'), light);
    writeFileSync(toDiagramPath(cacheDir, key, 'dark'), dark);
    return { ok: true, diagram: { key, light, dark } };
  }

  return async (sources) =>
    Promise.all(
      sources.map(async (source) => {
        const key = toDiagramKey(source);
        const cached = readCached(cacheDir, key);
        return cached ? { ok: true as const, diagram: cached } : render(source, key);
      }),
    );
}
