import { useCallback, useEffect, useState } from 'react';

/** The sites Assay may read beyond the clicked tab (granted through "Read these pages"), and revoking them. */
export interface SiteAccessDeps {
  /** Host-permission patterns granted at run time (never the manifest's own). */
  list(): Promise<string[]>;
  /** Removes one; resolves to whether the browser removed it. */
  revoke(origin: string): Promise<boolean>;
  /** Calls `onChange` when the browser grants or removes a permission; returns the stop function. */
  watch?(onChange: () => void): () => void;
}

export function browserSites(): SiteAccessDeps {
  return {
    async list() {
      const m = browser.runtime.getManifest() as { host_permissions?: string[]; permissions?: string[] };
      const declared = new Set([...(m.host_permissions ?? []), ...(m.permissions ?? [])]);
      const all = await browser.permissions.getAll();
      return (all.origins ?? []).filter((o) => !declared.has(o)).sort();
    },
    revoke: (origin) => browser.permissions.remove({ origins: [origin] }),
    watch(onChange) {
      browser.permissions.onAdded.addListener(onChange);
      browser.permissions.onRemoved.addListener(onChange);
      return () => {
        browser.permissions.onAdded.removeListener(onChange);
        browser.permissions.onRemoved.removeListener(onChange);
      };
    },
  };
}

/** "https://*.acme.com/*" → "acme.com and its subdomains (https)". */
export function siteWords(origin: string): string {
  const m = /^(\w+):\/\/(\*\.)?([^/]+)\/\*$/.exec(origin);
  if (!m) return origin;
  return `${m[3]}${m[2] ? ' and its subdomains' : ''} (${m[1]})`;
}

export function SiteAccess({ deps }: { deps: SiteAccessDeps }) {
  const [sites, setSites] = useState<string[] | null>(null);
  const [note, setNote] = useState('');
  const refresh = useCallback(() => void deps.list().then(setSites, () => setSites([])), [deps]);
  useEffect(() => {
    refresh();
    return deps.watch?.(refresh);
  }, [deps, refresh]);
  const revoke = async (origin: string) => {
    const removed = await deps.revoke(origin).catch(() => false);
    setNote(removed ? `Revoked: Assay may no longer read ${siteWords(origin)}.` : `The browser did not remove ${siteWords(origin)}.`);
    refresh();
  };
  return (
    <section className="site-access" aria-labelledby="sites-h" data-testid="site-access">
      <h2 id="sites-h">Sites Assay may read</h2>
      <p className="muted">
        “Read these pages” in the popup asks once for a vendor’s site; Assay then fetches only the pages it listed, when you click. Revoke a site to take that back.
      </p>
      {sites === null ? (
        <p>Loading…</p>
      ) : sites.length === 0 ? (
        <p data-testid="no-sites">None: Assay reads only the tab you click it on.</p>
      ) : (
        <ul data-testid="sites">
          {sites.map((o) => (
            <li key={o} data-origin={o}>
              <span>{siteWords(o)}</span>{' '}
              <button type="button" onClick={() => void revoke(o)} aria-label={`Revoke ${siteWords(o)}`}>
                Revoke
              </button>
            </li>
          ))}
        </ul>
      )}
      <p role="status" aria-live="polite" data-testid="sites-status">
        {note}
      </p>
    </section>
  );
}
