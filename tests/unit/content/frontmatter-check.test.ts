import { describe, expect, it } from 'vitest';
import { checkFrontmatter } from '../../../src/lib/content/frontmatter-check.ts';

const VALID = [
  'title: Volumes and mounts',
  'description: Where a container keeps data that outlives it, and how to share files with the host.',
  'order: 60',
  'versions: Docker Engine 29',
];

/** A page whose frontmatter is the given lines. */
function page(lines: readonly string[]): string {
  return `---\n${lines.join('\n')}\n---\n\nBody.\n`;
}

describe('checkFrontmatter', () => {
  it('accepts a valid page and its related pages', () => {
    expect(checkFrontmatter(page([...VALID, 'related: [image]']), new Set(['image']))).toEqual([]);
  });

  it('reports an unclosed quote at the line where it opened', () => {
    const lines = ['title: "Volumes', ...VALID.slice(1)];
    const [problem] = checkFrontmatter(page(lines), new Set());
    expect(problem).toMatchObject({ line: 2, column: 8 });
    expect(problem?.message).toMatch(/^frontmatter is not valid YAML: .*Check quotes, colons and indentation/);
  });

  it('names an unknown field at its line with the nearest field', () => {
    const problems = checkFrontmatter(page([...VALID, 'titel: X']), new Set());
    expect(problems).toHaveLength(1);
    expect(problems[0]?.line).toBe(6);
    expect(problems[0]?.message).toMatch(/^unknown frontmatter field "titel": did you mean "title"\?/);
  });

  it('names a missing field with its description as the fix', () => {
    const [problem] = checkFrontmatter(page(VALID.slice(0, 3)), new Set());
    expect(problem?.message).toBe(
      'frontmatter field "versions" is missing: add the Docker releases described, e.g. `versions: Docker Engine 29, Docker CLI 29`',
    );
  });

  it('reports a wrong value at its field', () => {
    const [problem] = checkFrontmatter(page([...VALID.slice(0, 2), 'order: first', VALID[3] ?? '']), new Set());
    expect(problem).toMatchObject({ line: 4 });
    expect(problem?.message).toMatch(/^frontmatter field "order": .*Write a whole number ≥ 0/);
  });

  it('names a related page that does not exist, and the nearest one', () => {
    const [problem] = checkFrontmatter(page([...VALID, 'related: [imgae]']), new Set(['image', 'volume']));
    expect(problem).toMatchObject({ line: 6, message: 'related page "imgae" does not exist: did you mean "image"?' });
  });

  it('asks for frontmatter when a page has none', () => {
    expect(checkFrontmatter('# Title\n', new Set())[0]).toMatchObject({ line: 1, column: 1 });
  });
});
