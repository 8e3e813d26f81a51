import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The end-to-end tests spawn dist/netlab.cjs: build it once before any test runs.
    globalSetup: ['test/helpers/build-once.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
