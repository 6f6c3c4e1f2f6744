import { createStore, type StoreApi } from 'zustand/vanilla';
import type { RelatedPage } from '../../assessment/related-pages';
import type { RelatedClient } from '../../browser/related/client';
import type { JobState } from '../../browser/related/job';
import type { PageLink } from '../../reader/links';

/** What the "Other pages of this vendor" section needs from the rest of Assay (injected: tested without a browser). */
export interface RelatedDeps {
  client: RelatedClient;
  /** Addresses of the vendor's pages already read. */
  readUrls(vendorId: string): Promise<string[]>;
}

export interface RelatedState {
  vendor: { id: string; name: string } | null;
  /** The read page's registrable domain: the only site its listed pages may be on. */
  site: string | null;
  /** The vendor's other pages the read page links to, at most MAX_RELATED. */
  pages: RelatedPage[];
  /** Host-permission patterns for the vendor's site (what "Read these pages" asks for). */
  origins: string[];
  /** The background's job for this vendor, when there is one. */
  job: JobState | null;
  /** Lists the vendor's other pages a freshly read page links to. */
  show(pageUrl: string, links: readonly PageLink[], vendor: { id: string; name: string }): Promise<void>;
  /** "Read these pages": call in the click's handler (the permission prompt needs its gesture). */
  read(): void;
  cancel(): void;
}

export function createRelatedStore(deps: RelatedDeps): StoreApi<RelatedState> {
  let unwatch: (() => void) | null = null;
  return createStore<RelatedState>((set, get) => ({
    vendor: null,
    site: null,
    pages: [],
    origins: [],
    job: null,
    async show(pageUrl, links, vendor) {
      const [{ relatedPages, siteOf, siteOrigins }, read] = await Promise.all([import('../../assessment/related-pages'), deps.readUrls(vendor.id).catch(() => [])]);
      const site = siteOf(pageUrl);
      const pages = site ? relatedPages(pageUrl, links, read) : [];
      set({ vendor, site, pages, origins: site ? siteOrigins(site, pages.map((p) => p.url)) : [] });
      unwatch?.();
      unwatch = deps.client.watch(vendor.id, (job) => set({ job }));
    },
    read() {
      const { vendor, site, pages, origins } = get();
      if (!vendor || !site || pages.length === 0) return;
      deps.client.read(vendor.id, vendor.name, site, pages, origins);
    },
    cancel() {
      const vendor = get().vendor;
      if (vendor) deps.client.cancel(vendor.id);
    },
  }));
}
