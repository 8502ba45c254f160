// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { transformerMetaHighlight, transformerNotationDiff, transformerNotationHighlight } from '@shikijs/transformers';
import { remarkHeadingIds } from './src/plugins/remark-heading-ids.ts';
import { remarkCheckCommands } from './src/plugins/remark-check-commands.ts';
import { remarkExampleImages } from './src/plugins/remark-example-images.ts';
import { rehypeHeadingLinks } from './src/plugins/rehype-heading-links.ts';
import { rehypeMermaidFigure } from './src/plugins/rehype-mermaid-figure.ts';
import { transformerCodeFrame } from './src/plugins/shiki-code-frame.ts';
import { transformerCommandLinks } from './src/plugins/shiki-command-links.ts';
import { transformerExplainLink } from './src/plugins/shiki-explain-link.ts';
import { createDiagramLoader } from './src/lib/diagram-store.ts';
import { contentChecks } from './src/integrations/content-checks.ts';
import { siteChecks } from './src/integrations/site-checks.ts';
import { REDIRECTS } from './src/lib/redirects.ts';

export default defineConfig({
  site: 'https://docker-concepts.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // A strict Content-Security-Policy in a <meta> on every page: scripts and <style> elements only
  // from this origin or by hash (Astro hashes its own; diagram styles are hashed by our plugin).
  // Style *attributes* are the one inline exception: Shiki colours tokens with them.
  // frame-ancestors cannot be set in a <meta>; public/_headers sends it.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind runs WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] },
    },
  },
  // Retired page paths keep working (src/data/redirects.json).
  redirects: { ...REDIRECTS.pages },
  integrations: [
    // Frontmatter and images are checked first, so their errors name the line and the fix.
    contentChecks({ contentDir: 'content', publicDir: 'public' }),
    mdx(),
    // sitemap.xml for search engines; search and 404 are not pages to index.
    sitemap({ filter: (page) => !/\/(search|404)\/?$/.test(new URL(page).pathname) }),
    // Fails the build on a broken link or anchor, or a published anchor that disappeared.
    siteChecks({
      contentDir: 'content',
      manifestPath: 'src/data/anchor-manifest.json',
      updateManifest: process.env['UPDATE_ANCHORS'] === '1',
    }),
  ],
  markdown: {
    // Unified, not Astro 7's default Sätteri: only it runs rehype plugins.
    processor: unified({
      remarkPlugins: [
        // Heading anchors come from {/* #id */} in the source, so rewording never breaks a link.
        remarkHeadingIds,
        // {{image:nginx}} in code becomes the declared current tag (src/data/example-images.json), and a tag
        // the official image no longer publishes fails the build; before the checks, so they see the real tag.
        remarkExampleImages,
        // After the heading ids, so a page fails on its headings first: every docker command, Compose file and Dockerfile in a snippet is checked against src/data/docker-cli.json and the specs.
        remarkCheckCommands,
      ],
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
        // A # link beside every section heading (the copy-link button is added in the browser).
        rehypeHeadingLinks,
      ],
    }),
    // Mermaid must stay out of Shiki, or the diagram plugin never sees the block.
    syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid'] },
    shikiConfig: {
      themes: { light: 'github-light-default', dark: 'github-dark-default' },
      // No default colour: each token carries --shiki-light and --shiki-dark, and CSS picks one.
      defaultColor: false,
      transformers: [
        // Each docker subcommand and flag links to /reference/ with its meaning; before the frame, which strips prompts.
        transformerCommandLinks(),
        // Terminal and file frames, prompts and output lines.
        transformerCodeFrame(),
        // An "Explain" link on each terminal snippet that runs docker, to /explain/#cmd=…; after the frame it joins.
        transformerExplainLink(),
        // {1,3-4} after the language highlights lines.
        transformerMetaHighlight(),
        // # [!code highlight] and # [!code ++] / [!code --] at the end of a line.
        transformerNotationHighlight(),
        transformerNotationDiff(),
      ],
    },
  },
});
