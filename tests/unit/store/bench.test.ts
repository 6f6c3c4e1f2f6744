import { describe, expect, it } from 'vitest';
import { runDataBench } from '../../../bench/data';

describe('runDataBench', () => {
  it('measures listing and the CSV and reports a markdown table', async () => {
    const table = await runDataBench(20, 1);
    expect(table).toMatch(/\| listVendors \(20 vendors\) \| [\d.]+ \| [\d.]+ \| 300 \|/);
    expect(table).toMatch(/\| comparison CSV \(20 rows, \d+ KB\) \| [\d.]+ \| [\d.]+ \| 200 \|/);
  });
});
