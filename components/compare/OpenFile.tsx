import { useState } from 'react';
import type { Extraction } from '../../claims/types';
import type { Repository } from '../../store/repository';

type Read = { name: string; extraction: Omit<Extraction, 'timings'>; site: string; claims: number };

function hostOf(url: string | null): string {
  try {
    return url ? new URL(url).hostname : '';
  } catch {
    return '';
  }
}

/**
 * "Open a file…": a saved page, PDF, text or markdown file read like a tab, then saved as a page of the
 * vendor whose website the reviewer confirms (a file has no address of its own, unless its canonical link says).
 */
export function OpenFile({ repo }: { repo: Pick<Repository, 'saveAssessment'> }) {
  const [read, setRead] = useState<Read | null>(null);
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  const open = async (file: File) => {
    setStatus(null);
    setRead(null);
    try {
      const [{ readFile }, { extractPage }, { couldNotRead }] = await Promise.all([import('../../browser/read-file'), import('../../claims/pipeline'), import('../../reader/readable')]);
      const { page } = await readFile(file);
      const cannot = page.blocks.length === 0 ? { message: 'There is no text in this file Assay can read (a scan or images only?).' } : couldNotRead(page, null, []);
      if (cannot) {
        setStatus({ error: true, text: `Couldn’t read ${file.name}: ${cannot.message} Nothing was saved.` });
        return;
      }
      const { errors: _e, timings: _t, ...extraction } = extractPage(page);
      setRead({ name: file.name, extraction, site: hostOf(page.url), claims: Object.keys(extraction.claims).length });
    } catch (e) {
      setStatus({ error: true, text: `Couldn’t read ${file.name}: ${e instanceof Error ? e.message : String(e)}. Nothing was saved.` });
    }
  };
  const save = async (r: Read) => {
    const site = r.site.trim().replace(/^https?:\/\//i, '').replace(/\/.*$/, '');
    const { vendorFromUrl } = await import('../../assessment/vendor-domain');
    const vendor = site ? vendorFromUrl(`https://${site}/`, { siteName: r.extraction.vendor, title: r.extraction.title }) : null;
    if (!vendor) {
      setStatus({ error: true, text: 'Give the vendor’s website (e.g. acme.com) so Assay can file this page under it.' });
      return;
    }
    try {
      const url = r.extraction.url ?? `https://${site}/#file:${encodeURIComponent(r.name)}`;
      await repo.saveAssessment({ extraction: { ...r.extraction, url }, siteName: r.extraction.vendor, vendor });
      setRead(null);
      setStatus({ error: false, text: `Saved ${r.name} as a page of ${vendor.name} (${vendor.id}).` });
    } catch (e) {
      setStatus({ error: true, text: `Not saved: ${e instanceof Error ? e.message : String(e)}` });
    }
  };
  return (
    <div className="open-file">
      <label className="file-button">
        Open a file…
        <input
          type="file"
          accept=".html,.htm,.xhtml,.pdf,.txt,.md,.markdown,text/html,application/pdf,text/plain,text/markdown"
          className="sr-only"
          data-testid="open-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void open(file);
          }}
        />
      </label>
      {read && (
        <form
          role="dialog"
          aria-label={`Save ${read.name}`}
          data-testid="open-file-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save(read);
          }}
        >
          <p>
            {read.name}: {read.claims} claim{read.claims === 1 ? '' : 's'} read{read.extraction.partial ? ' (partial)' : ''}.
          </p>
          <label>
            Vendor website{' '}
            <input value={read.site} onChange={(e) => setRead({ ...read, site: e.target.value })} placeholder="acme.com" data-testid="open-file-site" required />
          </label>{' '}
          <button type="submit">Save</button>{' '}
          <button type="button" onClick={() => setRead(null)}>
            Cancel
          </button>
        </form>
      )}
      {status && (
        <p role={status.error ? 'alert' : 'status'} data-testid="open-file-status">
          {status.text}
        </p>
      )}
    </div>
  );
}
