import { defineConfig } from 'vitest/config';

// Real Chromium: adapter DOM tests against fixtures (test/dom) and the built extension (test/e2e).
export default defineConfig({
  test: {
    include: ['test/dom/**/*.test.ts', 'test/e2e/**/*.test.ts'],
    environment: 'node',
    // Tests compare the page with the tab's strings in both languages.
    setupFiles: ['test/support/messages-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
  },
});
