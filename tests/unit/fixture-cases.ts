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
      return {
        name: entry.name,
        dir,
        input: read(inputName) ?? '',
        output: read('output.html'),
        error: read('error.txt')?.trim(),
        options: options ? (JSON.parse(options) as Record<string, unknown>) : {},
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
