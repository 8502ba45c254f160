/**
 * Prints a mutation report's score per file and each mutant that survived or had no coverage, one
 * line each with its place, mutator, source line and replacement: what to read after a run.
 *
 * Usage: node scripts/mutation-survivors.ts [reports/mutation/mutation.json]
 */
import { readFileSync } from 'node:fs';

interface Mutant {
  status: string;
  mutatorName: string;
  replacement?: string;
  location: { start: { line: number; column: number } };
}

interface Report {
  files: Record<string, { source: string; mutants: Mutant[] }>;
}

const COUNTED = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage']);
const DETECTED = new Set(['Killed', 'Timeout']);

const report = JSON.parse(readFileSync(process.argv[2] ?? 'reports/mutation/mutation.json', 'utf8')) as Report;
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
