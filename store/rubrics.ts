import type { AssayDb } from './database';
import { guardWrite } from './errors';
import { ACTIVE_RUBRIC_KEY, SCHEMA_VERSION } from './schema';

/** The least a rubric must have for storage; the rest is opaque JSON validated in rubric/. */
export interface RubricLike {
  id: string;
  name?: string;
  version?: number | string;
}

/** The store the rubric options page works against. */
export interface RubricStore<R extends RubricLike = RubricLike> {
  /** All stored rubrics, by name. */
  list(): Promise<R[]>;
  get(id: string): Promise<R | undefined>;
  /** Adds or replaces the rubric with this id. */
  put(rubric: R): Promise<void>;
  /** Deletes a rubric; if it was active, no rubric is active afterwards. */
  delete(id: string): Promise<void>;
  /** Makes a rubric active (null: none). The id need not be stored (a built-in rubric's id is fine). */
  setActive(id: string | null): Promise<void>;
  getActiveId(): Promise<string | null>;
  /** The active rubric if it is stored, else undefined. */
  getActive(): Promise<R | undefined>;
}

/** A RubricStore over the rubrics and settings tables. */
export function createRubricStore<R extends RubricLike = RubricLike>(db: AssayDb): RubricStore<R> {
  const getActiveId = async () => {
    const v = (await db.settings.get(ACTIVE_RUBRIC_KEY))?.value;
    return typeof v === 'string' ? v : null;
  };
  const get = async (id: string) => {
    const r = await db.rubrics.get(id);
    return r ? (structuredClone(r.json) as R) : undefined;
  };
  return {
    async list() {
      const rows = await db.rubrics.orderBy('name').toArray();
      return rows.map((r) => structuredClone(r.json) as R);
    },
    get,
    put(rubric) {
      const record = {
        id: rubric.id,
        name: rubric.name ?? rubric.id,
        version: rubric.version ?? 1,
        json: structuredClone(rubric),
        updatedAt: new Date().toISOString(),
        schemaVersion: SCHEMA_VERSION,
      };
      return guardWrite(() => db.rubrics.put(record).then(() => undefined));
    },
    delete(id) {
      return guardWrite(() =>
        db.transaction('rw', db.rubrics, db.settings, async () => {
          await db.rubrics.delete(id);
          if ((await getActiveId()) === id) await db.settings.delete(ACTIVE_RUBRIC_KEY);
        }),
      );
    },
    setActive(id) {
      return guardWrite(async () => {
        if (id === null) await db.settings.delete(ACTIVE_RUBRIC_KEY);
        else await db.settings.put({ key: ACTIVE_RUBRIC_KEY, value: id, schemaVersion: SCHEMA_VERSION });
      });
    },
    getActiveId,
    async getActive() {
      return db.transaction('r', db.rubrics, db.settings, async () => {
        const id = await getActiveId();
        return id === null ? undefined : get(id);
      });
    },
  };
}
