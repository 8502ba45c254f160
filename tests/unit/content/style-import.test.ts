import { compile } from '@mdx-js/mdx';
import type { Root } from 'hast';
import { describe, expect, it } from 'vitest';
import { toStyleImport } from '../../../src/lib/content/style-import.ts';

/** Compiles a page whose tree gets the style import, as the diagram and trace plugins add it. */
async function compileWithImport(specifier: string): Promise<string> {
  const addImport = () => (tree: Root) => {
    tree.children.unshift(toStyleImport(specifier));
  };
  return String(await compile('# A page', { rehypePlugins: [addImport] }));
}

describe('toStyleImport', () => {
  it('makes MDX emit a side-effect import of the stylesheet in the page module', async () => {
    const module = await compileWithImport('/src/styles/trace.css');
    expect(module).toMatch(/^import "\/src\/styles\/trace\.css";$/m);
    expect(module).not.toMatch(/import .* from "\/src\/styles/);
  });

  it('carries the same import as source text, quoted like JSON', () => {
    expect(toStyleImport('/a "b".css').value).toBe('import "/a \\"b\\".css";');
  });
});
