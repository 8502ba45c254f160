import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/**
 * The frontmatter contract of every page in content/. A missing or wrong field fails the build,
 * naming the file and the field; unknown fields fail too, so a typo cannot pass silently.
 */
const concepts = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content' }),
  schema: z
    .object({
      /** Page title, the only <h1>. */
      title: z.string().min(3).max(60),
      /** One sentence for search results, link previews and the home page map. */
      description: z.string().min(50).max(160),
      /** Position in the sidebar and in previous/next links. */
      order: z.number().int().min(0),
      /** Short sidebar label; defaults to the title. */
      nav: z.string().min(2).max(24).optional(),
      /** The Docker releases the page describes, shown under the title. */
      versions: z.string().min(3),
      /** Related concept pages, by slug, linked at the end of the page. */
      related: z.array(reference('concepts')).default([]),
    })
    .strict(),
});

export const collections = { concepts };
