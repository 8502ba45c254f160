import { readFileSync } from 'node:fs';
import type { z } from 'astro/zod';

/** How many of a file's shape problems a message lists before it says how many more there are. */
const LISTED_ISSUES = 5;

/** A key as code would write it: `.queries`, `[3]`, or `["a.ts"]` for a key that is not a name. */
function toKeyStep(key: PropertyKey): string {
  if (typeof key === 'number') return `[${key}]`;
  const name = String(key);
  return /^[A-Za-z_$][\w$]*$/.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`;
}

function toIssueLine(issue: z.core.$ZodIssue): string {
  const path = issue.path.map(toKeyStep).join('');
  return `at ${path ? path.replace(/^\./, '') : 'the top level'}: ${issue.message}`;
}

/**
 * Parses JSON and checks it against a zod schema, so a script or a test reads the data it expects
 * or stops with a message naming the source and what is wrong where (`queries[3].expect:
 * Invalid input…`), instead of running on with a cast that lied.
 *
 * @param text The JSON text.
 * @param schema What the data must look like.
 * @param source The file or stream it came from, for the message.
 * @example parseJson(text, z.object({ queries: z.array(z.string()) }), 'tests/e2e/golden-queries.json')
 */
export function parseJson<Schema extends z.ZodType>(text: string, schema: Schema, source: string): z.output<Schema> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new Error(`${source}: not valid JSON: ${(error as Error).message}`, { cause: error });
  }
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const { issues } = result.error;
  const more = issues.length > LISTED_ISSUES ? `\n  and ${issues.length - LISTED_ISSUES} more` : '';
  throw new Error(
    `${source}: not the expected shape:\n  ${issues.slice(0, LISTED_ISSUES).map(toIssueLine).join('\n  ')}${more}`,
  );
}

/**
 * Reads a JSON file and checks it against a zod schema (see {@link parseJson}); the messages name
 * the file as it was given.
 */
export function readJsonFile<Schema extends z.ZodType>(path: string, schema: Schema): z.output<Schema> {
  return parseJson(readFileSync(path, 'utf8'), schema, path);
}
