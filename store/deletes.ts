import type { AssayDb } from './database';
import { guardWrite } from './errors';
import { putAssessments, removeAssessments } from './heads';
import type { AssessmentRecord, VendorRecord } from './schema';

/**
 * What a change removed or overwrote, exactly as stored: hand it to `restore` to undo. Deletes fill it,
 * and so do the vendor edits (store/vendor-edits.ts), which also name the vendors they created.
 */
export interface Deleted {
  vendors: VendorRecord[];
  assessments: AssessmentRecord[];
  /** Vendors the change created: undo deletes them. */
  created?: string[];
}

/** Deletes a vendor and all its assessments in one transaction. */
export function deleteVendor(db: AssayDb, id: string): Promise<Deleted> {
  return guardWrite(() =>
    db.transaction('rw', [db.vendors, db.assessments, db.heads], async () => {
      const vendor = await db.vendors.get(id);
      const assessments = await db.assessments.where('vendorId').equals(id).toArray();
      await removeAssessments(db, assessments.map((a) => a.id));
      await db.vendors.delete(id);
      return { vendors: vendor ? [vendor] : [], assessments };
    }),
  );
}

/** Deletes one assessment; its vendor stays, even when it was the last one. */
export function deleteAssessment(db: AssayDb, id: string): Promise<Deleted> {
  return guardWrite(() =>
    db.transaction('rw', db.assessments, db.heads, async () => {
      const a = await db.assessments.get(id);
      if (a) await removeAssessments(db, [id]);
      return { vendors: [], assessments: a ? [a] : [] };
    }),
  );
}

/** Undoes a delete or a vendor edit: puts the records back as they were. Later edits to the same ids are overwritten. */
export function restore(db: AssayDb, deleted: Deleted): Promise<void> {
  return guardWrite(() =>
    db.transaction('rw', [db.vendors, db.assessments, db.heads], async () => {
      await db.vendors.bulkDelete(deleted.created ?? []);
      await db.vendors.bulkPut(deleted.vendors);
      await putAssessments(db, deleted.assessments);
    }),
  );
}

/** Deletes every vendor, assessment, rubric and setting. Returns how many records went. */
export function deleteAll(db: AssayDb): Promise<{ vendors: number; assessments: number; rubrics: number; settings: number }> {
  return guardWrite(() =>
    db.transaction('rw', [db.vendors, db.assessments, db.heads, db.rubrics, db.settings], async () => {
      const counts = {
        vendors: await db.vendors.count(),
        assessments: await db.assessments.count(),
        rubrics: await db.rubrics.count(),
        settings: await db.settings.count(),
      };
      await Promise.all([db.vendors.clear(), db.assessments.clear(), db.heads.clear(), db.rubrics.clear(), db.settings.clear()]);
      return counts;
    }),
  );
}
