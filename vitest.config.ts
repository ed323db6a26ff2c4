import { defineConfig } from 'vitest/config';

// Pure logic: fast unit tests in Node, next to the code.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['test/support/messages-setup.ts'],
  },
});
