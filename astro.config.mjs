// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { rehypeShiki, unified } from '@astrojs/markdown-remark';
import { transformerMetaHighlight, transformerNotationDiff, transformerNotationHighlight } from '@shikijs/transformers';
import { remarkHeadingIds } from './src/plugins/remark-heading-ids.ts';
import { remarkCheckCommands } from './src/plugins/remark-check-commands.ts';
import { remarkExampleImages } from './src/plugins/remark-example-images.ts';
import { rehypeHeadingLinks } from './src/plugins/rehype-heading-links.ts';
import { rehypeMermaidFigure } from './src/plugins/rehype-mermaid-figure.ts';
import { remarkRunTrace } from './src/plugins/remark-run-trace.ts';
import { remarkAnswers } from './src/plugins/remark-answers.ts';
import { rehypeRunTraceSteps } from './src/plugins/rehype-run-trace-steps.ts';
import { viteTraceStyles } from './src/plugins/vite-trace-styles.ts';
import { transformerCodeFrame } from './src/plugins/shiki-code-frame.ts';
import { transformerShellSnippet } from './src/plugins/shiki-shell-snippet.ts';
import { transformerExplainLink } from './src/plugins/shiki-explain-link.ts';
import { transformerTryLink } from './src/plugins/shiki-try-link.ts';
import { remarkReplaySnippets } from './src/plugins/remark-replay-snippets.ts';
import { transformerNoTimeLimit } from './src/plugins/shiki-no-time-limit.ts';
import { SHIKI_THEMES, transformerStyleClasses } from './src/plugins/shiki-style-classes.ts';
import { createDiagramLoader } from './src/node/diagram-store.ts';
import { CHROMIUM_PATH } from './src/node/chromium.ts';
import { contentChecks } from './src/integrations/content-checks.ts';
import { linkChecks } from './src/integrations/link-checks.ts';
import { anchorManifest } from './src/integrations/anchor-manifest.ts';
import { diagramPrerender } from './src/integrations/diagram-prerender.ts';
import { cspPerPage } from './src/integrations/csp-per-page.ts';
import { CLI } from './src/node/cli-data.ts';
import { toAliasPages } from './src/lib/links/reference-urls.ts';

// The aliases' forwarding pages (/reference/cli/docker/run/ and the like) stay out of the sitemap.
const ALIAS_PAGES = new Set(toAliasPages(CLI.commands).map((alias) => alias.path));

// One diagram cache and one browser for the pre-render step and the Mermaid plugin.
const loadDiagrams = createDiagramLoader({
  cacheDir: 'content/.diagrams',
  chromiumPath: CHROMIUM_PATH,
});

/**
 * Shiki, as Astro's own rehype step runs it (see syntaxHighlight below).
 * @type {Partial<import('@astrojs/markdown-remark').ShikiConfig>}
 */
const shikiConfig = {
  themes: SHIKI_THEMES,
  // No default colour: each token carries --shiki-light and --shiki-dark, and CSS picks one.
  defaultColor: false,
  transformers: [
    // Every line tokenized whole, even when a loaded machine is slow (Shiki's default cuts off at 500 ms).
    transformerNoTimeLimit(),
    // Shell snippets: prompts out of the text, command and output lines marked, placeholders, and each
    // docker subcommand and flag linked to /reference/ with its meaning, from one reading of the snippet.
    transformerShellSnippet(),
    // Terminal and file frames with their label; reads only the language and meta, so order-free.
    transformerCodeFrame(),
    // An "Explain" link on each terminal snippet that runs docker, to /explain/#cmd=…; after the frame it joins.
    transformerExplainLink(),
    // A "Try it" link on each snippet remarkReplaySnippets replayed and agreed with: the playground at the page's state.
    transformerTryLink(),
    // {1,3-4} after the language highlights lines.
    transformerMetaHighlight(),
    // # [!code highlight] and # [!code ++] / [!code --] at the end of a line.
    transformerNotationHighlight(),
    transformerNotationDiff(),
    // Last: every style attribute becomes classes (src/styles/shiki-classes.css), so the CSP allows none.
    transformerStyleClasses(),
  ],
};

/**
 * Astro's Shiki step with Mermaid left out, or the diagram plugin never sees the block.
 * @this {import('unified').Processor}
 */
