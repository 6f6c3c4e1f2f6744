import { useEffect } from 'react';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { RelatedState } from './related-store';
import type { PageProgress } from '../../browser/related/job';
import type { PageLink } from '../../reader/links';
import { topicLabel } from '../../reader/link-topics';

const STATE_WORDS: Record<PageProgress['state'], string> = { queued: 'waiting', reading: 'reading…', read: 'read', failed: 'couldn’t read', cancelled: 'not read (cancelled)' };

function pathOf(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host}${u.pathname}`;
  } catch {
    return url;
  }
}

function statusLine(s: RelatedState): string {
  const job = s.job;
  if (!job) return '';
  const n = job.pages.length;
  const read = job.pages.filter((p) => p.state === 'read').length;
  const at = job.pages.findIndex((p) => p.state === 'reading');
  if (job.status === 'waiting') return 'Waiting for your permission to read this site…';
  if (job.status === 'reading') return `Reading page ${at < 0 ? 1 : at + 1} of ${n}…`;
  if (job.status === 'refused') return job.message ?? 'Nothing was read.';
  if (job.status === 'cancelled') return `Cancelled: read ${read} of ${n} pages.`;
  return `Read ${read} of ${n} pages${job.totalMs ? ` in ${(job.totalMs / 1000).toFixed(1)} s` : ''}; each is saved under ${s.vendor?.name ?? 'this vendor'} with its address (see Compare vendors).`;
}

/** "Other pages of this vendor (n)": the related pages the read page links to, "Read these pages", progress and Cancel. */
export function RelatedPages({ store, pageUrl, links, vendor }: { store: StoreApi<RelatedState>; pageUrl: string; links: PageLink[]; vendor: { id: string; name: string } }) {
  const s = useStore(store);
  useEffect(() => {
    void store.getState().show(pageUrl, links, vendor);
  }, [store, pageUrl, links, vendor]);
  const rows: PageProgress[] = s.job ? s.job.pages : s.pages.map((p) => ({ ...p, state: 'queued' as const }));
  if (rows.length === 0) return null;
  const running = s.job?.status === 'waiting' || s.job?.status === 'reading';
  const site = s.site ?? vendor.id;
  return (
    <section className="related" aria-labelledby="related-h" data-testid="related">
      <h2 id="related-h">Other pages of this vendor ({rows.length})</h2>
      <ul className="related-list" aria-label="Other pages of this vendor">
        {rows.map((p) => (
          <li key={p.url} data-testid="related-page" data-state={s.job ? p.state : 'offered'} data-ms={p.ms}>
            <span className="related-topic">{topicLabel(p.topic)}</span> <span className="related-text">{p.text}</span>
            <span className="related-addr muted small" title={p.url}>
              {pathOf(p.url)}
            </span>
            {s.job && (
              <span className={`related-state related-${p.state} small`} data-testid="related-state">
                {STATE_WORDS[p.state]}
                {p.state === 'read' && p.fields !== undefined ? ` — ${p.fields} claim${p.fields === 1 ? '' : 's'}` : ''}
                {p.state === 'failed' && p.message ? `: ${p.message}` : ''}
              </span>
            )}
          </li>
        ))}
      </ul>
      <p className="muted small">
        Assay asks once to read {site} and its subdomains, then fetches only these pages, once each, without cookies, and runs none of their scripts. You can revoke the permission in Rubric settings.
      </p>
      <p role="status" aria-live="polite" className="small" data-testid="related-status" data-total-ms={s.job?.totalMs}>
        {statusLine(s)}
      </p>
      <div className="related-actions">
        {running ? (
          <button type="button" onClick={() => s.cancel()} data-testid="related-cancel">
            Cancel
          </button>
        ) : (
          (!s.job || s.job.status === 'refused' || s.job.status === 'cancelled') && (
            <button type="button" onClick={() => s.read()} data-testid="read-related">
              Read these pages
            </button>
          )
        )}
      </div>
    </section>
  );
}
