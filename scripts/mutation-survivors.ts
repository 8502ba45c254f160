/**
 * Prints a mutation report's score per file and each mutant that survived or had no coverage, one
 * line each with its place, mutator, source line and replacement: what to read after a run.
 *
 * Usage: node scripts/mutation-survivors.ts [reports/mutation/mutation.json]
 */
import { z } from 'astro/zod';
import { readJsonFile } from '../src/node/json-file.ts';

/** What this script reads of Stryker's mutation-testing report (mutation-testing-report-schema). */
const REPORT = z.object({
  files: z.record(
    z.string(),
    z.object({
      source: z.string(),
      mutants: z.array(
        z.object({
          status: z.string(),
          mutatorName: z.string(),
          replacement: z.string().optional(),
          location: z.object({ start: z.object({ line: z.number(), column: z.number() }) }),
        }),
      ),
    }),
  ),
});

const COUNTED = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage']);
const DETECTED = new Set(['Killed', 'Timeout']);

const report = readJsonFile(process.argv[2] ?? 'reports/mutation/mutation.json', REPORT);
let counted = 0;
let detected = 0;
for (const [file, { source, mutants }] of Object.entries(report.files)) {
  const scored = mutants.filter((mutant) => COUNTED.has(mutant.status));
  const found = scored.filter((mutant) => DETECTED.has(mutant.status)).length;
  counted += scored.length;
  detected += found;
  const score = scored.length === 0 ? '—' : `${((100 * found) / scored.length).toFixed(1)} %`;
  console.log(`\n${file}: ${score} of ${scored.length}`);
  const lines = source.split('\n');
  for (const mutant of scored.filter((item) => !DETECTED.has(item.status))) {
    const { line, column } = mutant.location.start;
    const code = (lines[line - 1] ?? '').trim().slice(0, 100);
    const replacement = (mutant.replacement ?? '').replace(/\s+/g, ' ').slice(0, 60);
    console.log(`  ${mutant.status} ${line}:${column} ${mutant.mutatorName}: ${code}  →  ${replacement}`);
  }
}
console.log(`\nall: ${counted === 0 ? '—' : ((100 * detected) / counted).toFixed(1)} % of ${counted} mutants`);
