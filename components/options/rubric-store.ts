/**
 * The rubric editor's state: presets plus the reviewer's stored rubrics, the active one, and a draft
 * being edited. Storage is behind RubricRepository so Dexie (store/) or memory can back it.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { FieldName } from '../../claims/fields';
import { duplicateRubric, importRubric, newCriterion, resetToPreset } from '../../rubric/library';
import { DEFAULT_PRESET, PRESETS, isPresetId } from '../../rubric/presets';
import { parseRubric, serialiseRubric, type Criterion, type Rubric } from '../../rubric/schema';

/**
 * Where rubrics are kept. store/'s `createRubricStore<Rubric>(db)` satisfies it; so does
 * `memoryRepository()`. Stored rubrics are validated again on the way out.
 */
export interface RubricRepository {
  list(): Promise<unknown[]>;
  put(rubric: Rubric): Promise<void>;
  delete(id: string): Promise<void>;
  setActive(id: string | null): Promise<void>;
  getActiveId(): Promise<string | null>;
}

export interface RubricEditorState {
  status: 'loading' | 'ready' | 'error';
  presets: readonly Rubric[];
  /** The reviewer's own rubrics that validated. */
  stored: Rubric[];
  /** Stored rubrics that no longer validate, with why (they are left in storage untouched). */
  invalidStored: string[];
  activeId: string;
  selectedId: string;
  /** The selected rubric as being edited; equals the saved one until an edit. */
  draft: Rubric;
  /** Why the draft does not validate; null when it does. Saving is refused while set. */
  draftError: string | null;
  /** The newest draft that validated, for the live preview. */
  lastValid: Rubric;
  dirty: boolean;
  /** The last import's error, naming the bad field; the current rubric is untouched. */
  importError: string | null;
  /** A short status line: "Saved version 3", "Imported as …", a storage error. */
  notice: string | null;
  load(): Promise<void>;
  select(id: string): void;
  updateCriterion(index: number, patch: Partial<Criterion>): void;
  replaceCriterion(index: number, criterion: Criterion): void;
  addCriterion(field: FieldName): void;
  removeCriterion(index: number): void;
  rename(name: string): void;
  describe(description: string): void;
  save(): Promise<void>;
  duplicate(): Promise<void>;
  remove(): Promise<void>;
  activate(): Promise<void>;
  resetToPreset(): void;
  importText(text: string): Promise<boolean>;
  /** Shows an import error found before parsing (a file too large to read). */
  rejectImport(error: string): void;
  exportText(): string;
}

export type RubricEditorStore = StoreApi<RubricEditorState>;

/** Whether a rubric id is one of the read-only presets. */
export const isReadOnly = isPresetId;

