import type { Deleted } from '../../store/deletes';
import type { VendorRecord } from '../../store/schema';
import type { MoveTarget, VendorPatch } from '../../store/vendor-edits';

/** The store operations vendor management needs (the repository's, in the app). */
export interface VendorDeps {
  getVendor(id: string): Promise<VendorRecord | undefined>;
  editVendor(id: string, patch: VendorPatch): Promise<Deleted>;
  mergeVendors(intoId: string, fromId: string): Promise<Deleted>;
  movePage(url: string, to: MoveTarget): Promise<Deleted>;
  restore(d: Deleted): Promise<void>;
}

/** One undoable change: what the undo bar says and what `restore` puts back. `seq` restarts the bar's count. */
export interface Undo {
  label: string;
  deleted: Deleted;
  seq: number;
}

export interface VendorActions {
  /** The vendor whose panel is open, as stored (name, tags, note, routes); null when none is. */
  editing: VendorRecord | null;
  openVendor(id: string | null): Promise<void>;
  rename(id: string, name: string): Promise<void>;
  setTags(id: string, tags: string[]): Promise<void>;
  setNote(id: string, note: string): Promise<void>;
  /** Merges `fromId` into `intoId`; the panel follows to the kept vendor. */
  merge(intoId: string, fromId: string): Promise<void>;
  movePage(url: string, to: MoveTarget): Promise<void>;
}

interface Host {
  views: readonly { id: string; name: string }[];
  undo: Undo | null;
  error: string | null;
  editing: VendorRecord | null;
  load(): Promise<void>;
}

let seq = 0;

/** A fresh `Undo.seq`. */
export function nextUndoSeq(): number {
  return ++seq;
}

/** The open panel's vendor re-read after any change (here or in another window); null once it is gone. */
export async function reread(deps: Pick<VendorDeps, 'getVendor'>, editing: VendorRecord | null): Promise<VendorRecord | null> {
  return editing ? ((await deps.getVendor(editing.id)) ?? null) : null;
}

/** Vendor management for the compare store: every change goes through the one undo bar. */
export function vendorActions<S extends Host>(deps: VendorDeps, set: (p: Partial<S>) => void, get: () => S): VendorActions {
  const nameOf = (id: string) => get().views.find((v) => v.id === id)?.name ?? (get().editing?.id === id ? get().editing!.name : id);
  const run = async (label: (before: string) => string, id: string, change: () => Promise<Deleted>) => {
    const before = nameOf(id);
    try {
      const deleted = await change();
      set({ undo: { label: label(before), deleted, seq: nextUndoSeq() }, error: null } as Partial<S>);
      await get().load();
    } catch (e) {
      set({ error: e instanceof Error ? e.message : String(e) } as Partial<S>);
    }
  };
  return {
    editing: null,
    openVendor: async (id) => set({ editing: id === null ? null : ((await deps.getVendor(id)) ?? null) } as Partial<S>),
    rename: (id, name) => run((b) => `Renamed ${b} to ${name.trim()}`, id, () => deps.editVendor(id, { name })),
    setTags: (id, tags) => run((b) => `Changed the tags of ${b}`, id, () => deps.editVendor(id, { tags })),
    setNote: (id, note) => run((b) => `Saved the note on ${b}`, id, () => deps.editVendor(id, { note })),
    merge: (intoId, fromId) => run((b) => `Merged ${nameOf(fromId)} into ${b}`, intoId, () => deps.mergeVendors(intoId, fromId)),
    movePage: (url, to) => {
      const where = 'vendorId' in to ? nameOf(to.vendorId) : `a new vendor, ${to.newVendorName.trim()}`;
      return run(() => `Moved ${url} to ${where}`, get().editing?.id ?? '', () => deps.movePage(url, to));
    },
  };
}

/** Undoes the last change, whatever it was. */
export async function undoLast<S extends Host>(deps: Pick<VendorDeps, 'restore'>, set: (p: Partial<S>) => void, get: () => S): Promise<void> {
  const u = get().undo;
  if (!u) return;
  try {
    await deps.restore(u.deleted);
    set({ undo: null } as Partial<S>);
    await get().load();
  } catch (e) {
    set({ error: e instanceof Error ? e.message : String(e) } as Partial<S>);
  }
}
