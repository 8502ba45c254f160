import type { MessageKey } from './messages.ts';

/**
 * Returns a message of the table with its placeholders filled: `{0}` is the first argument.
 * The explainer's sentences live in messages.ts and reach the browser in its data file, so the
 * JavaScript holds only their keys.
 */
export type Say = (key: MessageKey, ...args: readonly (string | number)[]) => string;

/**
 * Builds the lookup over a message table (messages.ts at build time, the data file's copy in the
 * browser). A key the table lacks comes back as itself, so a stale data file shows a key, never
 * a wrong sentence.
 * @example toSay({ hi: 'Hello, {0}.' })('hi' as MessageKey, 'you') // 'Hello, you.'
 */
export function toSay(table: Readonly<Record<string, string>>): Say {
  return (key, ...args) => (table[key] ?? key).replace(/\{(\d)\}/g, (_, index: string) => String(args[+index] ?? ''));
}
