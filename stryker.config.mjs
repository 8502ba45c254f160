// @ts-check
/**
 * Mutation testing (npm run test:mutation): StrykerJS changes src/lib and src/plugins one small
 * edit at a time and runs the unit tests that cover each edit; a mutant that no test notices is a
 * gap in the tests. The score and the survivors are recorded in docs/testing.md.
 *
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  // Build-time I/O (src/node/: the diagram cache, Chromium, the built site) is covered by the
  // build and the committed-cache test, not by mutating unit tests.
  mutate: ['src/lib/**/*.ts', 'src/plugins/**/*.ts'],
  // Static mutants (module-level constants) would rerun the whole suite per mutant.
  ignoreStatic: true,
  // Two cores, shared: more workers only queue.
  concurrency: 2,
  timeoutMS: 20_000,
  ignorePatterns: ['dist', 'reports', '.astro', 'tests/e2e', 'tests/build', 'test-results', 'playwright-report'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  // The floor: below 80 % the run fails. Raise it as the score rises; never lower it to pass.
  thresholds: { high: 90, low: 80, break: 80 },
};
