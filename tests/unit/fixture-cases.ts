import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One fixture case: a folder with input, expected output and optional options. */
export interface FixtureCase {
  name: string;
  input: string;
  /** Expected output; undefined when the case expects an error instead (error.txt). */
  output: string | undefined;
  /** Expected error message, from error.txt. */
  error: string | undefined;
  options: Record<string, unknown>;
  dir: string;
}

const FIXTURES = join(import.meta.dirname, 'fixtures');

/** Returns a case's options.json as an object, or fails naming the case. */
function toOptions(dir: string, value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`${dir}/options.json: expected an object of options`);
  }
  return Object.fromEntries(Object.entries(value));
}

/**
 * Returns the cases of one plugin's fixture folder: `fixtures/<plugin>/<case>/` holding an
 * input file, `output.html` or `error.txt`, and an optional `options.json`.
 * Set UPDATE_FIXTURES=1 to write outputs that are missing.
 */
export function readFixtureCases(plugin: string, inputName: string): FixtureCase[] {
  const root = join(FIXTURES, plugin);
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const dir = join(root, entry.name);
      const read = (file: string): string | undefined =>
        existsSync(join(dir, file)) ? readFileSync(join(dir, file), 'utf8') : undefined;
      const options = read('options.json');
      const input = read(inputName);
      // A misnamed input file would otherwise run an empty case that passes on nothing.
      if (input === undefined) throw new Error(`${dir}: the case has no ${inputName}`);
      return {
        name: entry.name,
        dir,
        input,
        output: read('output.html'),
        error: read('error.txt')?.trim(),
        options: options ? toOptions(dir, JSON.parse(options)) : {},
      };
    });
}

/** Writes a missing expected output when UPDATE_FIXTURES=1, so new cases start from real output. */
export function recordOutput(fixture: FixtureCase, actual: string): string | undefined {
  if (fixture.output === undefined && fixture.error === undefined && process.env['UPDATE_FIXTURES'] === '1') {
    writeFileSync(join(fixture.dir, 'output.html'), actual);
    return actual;
  }
  return fixture.output;
}
