import Dexie, { type DexieOptions, type Table } from 'dexie';
import { headOf } from '../assessment/types';
import {
  DB_NAME,
  STORES_V1,
  STORES_V2,
  STORES_V3,
  type AssessmentHead,
  type AssessmentRecord,
  type RubricRecord,
  type SettingRecord,
  type VendorRecord,
} from './schema';

/**
 * The "assay" IndexedDB database. Pass `{ indexedDB, IDBKeyRange }` (e.g. from fake-indexeddb)
 * to open it somewhere other than the browser's own IndexedDB.
 */
export class AssayDb extends Dexie {
  vendors!: Table<VendorRecord, string>;
  assessments!: Table<AssessmentRecord, string>;
  heads!: Table<AssessmentHead, string>;
  rubrics!: Table<RubricRecord, string>;
  settings!: Table<SettingRecord, string>;

  constructor(options?: DexieOptions) {
    super(DB_NAME, options);
    this.version(1).stores(STORES_V1);
    this.version(2)
      .stores(STORES_V2)
      .upgrade(async (tx) => {
        const all: AssessmentRecord[] = await tx.table('assessments').toArray();
        await tx.table('heads').bulkPut(all.map(headOf));
      });
    // New indexes only: vendors without aliases or pages need no rewrite.
    this.version(3).stores(STORES_V3);
  }
}

let shared: AssayDb | undefined;

/** The extension's one database instance, opened on first use. */
export function getDb(): AssayDb {
  shared ??= new AssayDb();
  return shared;
}
