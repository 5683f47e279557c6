import { defineConfig } from 'vitest/config';

// End-to-end: the built extension (.output/chrome-mv3-e2e and firefox-mv3-e2e, `npm run build:e2e`) in
// Debian's headless Chromium and Firefox ESR. One browser at a time: files run one after another in a single fork.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
