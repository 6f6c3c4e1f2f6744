import { describe, expect, it } from 'vitest';
import { runJob, type JobDeps, type JobState } from '../../../browser/related/job';

const pages = ['https://acme.com/trust', 'https://acme.com/dpa', 'https://acme.com/faq'].map((url) => ({ url, text: url, topic: 'trust' as const, state: 'queued' as const }));
const initial: JobState = { vendorId: 'acme.com', status: 'waiting', pages };

function deps(over: Partial<JobDeps> = {}) {
  const seen: JobState[] = [];
  const read: string[] = [];
  const d: JobDeps = {
    allowed: async () => true,
    async readPage(url) {
      read.push(url);
      return { fields: 2 };
    },
    onChange: (s) => seen.push(s),
    ...over,
  };
  return { d, seen, read };
}

describe('runJob ("Read these pages" in the background)', () => {
  it('reads every listed page in turn and reports each', async () => {
    const { d, seen, read } = deps();
    const end = await runJob(initial, d, new AbortController().signal);
    expect(read).toEqual(pages.map((p) => p.url));
    expect(end.status).toBe('done');
    expect(end.pages.map((p) => [p.state, p.fields])).toEqual([['read', 2], ['read', 2], ['read', 2]]);
    // Progress is reported per page: reading, then read.
    expect(seen.map((s) => s.pages.map((p) => p.state[0]).join(''))).toContain('rrq');
  });

  it('a page that fails says why and the others are still read', async () => {
    const { d } = deps({
      async readPage(url) {
        if (url.endsWith('/dpa')) throw new Error('The site answered 404: an error page, not the vendor’s content.');
        return { fields: 1 };
      },
    });
    const end = await runJob(initial, d, new AbortController().signal);
    expect(end.pages.map((p) => p.state)).toEqual(['read', 'failed', 'read']);
    expect(end.pages[1]!.message).toMatch(/404/);
  });

  it('checks the permission before every page: revoked mid-job, nothing more is fetched', async () => {
    let allowed = true;
    const { d, read } = deps({
      allowed: async () => allowed,
      async readPage(url) {
        read.push(url);
        allowed = false; // the reviewer revokes the site while the first page is read
        return { fields: 1 };
      },
    });
    read.length = 0;
    const end = await runJob(initial, d, new AbortController().signal);
    expect(read).toEqual(['https://acme.com/trust']);
    expect(end.pages.slice(1).map((p) => p.message)).toEqual([expect.stringMatching(/no longer read this site/), expect.stringMatching(/no longer read this site/)]);
  });

  it('Cancel stops the page being read and every page after it', async () => {
    const abort = new AbortController();
    const { d, read } = deps({
      async readPage(url, signal) {
        read.push(url);
        abort.abort();
        if (signal.aborted) throw new Error('aborted');
        return { fields: 1 };
      },
    });
    const end = await runJob(initial, d, abort.signal);
    expect(read).toHaveLength(1);
    expect(end.status).toBe('cancelled');
    expect(end.pages.map((p) => p.state)).toEqual(['cancelled', 'cancelled', 'cancelled']);
  });
});
