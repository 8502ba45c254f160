import type { MdxjsEsmHast } from 'mdast-util-mdxjs-esm';

/** An MDX `import '<specifier>'` statement, as a hast node MDX compiles into the page module. */
export function toStyleImport(specifier: string): MdxjsEsmHast {
  return {
    type: 'mdxjsEsm',
    value: `import ${JSON.stringify(specifier)};`,
    data: {
      estree: {
        type: 'Program',
        sourceType: 'module',
        body: [
          { type: 'ImportDeclaration', specifiers: [], attributes: [], source: { type: 'Literal', value: specifier } },
        ],
      },
    },
  };
}
