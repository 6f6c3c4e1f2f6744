import { describe, expect, it } from 'vitest';
import { createRelatedStore } from '../../../components/popup/related-store';
import type { RelatedClient } from '../../../browser/related/client';
import type { JobState } from '../../../browser/related/job';

function fakeClient() {
  const calls: unknown[][] = [];
  let onState: ((j: JobState | null) => void) | null = null;
  const client: RelatedClient = {
    read: (...a) => void calls.push(['read', ...a]),
    cancel: (...a) => void calls.push(['cancel', ...a]),
    watch(vendorId, cb) {
      calls.push(['watch', vendorId]);
      onState = cb;
      return () => (onState = null);
    },
  };
  return { client, calls, push: (j: JobState | null) => onState?.(j) };
}

const links = [
  { href: 'https://trust.acme.com/', text: 'Trust Center' },
  { href: 'https://acme.com/legal/dpa', text: 'DPA' },
  { href: 'https://other.com/security', text: 'Security' },
  { href: 'https://www.acme.com/privacy', text: 'Privacy' },
];

describe('the popup’s "Other pages of this vendor"', () => {
  it('lists the vendor’s pages not read yet, and "Read these pages" asks for exactly the vendor’s site', async () => {
    const f = fakeClient();
    const store = createRelatedStore({ client: f.client, readUrls: async () => ['https://www.acme.com/privacy'] });
    await store.getState().show('https://www.acme.com/security', links, { id: 'acme.com', name: 'Acme' });
    expect(store.getState().pages.map((p) => p.url)).toEqual(['https://trust.acme.com/', 'https://acme.com/legal/dpa']);
    store.getState().read();
    expect(f.calls).toEqual([
      ['watch', 'acme.com'],
      ['read', 'acme.com', 'Acme', 'acme.com', store.getState().pages, ['https://*.acme.com/*']],
    ]);
  });

  it('follows the background’s job and cancels it', async () => {
    const f = fakeClient();
    const store = createRelatedStore({ client: f.client, readUrls: async () => [] });
    await store.getState().show('https://www.acme.com/security', links, { id: 'acme.com', name: 'Acme' });
    const job: JobState = { vendorId: 'acme.com', status: 'reading', pages: [{ url: 'https://trust.acme.com/', text: 'Trust', topic: 'trust', state: 'reading' }] };
    f.push(job);
    expect(store.getState().job).toEqual(job);
    store.getState().cancel();
    expect(f.calls.at(-1)).toEqual(['cancel', 'acme.com']);
  });

  it('a vendor the reviewer renamed or merged (another id) still reads its page’s own site', async () => {
    const f = fakeClient();
    const store = createRelatedStore({ client: f.client, readUrls: async () => [] });
    await store.getState().show('https://www.acme.com/security', links, { id: 'acme-group', name: 'Acme Group' });
    store.getState().read();
    expect(f.calls.at(-1)!.slice(0, 4)).toEqual(['read', 'acme-group', 'Acme Group', 'acme.com']);
    expect(f.calls.at(-1)!.at(-1)).toEqual(['https://*.acme.com/*']);
  });

  it('offers nothing when the page links to no page of the vendor', async () => {
    const f = fakeClient();
    const store = createRelatedStore({ client: f.client, readUrls: async () => [] });
    await store.getState().show('https://www.acme.com/security', [{ href: 'https://other.com/trust', text: 'Trust' }], { id: 'acme.com', name: 'Acme' });
    store.getState().read();
    expect(f.calls.filter((c) => c[0] === 'read')).toEqual([]);
  });
});
