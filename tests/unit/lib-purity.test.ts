import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const LIB = join(ROOT, 'src/lib');

/**
 * Data files a lib module may import: a published specification, not a file of this site that
 * src/node binds (the CLI data, the redirects). The Compose schema is compiled on first use.
 */
const SPECIFICATIONS = new Set(['src/data/compose-spec.json']);

/** Every module specifier a file imports or re-exports, statically or dynamically. */
function toImports(source: string): string[] {
  const specifiers = [
    ...source.matchAll(/^\s*(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]/gm),
    ...source.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm),
    ...source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
  ];
  return specifiers.map((match) => match[1] ?? '');
}

function listModules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listModules(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('src/lib', () => {
  const modules = listModules(LIB).map((path) => ({
    file: relative(ROOT, path),
    dir: path.slice(0, path.lastIndexOf('/')),
    imports: toImports(readFileSync(path, 'utf8')),
  }));

  it('reads the imports of every module, so the checks below see real ones', () => {
    expect(modules.length).toBeGreaterThan(100);
    expect(modules.find((module) => module.file === 'src/lib/content/snippet-files.ts')?.imports).toEqual([
      'ajv',
      'yaml',
      '../../data/compose-spec.json',
      './dockerfile-check.ts',
    ]);
  });

  it('imports no Node built-in, so every module can also run in the browser', () => {
    const offenders = modules.flatMap(({ file, imports }) =>
      imports
        .filter((specifier) => specifier.startsWith('node:') || builtinModules.includes(specifier.split('/')[0] ?? ''))
        .map((specifier) => `${file} imports ${specifier}`),
    );
    expect(offenders).toEqual([]);
  });

  it("binds none of the site's data files: src/node does, and passes them in", () => {
    const offenders = modules.flatMap(({ file, dir, imports }) =>
      imports
        .filter((specifier) => specifier.startsWith('.'))
        .map((specifier) => relative(ROOT, join(dir, specifier)))
        .filter((target) => target.startsWith('src/data/') && !SPECIFICATIONS.has(target))
        .map((target) => `${file} imports ${target}`),
    );
    expect(offenders).toEqual([]);
  });
});
