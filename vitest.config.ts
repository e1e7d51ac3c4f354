// Vitest: unit, CLI and interop tests run in Node; e2e tests drive the built app in real Chromium.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/interop/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/tmpRoot.ts'],
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/tmpRoot.ts', 'tests/e2e/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One browser per file; files one at a time (2 shared cores).
          fileParallelism: false,
        },
      },
    ],
  },
});
