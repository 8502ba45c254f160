// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { transformerMetaHighlight, transformerNotationDiff, transformerNotationHighlight } from '@shikijs/transformers';
import { rehypeMermaidFigure } from './src/plugins/rehype-mermaid-figure.ts';
import { transformerCodeFrame } from './src/plugins/shiki-code-frame.ts';
import { createDiagramLoader } from './src/lib/diagram-store.ts';

export default defineConfig({
  site: 'https://docker-concepts.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
  markdown: {
    // Unified, not Astro 7's default Sätteri: only it runs rehype plugins.
    processor: unified({
      rehypePlugins: [
        // Mermaid fences become light and dark inline SVG at build time, from a committed cache.
        [
          rehypeMermaidFigure,
          {
            load: createDiagramLoader({
              cacheDir: 'content/.diagrams',
              chromiumPath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
            }),
          },
        ],
      ],
    }),
    // Mermaid must stay out of Shiki, or the diagram plugin never sees the block.
    syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid'] },
    shikiConfig: {
      themes: { light: 'github-light', dark: 'github-dark' },
      // No default colour: each token carries --shiki-light and --shiki-dark, and CSS picks one.
      defaultColor: false,
      transformers: [
        // Terminal and file frames, prompts and output lines.
        transformerCodeFrame(),
        // {1,3-4} after the language highlights lines.
        transformerMetaHighlight(),
        // # [!code highlight] and # [!code ++] / [!code --] at the end of a line.
        transformerNotationHighlight(),
        transformerNotationDiff(),
      ],
    },
  },
});
