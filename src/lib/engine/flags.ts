import type { Parsed } from './invocation.ts';

/**
 * Reading a parsed invocation's flags, for every command of the engine. Apart from
 * ./invocation.ts, which reads the words with the docs' reader, so that the engine's core and its
 * lazy modules share one chunk without it (astro.config.mjs).
 */

/** The last value of a flag, or undefined. */
export function lastFlag(parsed: Parsed, name: string): string | undefined {
  return parsed.flags.get(name)?.at(-1);
}

/** True when a boolean flag is set (and not `=false`). */
export function hasFlag(parsed: Parsed, name: string): boolean {
  const value = lastFlag(parsed, name);
  return value !== undefined && value !== 'false';
}
