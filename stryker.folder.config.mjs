// @ts-check
/**
 * One folder's mutation run, for measuring a part of src/ at a time on a shared machine:
 *
 *   MUTATE='src/lib/build-cache/**\/*.ts' nice -n 5 npx stryker run stryker.folder.config.mjs
 *
 * MUTATE takes a comma-separated list of globs. The floor is off (a folder's score is recorded,
 * not enforced: the floor applies to the whole run in stryker.config.mjs), one worker, and the
 * JSON report (reports/mutation/mutation.json) lists each survivor.
 */
import base from './stryker.config.mjs';

const mutate = (process.env.MUTATE ?? '').split(',').filter(Boolean);
if (mutate.length === 0) throw new Error("stryker.folder.config.mjs: set MUTATE='src/lib/<folder>/**/*.ts'");

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...base,
  mutate,
  reporters: ['clear-text', 'json'],
  thresholds: { ...base.thresholds, break: null },
  concurrency: 1,
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true, reportMutants: true },
};
