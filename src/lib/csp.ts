/** A CSP source hash, as Astro's `Astro.csp.insertStyleHash` takes it. */
export type CspHash = `sha256-${string}`;

/**
 * Returns the style hashes a page's Markdown plugins recorded (the Mermaid plugin hashes each
 * diagram's <style>), read defensively from the page's plugin frontmatter.
 * @example readStyleHashes({ styleHashes: ['sha256-abc='] }) // ['sha256-abc=']
 */
export function readStyleHashes(frontmatter: unknown): CspHash[] {
  if (typeof frontmatter !== 'object' || frontmatter === null || !('styleHashes' in frontmatter)) return [];
  const { styleHashes } = frontmatter;
  if (!Array.isArray(styleHashes)) return [];
  return styleHashes.filter((hash): hash is CspHash => typeof hash === 'string' && hash.startsWith('sha256-'));
}
