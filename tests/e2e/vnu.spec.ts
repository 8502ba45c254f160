import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { z } from 'astro/zod';
import { parseJson } from '../../src/node/json-file.ts';

const DIST = join(import.meta.dirname, '../../dist');
/** The vnu-jar package's path to the W3C Nu HTML Checker, run on the system's Java. */
const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));
const JAVA = process.env['JAVA'] ?? 'java';

/** What this test reads of the checker's JSON report (https://github.com/validator/validator/wiki/Output-»-JSON). */
const VNU_REPORT = z.object({
  version: z.string().optional(),
  messages: z
    .array(
      z.object({
        type: z.string(),
        subType: z.string().optional(),
        url: z.string().optional(),
        lastLine: z.number().optional(),
        firstColumn: z.number().optional(),
        message: z.string(),
      }),
    )
    .optional(),
});

test('the W3C Nu HTML Checker finds no error on any built page', () => {
  // The whole site in one run: one Java start-up instead of one per page.
  test.setTimeout(120_000);
  expect(existsSync(join(DIST, 'index.html')), 'build the site first').toBe(true);
  const run = spawnSync(JAVA, ['-jar', VNU_JAR, '--format', 'json', '--skip-non-html', '--errors-only', DIST], {
    encoding: 'utf8',
  });
  if (run.error)
    throw new Error(`Java could not run (${JAVA}): apt-get install -y default-jre-headless`, { cause: run.error });
  // vnu writes its JSON report to stderr, and exits 1 when the report has errors.
  const report = parseJson(run.stderr, VNU_REPORT, `the Nu HTML Checker's report (stderr; exit ${run.status})`);
  expect(report.version, 'a vnu report').toBeTruthy();
  const { messages = [] } = report;
  const errors = messages
    .filter((message) => message.type === 'error' || message.subType === 'fatal')
    .map(
      (message) =>
        `${message.url?.replace(`file:${DIST}`, '')}:${message.lastLine}:${message.firstColumn} ${message.message}`,
    );
  expect(errors).toEqual([]);
  expect(run.status).toBe(0);
});
