import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { readActivePage } from '../../lib/content/read-active-page';

describe('readActivePage', () => {
  it('returns the document title', () => {
    const { document } = parseHTML('<!doctype html><html><head><title>Trust Center</title></head><body></body></html>');
    expect(readActivePage(document as unknown as Document).title).toBe('Trust Center');
  });
});
