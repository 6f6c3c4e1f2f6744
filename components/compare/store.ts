import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Deleted } from '../../store/deletes';
import type { VendorView } from '../../compare/vendor-view';
import type { Rubric } from '../../rubric/schema';
import { nextUndoSeq, reread, undoLast, vendorActions, type Undo, type VendorActions, type VendorDeps } from './vendor-actions';

export type SortKey = 'name' | 'score' | string; // or a criterion id
export type ViewMode = 'table' | 'heatmap';

export interface CompareDeps extends VendorDeps {
  activeRubric(): Promise<Rubric>;
  loadViews(rubric: Rubric | Promise<Rubric>): Promise<VendorView[]>;
  deleteVendor(id: string): Promise<Deleted>;
  deleteAll(): Promise<unknown>;
}

export interface CompareState extends VendorActions {
  loading: boolean;
  error: string | null;
  rubric: Rubric | null;
  views: VendorView[];
  query: string;
  selected: string[];
  sortBy: SortKey;
  descending: boolean;
  mode: ViewMode;
  /** Only rows where the vendors' verdicts differ. */
  onlyDifferences: boolean;
  /** Only rows where the vendors' values differ (a verdict may be the same for different values). */
  onlyValueDifferences: boolean;
  /** Also rows for every other field Assay read, which the rubric does not score. */
  allFields: boolean;
  /** Vendors pinned to the left of the table, in the order pinned; they stay in view while it scrolls. */
  pinned: string[];
  /** The last delete or vendor edit, undoable for a few seconds through the one undo bar. */
  undo: Undo | null;
  load(): Promise<void>;
  setQuery(q: string): void;
  toggle(id: string): void;
  selectAll(ids: string[]): void;
  clearSelection(): void;
  sort(key: SortKey): void;
  setMode(m: ViewMode): void;
  setOnlyDifferences(v: boolean): void;
  setOnlyValueDifferences(v: boolean): void;
  setAllFields(v: boolean): void;
  togglePin(id: string): void;
  remove(id: string): Promise<void>;
  /** Undoes the last delete or vendor edit. */
  undoLast(): Promise<void>;
  removeAll(): Promise<void>;
}

/** Vendors matching the search (name, domain, tags, URL), case-insensitively. */
export function filterViews(views: readonly VendorView[], query: string): VendorView[] {
  const q = query.trim().toLowerCase();
  if (!q) return [...views];
  return views.filter((v) => [v.name, v.id, ...v.tags, ...v.urls].some((s) => s.toLowerCase().includes(q)));
}

/** Pinned vendors first, in the order they were pinned; the rest as sorted. */
export function pinFirst(sorted: readonly VendorView[], pinned: readonly string[]): VendorView[] {
  const byId = new Map(sorted.map((v) => [v.id, v]));
  const first = pinned.map((id) => byId.get(id)).filter((v): v is VendorView => v !== undefined);
  return [...first, ...sorted.filter((v) => !pinned.includes(v.id))];
}

/**
 * Vendors in the chosen order: by name, total score, or one criterion's points. Ties always fall back to
 * name then domain, A to Z in either direction, so equal vendors never swap places between sorts.
 */
export function sortViews(views: readonly VendorView[], key: SortKey, descending: boolean): VendorView[] {
  const value = (v: VendorView): number | string => {
    if (key === 'name') return v.name.toLowerCase();
    if (key === 'score') return v.score.total;
    return v.score.criteria.find((c) => c.id === key)?.points ?? -1;
  };
  const dir = descending ? -1 : 1;
  return [...views].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x !== y) return (x < y ? -1 : 1) * dir;
    return a.name.localeCompare(b.name, undefined, { numeric: true }) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
}

export function createCompareStore(deps: CompareDeps): StoreApi<CompareState> {
  let loads = 0;
  return createStore<CompareState>((set, get) => ({
    ...vendorActions<CompareState>(deps, set, get),
    loading: true,
    error: null,
    rubric: null,
    views: [],
    query: '',
    selected: [],
    sortBy: 'score',
    descending: true,
    mode: 'table',
    onlyDifferences: false,
    onlyValueDifferences: false,
    allFields: false,
    pinned: [],
    undo: null,
    async load() {
      // Loads overlap (a change here, another window's, the watcher): only the newest one's result is shown.
      const mine = ++loads;
      try {
        const loading = deps.activeRubric();
        const open = get().editing;
        const [rubric, views, fresh] = await Promise.all([loading, deps.loadViews(loading), reread(deps, open)]);
        if (mine !== loads) return;
        // The reviewer may have opened another vendor's panel meanwhile.
        const editing = get().editing?.id === open?.id ? fresh : get().editing;
        const known = new Set(views.map((v) => v.id));
        set({ rubric, views, editing, loading: false, error: null, selected: get().selected.filter((id) => known.has(id)), pinned: get().pinned.filter((id) => known.has(id)) });
      } catch (e) {
        set({ loading: false, error: e instanceof Error ? e.message : String(e) });
      }
    },
    setQuery: (query) => set({ query }),
    toggle: (id) => set((s) => ({ selected: s.selected.includes(id) ? s.selected.filter((x) => x !== id) : [...s.selected, id] })),
    selectAll: (ids) => set((s) => ({ selected: [...new Set([...s.selected, ...ids])] })),
    clearSelection: () => set({ selected: [] }),
    sort: (key) => set((s) => ({ sortBy: key, descending: s.sortBy === key ? !s.descending : key !== 'name' })),
    setMode: (mode) => set({ mode }),
    setOnlyDifferences: (onlyDifferences) => set({ onlyDifferences }),
    setOnlyValueDifferences: (onlyValueDifferences) => set({ onlyValueDifferences }),
    setAllFields: (allFields) => set({ allFields }),
    togglePin: (id) => set((s) => ({ pinned: s.pinned.includes(id) ? s.pinned.filter((x) => x !== id) : [...s.pinned, id] })),
    async remove(id) {
      const name = get().views.find((v) => v.id === id)?.name ?? id;
      const deleted = await deps.deleteVendor(id);
      set({ undo: { label: `Deleted ${name}`, deleted, seq: nextUndoSeq() }, editing: get().editing?.id === id ? null : get().editing });
      await get().load();
    },
    undoLast: () => undoLast<CompareState>(deps, set, get),
    async removeAll() {
      await deps.deleteAll();
      set({ undo: null, selected: [], editing: null });
      await get().load();
    },
  }));
}
