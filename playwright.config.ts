import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './src/node/chromium.ts';

/** Port of the preview server; set PORT to run beside another preview. */
const PORT = Number(process.env['PORT'] ?? 4321);

/** Debian's Chromium, as every project runs it. */
const CHROMIUM = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
  },
};

/**
 * Single tests that read the whole site or run a long list of queries: 20 to 70 s each on the
 * shared machine. Playwright hands out tests project by project, so these go first: last, the
 * longest kept one worker busy for a minute while the other had nothing left to run.
 */
const LONG_SINGLE_TESTS = /\/(vnu|html-validate|reader-queries|golden-queries|holdout-queries)\.spec\.ts$/;

/** End-to-end tests in Debian's Chromium against the built site, served by `astro preview`. */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env['CI']),
  reporter: [['list']],
  timeout: 30_000,
  // A web-first assertion waits for its state up to this long. Pagefind's first search (WASM and
  // index fetches) takes over 5 s when the shared 2-core machine is busy with two workers.
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'off',
  },
  projects: [
    { name: 'chromium-long', testMatch: LONG_SINGLE_TESTS, use: CHROMIUM },
    { name: 'chromium', testIgnore: LONG_SINGLE_TESTS, use: CHROMIUM },
  ],
  webServer: {
    command: `npx astro preview --host localhost --port ${PORT}`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
