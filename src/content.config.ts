import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { frontmatterSchema } from './lib/content/frontmatter.ts';

/**
 * The pages in content/. Their frontmatter contract is src/lib/content/frontmatter.ts; here `related`
 * becomes a reference, so Astro resolves the slugs to entries. A wrong field is reported at its
 * line before Astro reads the files (src/integrations/content-checks.ts).
 */
const concepts = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content' }),
  schema: frontmatterSchema.extend({ related: z.array(reference('concepts')).default([]) }),
});

export const collections = { concepts };
