import { describe, expect, it } from 'vitest';
import { storedSamples } from '../../../components/options/stored-samples';
import { exampleSamples } from '../../../components/options/samples';

describe('preview samples', () => {
  it('take each stored vendor’s newest assessment, with its overrides', async () => {
    const summary = { soc2: { value: 'type2', evidence: ['SOC 2 Type II'] } };
    const overrides = { soc2: { value: 'type1', note: '', by: 'reviewer' as const, at: '2026-11-22T10:00:00Z' } };
    const repo = {
      listVendors: async () => [
        { id: 'acme.com', name: 'Acme', latest: { assessmentId: 'a1' } },
        { id: 'empty.com', name: 'Empty', latest: null },
      ],
      getAssessment: async (id: string) => (id === 'a1' ? { id, url: 'https://acme.com/security', summary, overrides } : undefined),
    };
    const samples = await storedSamples(repo as unknown as Parameters<typeof storedSamples>[0]);
    expect(samples).toEqual([{ id: 'assessment:a1', label: 'Acme (acme.com/security)', values: summary, overrides, example: false }]);
  });
  it('bundle three made-up example vendors, marked as examples', () => {
    const examples = exampleSamples();
    expect(examples).toHaveLength(3);
    expect(examples.every((e) => e.example && e.label.startsWith('Example: '))).toBe(true);
  });
});
