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
import { remarkRunTrace } from './src/plugins/remark-run-trace.ts';
import { rehypeRunTraceSteps } from './src/plugins/rehype-run-trace-steps.ts';
import { transformerCodeFrame } from './src/plugins/shiki-code-frame.ts';
import { transformerShellSnippet } from './src/plugins/shiki-shell-snippet.ts';
import { createDiagramLoader } from './src/lib/diagram-store.ts';
import { CHROMIUM_PATH } from './src/node/chromium.ts';
import { contentChecks } from './src/integrations/content-checks.ts';
import { linkChecks } from './src/integrations/link-checks.ts';
import { anchorManifest } from './src/integrations/anchor-manifest.ts';
import { REDIRECTS } from './src/lib/links/redirects.ts';

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
    // Fails the build on a broken link or anchor, or a redirect to nowhere.
    linkChecks({ contentDir: 'content' }),
    // Fails the build on a published anchor that disappeared, or a new one not yet recorded.
    anchorManifest({
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
        // A ```docker-run-trace fence becomes a step-through of a recorded docker run: a sequence diagram
        // generated from src/data/traces/docker-run.json, radios and an ordered list of the steps.
        remarkRunTrace,
      ],
      rehypePlugins: [
        // Mermaid fences become light and dark inline SVG at build time, from a committed cache.
        [
          rehypeMermaidFigure,
          {
            load: createDiagramLoader({
              cacheDir: 'content/.diagrams',
              chromiumPath: CHROMIUM_PATH,
            }),
          },
        ],
        // After the diagrams are inlined: each message of a step-through's diagram learns its step.
        rehypeRunTraceSteps,
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
        // Shell snippets: prompts out of the text, command and output lines marked, and each docker
        // subcommand and flag linked to /reference/ with its meaning, from one reading of the snippet.
        transformerShellSnippet(),
        // Terminal and file frames with their label; reads only the language and meta, so order-free.
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
