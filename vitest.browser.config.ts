import { defineConfig } from 'vitest/config';
import { SummaryReporter } from './tests/summary-reporter';

// Browser flows: the built extension loaded into Debian's Chromium through playwright-core.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts', 'tests/structure.test.ts'],
    globalSetup: ['tests/browser/global-setup.ts'],
    environment: 'node',
    reporters: ['default', new SummaryReporter('browser')],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One Chromium at a time: the machine has two cores.
    fileParallelism: false,
  },
});
