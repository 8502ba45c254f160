import { defineConfig } from 'vitest/config';

/**
 * Build tests (`npm run test:build`): each builds a copy of a small site with Astro, so they are
 * kept out of the fast unit run. Two builds at a time suit a 2-core machine.
 */
export default defineConfig({
  test: {
    include: ['tests/build/**/*.test.ts'],
    maxConcurrency: 2,
    testTimeout: 240_000,
    hookTimeout: 60_000,
  },
});
