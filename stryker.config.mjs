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
  mutate: [
    'src/lib/**/*.ts',
    'src/plugins/**/*.ts',
    // Build-time I/O (the diagram cache and Chromium), due to move to src/node/: the build and
    // the committed-cache test cover it, not mutation of unit tests.
    '!src/lib/diagram-store.ts',
  ],
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