export function createRubricEditorStore(repo: RubricRepository): RubricEditorStore {
  return createStore<RubricEditorState>()((set, get) => {
    const all = () => [...get().presets, ...get().stored];
    const find = (id: string) => all().find((r) => r.id === id);
    const takenIds = () => all().map((r) => r.id);
    const show = (r: Rubric) => ({ selectedId: r.id, draft: r, lastValid: r, draftError: null, dirty: false });

    const edit = (change: (draft: Rubric) => Rubric) => {
      const { draft, selectedId, lastValid } = get();
      if (isPresetId(selectedId)) return;
      const next = change(draft);
      const parsed = parseRubric(next);
      set({ draft: next, dirty: true, draftError: parsed.ok ? null : parsed.error, lastValid: parsed.ok ? parsed.rubric : lastValid });
    };
    const guard = async (what: string, work: () => Promise<void>) => {
      try {
        await work();
      } catch (e) {
        set({ notice: `Could not ${what}: ${(e as Error).message}` });
      }
    };
    const store = async (rubric: Rubric, notice: string) => {
      await repo.put(rubric);
      const stored = [...get().stored.filter((r) => r.id !== rubric.id), rubric].sort((a, b) => a.name.localeCompare(b.name));
      set({ stored, ...show(rubric), notice });
    };

    return {
      status: 'loading',
      presets: PRESETS,
      stored: [],
      invalidStored: [],
      activeId: DEFAULT_PRESET.id,
      ...show(DEFAULT_PRESET),
      importError: null,
      notice: null,

      async load() {
        try {
          const [rows, activeId] = await Promise.all([repo.list(), repo.getActiveId()]);
          const stored: Rubric[] = [];
          const invalidStored: string[] = [];
          for (const row of rows) {
            const parsed = parseRubric(row);
            if (parsed.ok) stored.push(parsed.rubric);
            else invalidStored.push(`${(row as { id?: unknown })?.id ?? 'unnamed'}: ${parsed.error}`);
          }
          set({ stored, invalidStored, status: 'ready' });
          const active = (activeId && find(activeId)) || DEFAULT_PRESET;
          set({ activeId: active.id, ...show(active) });
        } catch (e) {
          set({ status: 'error', notice: `Could not read stored rubrics: ${(e as Error).message}` });
        }
      },
      select(id) {
        const r = find(id);
        const { dirty, draft } = get();
        if (r) set({ ...show(r), importError: null, notice: dirty ? `Discarded unsaved changes to "${draft.name}".` : null });
      },
      updateCriterion: (index, patch) =>
        edit((d) => ({ ...d, criteria: d.criteria.map((c, i) => (i === index ? ({ ...c, ...patch } as Criterion) : c)) })),
      replaceCriterion: (index, criterion) => edit((d) => ({ ...d, criteria: d.criteria.map((c, i) => (i === index ? criterion : c)) })),
      addCriterion: (field) => edit((d) => ({ ...d, criteria: [...d.criteria, newCriterion(field, d.criteria.map((c) => c.id))] })),
      removeCriterion: (index) => edit((d) => ({ ...d, criteria: d.criteria.filter((_, i) => i !== index) })),
      rename: (name) => edit((d) => ({ ...d, name })),
      describe: (description) => edit((d) => ({ ...d, description })),

      save: () =>
        guard('save', async () => {
          const { draft, draftError, dirty } = get();
          if (draftError || !dirty || isPresetId(draft.id)) return;
          const parsed = parseRubric({ ...draft, version: draft.version + 1 });
          if (!parsed.ok) return set({ draftError: parsed.error });
          await store(parsed.rubric, `Saved version ${parsed.rubric.version}.`);
        }),
      duplicate: () =>
        guard('duplicate', async () => {
          const source = get().dirty && !get().draftError ? get().draft : find(get().selectedId);
          if (source) await store(duplicateRubric(source, takenIds()), 'Duplicated: edit and save your copy.');
        }),
      remove: () =>
        guard('delete', async () => {
          const { selectedId, activeId } = get();
          if (isPresetId(selectedId)) return;
          await repo.delete(selectedId);
          const fallback = activeId === selectedId ? DEFAULT_PRESET.id : activeId;
          set({ stored: get().stored.filter((r) => r.id !== selectedId), activeId: fallback, ...show(find(fallback) ?? DEFAULT_PRESET), notice: 'Deleted.' });
        }),
      activate: () =>
        guard('make active', async () => {
          await repo.setActive(get().selectedId);
          set({ activeId: get().selectedId, notice: 'Active: new assessments, and existing ones when opened, use this rubric.' });
        }),
      resetToPreset: () => edit((d) => resetToPreset(d)),

      async importText(text) {
        const result = importRubric(text, takenIds());
        if (!result.ok) {
          set({ importError: result.error });
          return false;
        }
        set({ importError: null });
        const renamed = result.renamedFrom ? ` (its id "${result.renamedFrom}" was taken, so it is "${result.rubric.id}")` : '';
        await guard('import', () => store(result.rubric, `Imported "${result.rubric.name}"${renamed}.`));
        return true;
      },
      rejectImport: (error) => set({ importError: error }),
      exportText: () => serialiseRubric(get().draftError ? (find(get().selectedId) ?? get().lastValid) : get().draft),
    };
  });
}

/** A repository in memory, for tests and for running the page before storage is wired. */
export function memoryRepository(initial: Rubric[] = [], active: string | null = null): RubricRepository & { rows: Map<string, Rubric> } {
  const rows = new Map(initial.map((r) => [r.id, structuredClone(r)]));
  let activeId = active;
  return {
    rows,
    list: async () => [...rows.values()].map((r) => structuredClone(r)),
    put: async (r) => void rows.set(r.id, structuredClone(r)),
    delete: async (id) => {
      rows.delete(id);
      if (activeId === id) activeId = null;
    },
    setActive: async (id) => void (activeId = id),
    getActiveId: async () => activeId,
  };
}
