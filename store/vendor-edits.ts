import { normalizePageUrl } from '../assessment/page-url';
import type { AssayDb } from './database';
import type { Deleted } from './deletes';
import { guardWrite } from './errors';
import { putAssessments } from './heads';
import { SCHEMA_VERSION, VENDOR_NAME_MAX, VENDOR_NOTE_MAX, VENDOR_TAG_MAX, type VendorRecord } from './schema';
import { domainOwner } from './vendor-routes';

/** What a reviewer may change on a vendor by hand. */
export interface VendorPatch {
  name?: string;
  tags?: string[];
  note?: string;
}

/** A vendor edit the reviewer cannot make, said in their words. */
export class VendorEditError extends Error {
  override readonly name = 'VendorEditError';
}

/** Where a moved page goes: an existing vendor, or a new one of this name (a split). */
export type MoveTarget = { vendorId: string } | { newVendorName: string };

/** A tag as stored: spaces collapsed, at most VENDOR_TAG_MAX characters; "" when nothing is left. */
export function cleanTag(tag: string): string {
  return tag.replace(/\s+/g, ' ').trim().slice(0, VENDOR_TAG_MAX).trim();
}

/** Tags cleaned, empty ones dropped, duplicates (ignoring case) kept once, first spelling wins. */
export function cleanTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  return tags.map(cleanTag).filter((t) => t !== '' && !seen.has(t.toLowerCase()) && seen.add(t.toLowerCase()));
}

function cleanName(name: string): string {
  const n = name.replace(/\s+/g, ' ').trim();
  if (!n) throw new VendorEditError('A vendor needs a name.');
  if (n.length > VENDOR_NAME_MAX) throw new VendorEditError(`A vendor name is at most ${VENDOR_NAME_MAX} characters.`);
  return n;
}

const union = (...lists: (readonly string[] | undefined)[]) => [...new Set(lists.flatMap((l) => l ?? []))];

async function mustGet(db: AssayDb, id: string): Promise<VendorRecord> {
  const v = await db.vendors.get(id);
  if (!v) throw new VendorEditError(`There is no vendor “${id}” any more.`);
  return v;
}

/** Renames a vendor, or sets its tags or note. Returns what to `restore` to undo it. */
export async function editVendor(db: AssayDb, id: string, patch: VendorPatch): Promise<Deleted> {
  const next: VendorPatch = {};
  if (patch.name !== undefined) next.name = cleanName(patch.name);
  if (patch.tags !== undefined) next.tags = cleanTags(patch.tags);
  if (patch.note !== undefined) {
    if (patch.note.length > VENDOR_NOTE_MAX) throw new VendorEditError(`A note is at most ${VENDOR_NOTE_MAX.toLocaleString('en')} characters.`);
    next.note = patch.note;
  }
  return guardWrite(() =>
    db.transaction('rw', db.vendors, async () => {
      const before = await mustGet(db, id);
      await db.vendors.put({ ...before, ...next, schemaVersion: SCHEMA_VERSION });
      return { vendors: [before], assessments: [] };
    }),
  );
}

/**
 * Merges vendor `fromId` into `intoId` in one transaction: its assessments move over, its domain (and
 * any merged into it) and moved pages are filed under `intoId` from now on, tags and shortlists are
 * joined, notes appended; `intoId` keeps its name. Returns what to `restore` to undo it.
 */
export async function mergeVendors(db: AssayDb, intoId: string, fromId: string): Promise<Deleted> {
  if (intoId === fromId) throw new VendorEditError('A vendor cannot be merged into itself.');
  return guardWrite(() =>
    db.transaction('rw', [db.vendors, db.assessments, db.heads], async () => {
      const into = await mustGet(db, intoId);
      const from = await mustGet(db, fromId);
      const moved = await db.assessments.where('vendorId').equals(fromId).toArray();
      const note = [into.note, from.note].filter((n) => n && n.trim()).join('\n\n');
      await db.vendors.delete(fromId);
      await db.vendors.put({
        ...into,
        tags: cleanTags([...into.tags, ...from.tags]),
        shortlists: union(into.shortlists, from.shortlists),
        ...(note ? { note: note.slice(0, VENDOR_NOTE_MAX) } : {}),
        aliases: union(into.aliases, [fromId], from.aliases).filter((a) => a !== intoId),
        pages: union(into.pages, from.pages),
        schemaVersion: SCHEMA_VERSION,
      });
      await putAssessments(db, moved.map((a) => ({ ...a, vendorId: intoId })));
      return { vendors: [into, from], assessments: moved };
    }),
  );
}

/**
 * Moves every reading of one page (fragment and tracking parameters ignored) to another vendor, or to a
 * new vendor split off under `newVendorName`; later readings of that page are filed there too. The old
 * vendor keeps its other pages. Returns what to `restore` to undo it.
 */
export async function movePage(db: AssayDb, pageUrl: string, to: MoveTarget): Promise<Deleted> {
  const url = normalizePageUrl(pageUrl);
  const { vendorFromUrl } = await import('../assessment/vendor-domain');
  const domain = vendorFromUrl(url)?.id ?? null;
  const newName = 'newVendorName' in to ? cleanName(to.newVendorName) : null;
  return guardWrite(() =>
    db.transaction('rw', [db.vendors, db.assessments, db.heads], async () => {
      const readings = await db.assessments.where('url').equals(url).toArray();
      if (readings.length === 0) throw new VendorEditError(`Assay has no reading of ${url} to move.`);
      const before = new Map<string, VendorRecord>();
      const created: string[] = [];
      let target: VendorRecord;
      if (newName !== null) {
        target = { id: await freeId(db, `${domain ?? readings[0]!.vendorId.split('/')[0]}/${slug(newName)}`), name: newName, tags: [], shortlists: [], createdAt: new Date().toISOString(), schemaVersion: SCHEMA_VERSION };
        created.push(target.id);
      } else {
        target = await mustGet(db, (to as { vendorId: string }).vendorId);
        before.set(target.id, target);
      }
      // The page is filed under one vendor only: drop it from any other vendor's moved pages.
      for (const v of await db.vendors.where('pages').equals(url).toArray()) {
        if (!before.has(v.id)) before.set(v.id, v);
        await db.vendors.put({ ...v, pages: (v.pages ?? []).filter((p) => p !== url) });
      }
      // Remember the page unless its domain already files it under the target.
      const natural = domain === null ? null : ((await domainOwner(db, domain)) ?? domain);
      const current = (await db.vendors.get(target.id)) ?? target;
      const pages = (current.pages ?? []).filter((p) => p !== url);
      await db.vendors.put({ ...current, pages: natural === target.id ? pages : [...pages, url], schemaVersion: SCHEMA_VERSION });
      await putAssessments(db, readings.map((a) => ({ ...a, vendorId: target.id })));
      return { vendors: [...before.values()], assessments: readings, created };
    }),
  );
}

function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'vendor'
  );
}

// A split vendor's id is "<domain>/<name>": no registrable domain contains "/", so it never meets one.
async function freeId(db: AssayDb, base: string): Promise<string> {
  let id = base;
  for (let n = 2; await db.vendors.get(id); n++) id = `${base}-${n}`;
  return id;
}
