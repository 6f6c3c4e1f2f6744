import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { readActivePage } from '../../../browser/read-active-page';

const doc = (html: string) => parseHTML(html).document as unknown as Document;

describe('readActivePage', () => {
  it('returns claims with stats for a vendor page', () => {
    const r = readActivePage(doc('<!doctype html><html lang="en"><head><title>Trust Center</title></head><body><h1>Security</h1><p>We are SOC 2 Type II certified.</p></body></html>'));
    if ('error' in r) throw new Error(r.error);
    expect(r.title).toBe('Trust Center');
    expect(r.summary.soc2.value).toBe('type2');
    expect(r.stats?.blocks).toBeGreaterThan(0);
  });

  it('reports no blocks for an empty page', () => {
    const r = readActivePage(doc('<!doctype html><html><head><title>Empty</title></head><body></body></html>'));
    if ('error' in r) throw new Error(r.error);
    expect(r.stats).toEqual({ blocks: 0, chars: 0 });
  });
});
