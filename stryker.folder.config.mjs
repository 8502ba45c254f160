// @ts-check
/**
 * One folder's mutation run, for measuring a part of src/ at a time on a shared machine:
 *
 *   MUTATE='src/lib/build-cache/**\/*.ts' nice -n 5 npx stryker run stryker.folder.config.mjs
 *
 * MUTATE takes a comma-separated list of globs; FLOOR=<percent> fails the run below that score
 * (each folder's floor is in docs/testing.md), otherwise the score is only reported. One worker,
 * and the JSON report (reports/mutation/mutation.json) lists each survivor.
 */
import base from './stryker.config.mjs';

const mutate = (process.env.MUTATE ?? '').split(',').filter(Boolean);
if (mutate.length === 0) throw new Error("stryker.folder.config.mjs: set MUTATE='src/lib/<folder>/**/*.ts'");
const floor = process.env.FLOOR === undefined ? null : Number(process.env.FLOOR);
if (floor !== null && !(floor >= 0 && floor <= 100)) {
  throw new Error(`stryker.folder.config.mjs: FLOOR must be a percentage from 0 to 100, got "${process.env.FLOOR}"`);
}

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  mutate,
  reporters: ['clear-text', 'json'],
  thresholds: { ...base.thresholds, break: floor },
  concurrency: 1,
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true, reportMutants: true },
};
