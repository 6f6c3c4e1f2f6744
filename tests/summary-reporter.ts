import type { Reporter, TestModule } from 'vitest/node';

/** Prints one plain closing line, "unit: 1234 passed, 0 failed, 2 skipped", that CI can read. */
export class SummaryReporter implements Reporter {
  constructor(private readonly label: string) {}

  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const m of modules) {
      if (m.state() === 'failed' && [...m.children.allTests()].length === 0) failed++; // a file that failed to load
      for (const t of m.children.allTests()) {
        const state = t.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
    }
    console.log(`\n${this.label}: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  }
}
