import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
    // Browser tests build the whole site once; give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 600_000,
  },
});
