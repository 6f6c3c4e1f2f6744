import { defineConfig } from 'vitest/config';
import { SummaryReporter } from './tests/summary-reporter';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: pure modules and components against WXT's fake browser. Browser flows live in
// vitest.browser.config.ts and run against the built extension in real Chromium.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    reporters: ['default', new SummaryReporter('unit')],
    testTimeout: 20_000,
  },
});
