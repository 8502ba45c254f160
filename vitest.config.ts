import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    // The first highlight loads Shiki's grammars and the cache test hashes every diagram: seconds
    // alone, more on a shared 2-core machine, where Vitest's 5 s default made them time out.
    testTimeout: 30_000,
  },
});
