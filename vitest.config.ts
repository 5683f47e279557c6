import { defineConfig } from 'vitest/config';

// Unit, golden and parity tests: Node, no browser. The end-to-end suite has its own config.
export default defineConfig({
  test: {
    include: ['lib/**/*.test.ts', 'test/**/*.test.ts', 'components/**/*.test.tsx', 'cli/**/*.test.ts', 'entrypoints/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
  },
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
});
