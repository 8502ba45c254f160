import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The built site's script folder. */
export const ASTRO_DIR = join(import.meta.dirname, '../../dist/_astro');

/** The built chunks whose file name matches, e.g. `/^playground-app\..*\.js$/`. */
export function findChunks(pattern: RegExp, dir = ASTRO_DIR): string[] {
  return readdirSync(dir).filter((file) => pattern.test(file));
}

/** A chunk's size, gzip level 9. */
export function toChunkGzip(file: string, dir = ASTRO_DIR): number {
  return gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;
}

/** Chunks and every chunk they import statically (`import … from "./x.js"`), transitively. */
export function toStaticClosure(start: readonly string[], dir = ASTRO_DIR): Set<string> {
  const seen = new Set<string>();
  const queue = [...start];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(join(dir, file), 'utf8');
    for (const match of code.matchAll(/(?:^|[;}])\s*import\s*(?:[^'"`]*?from\s*)?["'`]\.\/([^"'`]+)["'`]/g))
      if (match[1]) queue.push(match[1]);
  }
  return seen;
}

/**
 * The playground console's JavaScript, the files its first use adds to the page: every chunk the
 * console statically imports that the page's loader does not already hold.
 */
export function toConsoleChunks(dir = ASTRO_DIR): { loader: Set<string>; console: string[] } {
  const loader = toStaticClosure(findChunks(/^Playground\.astro.*\.js$/, dir), dir);
  const console = [...toStaticClosure(findChunks(/^playground-app\..*\.js$/, dir), dir)].filter(
    (file) => !loader.has(file),
  );
  return { loader, console };
}
