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

  const FIELDS = 'title, description, order, nav, versions, related';
  it.each([
    [
      'no frontmatter',
      '# Title\n',
      1,
      1,
      `the page has no frontmatter: start it with a line "---", the fields (${FIELDS}) and a closing "---"`,
    ],
    [
      'no closing fence',
      '---\ntitle: X\n',
      1,
      1,
      `the page has no frontmatter: start it with a line "---", the fields (${FIELDS}) and a closing "---"`,
    ],
    [
      'text before the fence',
      'Intro\n---\ntitle: X\n---\n',
      1,
      1,
      `the page has no frontmatter: start it with a line "---", the fields (${FIELDS}) and a closing "---"`,
    ],
    ['a list for frontmatter', page(['- a']), 2, 1, `frontmatter must be fields, one "name: value" a line: ${FIELDS}`],
    ['empty frontmatter', '---\n\n---\n', 2, 1, `frontmatter must be fields, one "name: value" a line: ${FIELDS}`],
    [
      'an unknown field with no near name',
      page([...VALID, 'qqqqqqq: 1']),
      6,
      1,
      `unknown frontmatter field "qqqqqqq": remove it: the fields are ${FIELDS}`,
    ],
    [
      'an unclosed quote after escaped ones',
      page(['title: "a \\"b\\" c"', 'description: "x', ...VALID.slice(2)]),
      3,
      14,
      'frontmatter is not valid YAML: Missing closing "quote. Check quotes, colons and indentation on this line',
    ],
  ])('reports %s with its fix', (_, source, line, column, message) => {
    expect(checkFrontmatter(source, new Set())).toEqual([{ line, column, message }]);
  });

  it('names a related page with no near name without a guess', () => {
    expect(checkFrontmatter(page([...VALID, 'related: [zzzzzz]']), new Set(['image']))).toEqual([
      { line: 6, column: 1, message: 'related page "zzzzzz" does not exist' },
    ]);
  });
});