function rehypeShikiWithoutMermaid() {
  return rehypeShiki.call(this, shikiConfig, ['mermaid']);
}

export default defineConfig({
  site: 'https://docker-concepts.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // A strict Content-Security-Policy in a <meta> on every page: scripts and <style> elements only
  // from this origin or by hash (Astro hashes its own), and no inline exception at all: Shiki's
  // colours and the diagrams' styles are classes in stylesheets. frame-ancestors cannot be set in a
  // <meta>; public/_headers sends it.
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
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    // The per-step rules of a step-through, generated for the steps and variants of the page's trace.
    plugins: [viteTraceStyles()],
    build: {
      rollupOptions: {
        output: {
          // The small modules every page's scripts share (storage, hashing, the search address, Vite's
          // preload helper) travel as one file: separate, they gzip to more than their sum, and each
          // is a request before the page is interactive. Only modules every page loads belong here.
          codeSplitting: {
            groups: [
              // The playground engine's core, which the console and its lazy modules (ps, objects, compose…) share,
              // travels as one file: automatic chunking cut it into five, 1.6 KB more gzip (docs/playground.md).
              // Only modules that do not import the shell and CLI readers, which stay in the chunk the explainer shares.
              {
                name: 'engine',
                test: /[\\/]src[\\/]lib[\\/]engine[\\/](state|runtime|images|process|catalogue|ids|messages|flags|containers|view)\.ts$/,
              },
              {
                name: 'shared',
                test: /[\\/]src[\\/](client[\\/](storage|search-url)|lib[\\/]explain[\\/]hash)\.ts$|preload-helper/,
              },
            ],
          },
        },
        // Rolldown warns that the "use astro:head-inject" directive Astro writes into every MDX
        // module "may not be preserved": a false alarm Astro tracks in
        // https://github.com/withastro/astro/issues/18087. Only that message is dropped.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"')) return;
          warn(warning);
        },
      },
    },
  },
  integrations: [
    // Frontmatter and images are checked first, so their errors name the line and the fix.
    contentChecks({ contentDir: 'content', publicDir: 'public' }),
    // New diagrams render before bundling, so their rules are in diagrams.css when Vite reads it.
    diagramPrerender({ contentDir: 'content', load: loadDiagrams }),
    mdx(),
    // sitemap.xml for search engines; search, 404 and the aliases' forwarding pages are not pages to index.
    sitemap({
      filter: (page) => !/^\/(search|404)\/?$/.test(new URL(page).pathname) && !ALIAS_PAGES.has(new URL(page).pathname),
    }),
    // Astro lists every page's inline hashes on every page; each page keeps only its own (same policy, 1 KB lighter).
    cspPerPage(),
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
        // After the checks and the image tags: every terminal snippet is replayed through the playground's engine in
        // page order; shown output the engine contradicts fails the build, unless the fence says simulate="no: why".
        remarkReplaySnippets,
        // A ```docker-run-trace fence becomes a step-through of a recorded docker run: a sequence diagram
        // generated from src/data/traces/docker-run.json, radios and an ordered list of the steps.
        remarkRunTrace,
        // An ```answers fence becomes a visible "Common errors" block of exact Docker messages and their
        // fixes, weighted for search; a message Docker does not print fails the build at its line.
        remarkAnswers,
      ],
      rehypePlugins: [
        // Code highlighting first, where Astro's syntaxHighlight option would run it.
        rehypeShikiWithoutMermaid,
        // Mermaid fences become one themed inline SVG each at build time, from a committed cache; a
        // page with a diagram imports their stylesheet, so pages without one do not load it.
        [rehypeMermaidFigure, { load: loadDiagrams, stylesheet: '/content/.diagrams/diagrams.css' }],
        // After the diagrams are inlined: each message of a step-through's diagram learns its step.
        rehypeRunTraceSteps,
        // A # link beside every section heading (the copy-link button is added in the browser).
        rehypeHeadingLinks,
      ],
    }),
    // Shiki runs as the first rehype plugin above, not through this option: Astro warns that Shiki
    // breaks a CSP whenever this option selects it (warnIfCspWithShiki in astro/dist/core/messages/
    // runtime.js looks at the option, not at the output), and ours writes classes, not styles.
    syntaxHighlight: false,
  },
});
