import Dexie from 'dexie';
import type { Extraction } from '../claims/types';
import { normalizePageUrl } from '../assessment/page-url';
import type { VendorIdentity } from '../assessment/vendor-domain';
import { getDb, type AssayDb } from './database';
import { guardWrite, NoVendorError } from './errors';
import { putAssessment } from './heads';
import { routeFor } from './vendor-routes';
import { buildRecord, groupByVendor } from '../assessment/types';
import { checkOverrideValue } from '../assessment/overrides';
import { SCHEMA_VERSION, type AssessmentHead, type AssessmentRecord, type Override, type VendorRecord } from './schema';
import { deleteAll, deleteAssessment, deleteVendor, restore } from './deletes';
import { setOverride, clearOverride } from './overrides';
import { editVendor, mergeVendors, movePage, type MoveTarget, type VendorPatch } from './vendor-edits';
import { createRubricStore } from './rubrics';
import { applyImport, exportBackupJson, planImport, type ImportPlan } from './backup';
import { liveQuery } from 'dexie';

/** What the popup hands over after reading a page. The score is never stored: it is computed on read. */
export interface NewAssessment {
  extraction: Pick<Extraction, 'url' | 'title' | 'lang' | 'partial' | 'claims' | 'summary' | 'extractors'>;
  /** og:site_name, used for the vendor's display name when the vendor is new. */
  siteName?: string | null;
  /** Files the page under this vendor instead of the one derived from its URL. */
  vendor?: VendorIdentity;
  rubric?: { id: string; version: number | string } | null;
  /** Default: now. */
  assessedAt?: Date | string;
  /** Reviewer overrides to keep from the page's previous reading, as they were (note and time). */
  overrides?: Record<string, Override>;
}

/** The newest assessment of a vendor, as the vendor list shows it. */
export interface LatestAssessment {
  assessmentId: string;
  url: string;
  assessedAt: string;
  rubricId: string | null;
}

/** A vendor with its newest assessment, for the compare page's list. */
export interface VendorListItem extends VendorRecord {
  latest: LatestAssessment | null;
  /** Every page assessed for this vendor, newest first. */
  urls: string[];
  assessmentCount: number;
}

// A collator is several times faster than localeCompare over 1,000 names.
const byName = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const iso = (d: Date | string | undefined) => (d === undefined ? new Date() : new Date(d)).toISOString();

/** Saves one reading of a page, creating its vendor on first sight. Throws NoVendorError, StorageFullError. */
export async function saveAssessment(db: AssayDb, input: NewAssessment): Promise<AssessmentRecord> {
  const { extraction: x } = input;
  // The public-suffix list is large; load it only when a reading is saved, off the popup's first paint.
  const vendorFromUrl = input.vendor ? null : (await import('../assessment/vendor-domain')).vendorFromUrl;
  const vendor = input.vendor ?? (x.url && vendorFromUrl ? vendorFromUrl(x.url, { siteName: input.siteName, title: x.title }) : null);
  if (!vendor || !x.url) throw new NoVendorError(x.url);
  const url = x.url;
  for (const [field, claim] of Object.entries(x.claims)) {
    if (!claim.extractor?.id || !Number.isFinite(claim.extractor.version)) throw new Error(`Claim “${field}” has no extractor id and version; it could not be recomputed later.`);
  }
  for (const [field, o] of Object.entries(input.overrides ?? {})) checkOverrideValue(field, o.value);
  const record = buildRecord(input, { id: crypto.randomUUID(), vendorId: vendor.id, assessedAt: iso(input.assessedAt), schemaVersion: SCHEMA_VERSION });
  await guardWrite(() =>
    db.transaction('rw', [db.vendors, db.assessments, db.heads], async () => {
      // A page moved to another vendor, or a domain merged into one, is filed there (store/vendor-routes.ts).
      if (!input.vendor) record.vendorId = await routeFor(db, url, vendor.id);
      if (record.vendorId !== vendor.id) return putAssessment(db, record);
      if (!(await db.vendors.get(vendor.id))) {
        await db.vendors.put({ id: vendor.id, name: vendor.name, tags: [], shortlists: [], createdAt: record.assessedAt, schemaVersion: SCHEMA_VERSION });
      }
      await putAssessment(db, record);
    }),
  );
  return record;
}

/** The newest assessment of a page (fragment ignored), or undefined. */
export function latestFor(db: AssayDb, url: string): Promise<AssessmentRecord | undefined> {
  const u = normalizePageUrl(url);
  return db.assessments.where('[url+assessedAt]').between([u, Dexie.minKey], [u, Dexie.maxKey]).last();
}

