import type { AstroIntegration } from 'astro';
import type { DiagramLoader } from '../node/diagram-store.ts';
import { listContentDiagrams } from '../node/content-diagrams.ts';

export interface DiagramPrerenderOptions {
  /** Folder of the MDX pages. */
  contentDir: string;
  /** The loader the Mermaid plugin uses, so both share one cache and one browser. */
  load: DiagramLoader;
}

/**
 * Renders every diagram missing from the cache before the site is bundled. A new diagram can add
 * rules to content/.diagrams/diagrams.css, which the site's CSS imports: rendered here, the rules
 * are in the file before Vite reads it, so the first build after adding a diagram is complete.
 * Failures are left to the Mermaid plugin, which reports them at the diagram's file and line.
 */
export function diagramPrerender(options: DiagramPrerenderOptions): AstroIntegration {
  return {
    name: 'dk:diagram-prerender',
    hooks: {
      'astro:config:setup': async ({ logger }) => {
        const diagrams = listContentDiagrams(options.contentDir);
        const results = await options.load(diagrams.map((diagram) => diagram.source));
        logger.info(`${results.filter((result) => result.ok).length} of ${diagrams.length} diagrams ready`);
      },
    },
  };
}
