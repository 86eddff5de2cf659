import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser and triple-store tests start processes; keep the 2-core machine responsive.
    maxWorkers: 2,
  },
});
