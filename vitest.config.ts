import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
          environment: 'node',
          // Some files build the whole pack (over 9,000 entries) in a test: about 2 s on a quiet
          // machine, past vitest's default 5 s when other work shares the 2 cores. No unit test
          // asserts a time through this limit; it only stops a test that hangs.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          // Real browsers share 2 cores: one test file at a time keeps timings honest.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          globalSetup: ['tests/browser/harness/global-setup.ts'],
        },
      },
    ],
  },
});
