/**
 * What each module contributes to the explainer's chunk, measured rather than guessed: bundles
 * src/client/explain.ts with the project's bundler (rolldown, minified, with a source map; the
 * decoders that load on demand stay chunks of their own), gives each minified byte to the
 * module the source map says it came from, and weighs each module's bytes alone with gzip -9.
 * The same bytes with every string and template text emptied are the module's code alone: its
 * floor if every sentence it holds moved into the data file.
 *
 * Usage: `node scripts/explain-modules.ts` prints the table; scripts/bench-explain.ts writes it
 * to docs/explain-bench.md.
 */
import { join, relative } from 'node:path';
import { build } from 'rolldown';
import { SourceMapConsumer } from 'source-map-js';
import ts from 'typescript';
import { gzipSize } from '../src/node/page-weight.ts';

const ROOT = join(import.meta.dirname, '..');
const ENTRY = join(ROOT, 'src/client/explain.ts');

/** One module's share of the chunk that loads on intent. */
export interface ModuleShare {
  /** Path from the project's root: `src/lib/explain/explain.ts`. */
  module: string;
  /** Minified bytes in the chunk. */
  minified: number;
  /** Gzip -9 of those bytes alone (more than its share of the whole chunk's gzip). */
  gzip: number;
  /** Gzip -9 of the same bytes with every string emptied: its code alone. */
  codeGzip: number;
}

/** The chunk by module, and the whole chunk with and without its text. */
export interface ModuleShares {
  modules: ModuleShare[];
  /** Gzip -9 of the whole chunk, as the bundler writes it. */
  chunkGzip: number;
  /** Gzip -9 of the whole chunk with every string emptied. */
  codeGzip: number;
}

/** Marks every character of the chunk that is the text of a string or template (not a module name). */
function toTextMask(code: string): Uint8Array {
  const mask = new Uint8Array(code.length);
  const file = ts.createSourceFile('chunk.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const isSpecifier = (node: ts.Node): boolean =>
    ts.isImportDeclaration(node.parent) ||
    ts.isExportDeclaration(node.parent) ||
    (ts.isCallExpression(node.parent) && node.parent.expression.kind === ts.SyntaxKind.ImportKeyword);
  const visit = (node: ts.Node): void => {
    const text =
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node);
    if (text && !isSpecifier(node)) {
      // Keep the quotes, `${` and `}`: only what a reader would read goes.
      const start = node.getStart(file) + 1;
      const end = node.getEnd() - (ts.isTemplateHead(node) || ts.isTemplateMiddle(node) ? 2 : 1);
      mask.fill(1, start, Math.max(start, end));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return mask;
}

/** Measures the explainer's intent chunk by module (see the file's comment). */
export async function measureModules(): Promise<ModuleShares> {
  const output = await build({
    input: ENTRY,
    cwd: ROOT,
    write: false,
    logLevel: 'silent',
    output: { format: 'esm', minify: true, sourcemap: true },
  });
  const chunk = output.output.find((item) => item.type === 'chunk' && item.isEntry);
  if (chunk?.type !== 'chunk' || !chunk.map) throw new Error('rolldown gave no entry chunk with a source map');
  const { code } = chunk;
  // Offsets rather than columns: a template's text runs over lines that carry no mapping.
  const lineStarts = [0];
  for (let at = code.indexOf('\n'); at !== -1; at = code.indexOf('\n', at + 1)) lineStarts.push(at + 1);
  const starts: { offset: number; module: string }[] = [{ offset: 0, module: 'bundler' }];
  // The consumer parses the map's JSON itself, and refuses a version it does not read.
  new SourceMapConsumer(chunk.map.toString()).eachMapping((mapping) =>
    starts.push({
      offset: (lineStarts[mapping.generatedLine - 1] ?? 0) + mapping.generatedColumn,
      module: mapping.source ? relative(ROOT, join(ROOT, 'dist', mapping.source)) : 'bundler',
    }),
  );
  starts.sort((a, b) => a.offset - b.offset);
  const mask = toTextMask(code);
  const text = new Map<string, string[]>();
  const codeOnly = new Map<string, string[]>();
  starts.forEach(({ offset, module }, index) => {
    const end = starts[index + 1]?.offset ?? code.length;
    if (!text.has(module)) text.set(module, []);
    if (!codeOnly.has(module)) codeOnly.set(module, []);
    for (let at = offset; at < end; at += 1) {
      const char = code[at] ?? '';
      text.get(module)?.push(char);
      if (!mask[at]) codeOnly.get(module)?.push(char);
    }
  });
  const modules = [...text]
    .map(([module, chars]) => ({
      module,
      minified: chars.length,
      gzip: gzipSize(chars.join('')),
      codeGzip: gzipSize((codeOnly.get(module) ?? []).join('')),
    }))
    .sort((a, b) => b.gzip - a.gzip);
  const stripped = [...code].filter((_, at) => !mask[at]).join('');
  return { modules, chunkGzip: gzipSize(code), codeGzip: gzipSize(stripped) };
}

if (import.meta.main) {
  const shares = await measureModules();
  for (const share of shares.modules)
    console.log(`${share.module.padEnd(40)} ${share.minified}\t${share.gzip}\t${share.codeGzip}`);
  console.log(`chunk gzip ${shares.chunkGzip}, code only ${shares.codeGzip}`);
}
