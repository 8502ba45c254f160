import { z } from 'astro/zod';

/**
 * The frontmatter contract of every page in content/, the one description of it: Astro's
 * content collection uses it (src/content.config.ts) and so does the pre-build check that
 * reports a wrong field at its line (src/integrations/content-checks.ts). Each field's
 * description is the fix an author is shown.
 */
export const frontmatterSchema = z
  .object({
    title: z.string().min(3).max(60).describe('the page title, 3–60 characters, e.g. `title: Volumes and mounts`'),
    description: z
      .string()
      .min(50)
      .max(160)
      .describe('one sentence for search results and link previews, 50–160 characters'),
    order: z.number().int().min(0).describe('a whole number ≥ 0, the position in the sidebar, e.g. `order: 60`'),
    nav: z.string().min(2).max(24).optional().describe('an optional short sidebar label, 2–24 characters'),
    versions: z
      .string()
      .min(3)
      .describe('the Docker releases described, e.g. `versions: Docker Engine 29, Docker CLI 29`'),
    related: z
      .array(z.string())
      .default([])
      .describe('a list of related page slugs, e.g. `related: [container, image]`'),
  })
  .strict();

/** The fields a page may have, in the order they are documented. */
export const FRONTMATTER_FIELDS = Object.keys(frontmatterSchema.shape);

/** Returns the fix text for a field: its description, or the list of fields for an unknown one. */
export function toFieldFix(field: string): string {
  const schema: { description?: string | undefined } | undefined =
    frontmatterSchema.shape[field as keyof typeof frontmatterSchema.shape];
  return schema?.description ?? `remove it: the fields are ${FRONTMATTER_FIELDS.join(', ')}`;
}