/** A vendor's assessments, newest first; with `url`, only that page's history. */
export async function historyFor(db: AssayDb, vendorId: string, url?: string): Promise<AssessmentRecord[]> {
  const all = await db.assessments.where('[vendorId+assessedAt]').between([vendorId, Dexie.minKey], [vendorId, Dexie.maxKey]).reverse().toArray();
  return url === undefined ? all : all.filter((a) => a.url === normalizePageUrl(url));
}

/**
 * Every vendor and every assessment head (an assessment without its claims), newest first:
 * what the compare page merges and scores. Two reads in total, whatever the count.
 */
export function loadHeads(db: AssayDb): Promise<{ vendors: VendorRecord[]; heads: AssessmentHead[] }> {
  return db.transaction('r', db.vendors, db.heads, async () => {
    const [vendors, heads] = await Promise.all([db.vendors.toArray(), db.heads.orderBy('[vendorId+assessedAt]').reverse().toArray()]);
    return { vendors, heads };
  });
}

/** Every vendor with its newest assessment, by name. Two reads in total, whatever the count. */
export async function listVendors(db: AssayDb): Promise<VendorListItem[]> {
  const { vendors, heads } = await loadHeads(db);
  const byVendor = groupByVendor(heads);
  return vendors
    .map((v): VendorListItem => {
      const list = byVendor.get(v.id) ?? [];
      const a = list[0];
      const latest = a ? { assessmentId: a.id, url: a.url, assessedAt: a.assessedAt, rubricId: a.rubricId } : null;
      return { ...v, latest, urls: [...new Set(list.map((x) => x.url))], assessmentCount: list.length };
    })
    .sort((x, y) => byName.compare(x.name, y.name) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}

/** Renames, tags or shortlists a vendor; returns the updated record. */
export async function updateVendor(db: AssayDb, id: string, patch: Partial<Pick<VendorRecord, 'name' | 'tags' | 'shortlists'>>): Promise<VendorRecord> {
  return guardWrite(() =>
    db.transaction('rw', db.vendors, async () => {
      const v = await db.vendors.get(id);
      if (!v) throw new Error(`No vendor “${id}”.`);
      const next = { ...v, ...patch, schemaVersion: SCHEMA_VERSION };
      await db.vendors.put(next);
      return next;
    }),
  );
}

/** The repository bound to one database (default: the extension's). */
export function createRepository(db: AssayDb = getDb()) {
  return {
    db,
    saveAssessment: (input: NewAssessment) => saveAssessment(db, input),
    latestFor: (url: string) => latestFor(db, url),
    historyFor: (vendorId: string, url?: string) => historyFor(db, vendorId, url),
    getAssessment: (id: string) => db.assessments.get(id),
    getVendor: (id: string) => db.vendors.get(id),
    listVendors: () => listVendors(db),
    loadHeads: () => loadHeads(db),
    updateVendor: (id: string, patch: Parameters<typeof updateVendor>[2]) => updateVendor(db, id, patch),
    setOverride: (assessmentId: string, field: string, o: Parameters<typeof setOverride>[3]) => setOverride(db, assessmentId, field, o),
    clearOverride: (assessmentId: string, field: string) => clearOverride(db, assessmentId, field),
    deleteVendor: (id: string) => deleteVendor(db, id),
    deleteAssessment: (id: string) => deleteAssessment(db, id),
    restore: (deleted: Parameters<typeof restore>[1]) => restore(db, deleted),
    editVendor: (id: string, patch: VendorPatch) => editVendor(db, id, patch),
    mergeVendors: (intoId: string, fromId: string) => mergeVendors(db, intoId, fromId),
    movePage: (url: string, to: MoveTarget) => movePage(db, url, to),
    deleteAll: () => deleteAll(db),
    rubrics: createRubricStore(db),
    exportBackupJson: () => exportBackupJson(db),
    planImport: (file: Blob | string) => planImport(db, file),
    applyImport: (plan: ImportPlan) => applyImport(db, plan),
    /** Calls `onChange` whenever the vendors, assessments or rubrics change, in any window; returns the stop function. */
    watchAll(onChange: () => void): () => void {
      const sub = liveQuery(() => Promise.all([db.vendors.count(), db.heads.toCollection().primaryKeys(), db.rubrics.toArray(), db.settings.toArray()])).subscribe({ next: onChange, error: onChange });
      return () => sub.unsubscribe();
    },
  };
}

/** See createRepository. */
export type Repository = ReturnType<typeof createRepository>;
