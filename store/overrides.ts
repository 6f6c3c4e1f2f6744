import { checkOverrideValue, cleanDetails } from '../assessment/overrides';
import type { OverrideDetails } from '../claims/types';
import type { AssayDb } from './database';
import { guardWrite } from './errors';
import { putAssessment } from './heads';
import type { AssessmentRecord } from './schema';

/**
 * Records the reviewer's value for one field of an assessment, with a note and the time.
 * Read-modify-write inside one transaction, so two windows overriding different fields keep both.
 * Throws when the value does not fit the field (e.g. soc2: "typeII") or the evidence link is not an http(s) address.
 * Evidence details (period, auditor, scope, link) are kept trimmed; empty ones are dropped.

 */
export async function setOverride(
  db: AssayDb,
  assessmentId: string,
  field: string,
  o: { value: unknown; note?: string } & OverrideDetails,
): Promise<AssessmentRecord> {
  checkOverrideValue(field, o.value);
  const details = cleanDetails(o);
  const at = new Date().toISOString();
  return edit(db, assessmentId, (a) => ({ ...a.overrides, [field]: { value: o.value, note: o.note ?? '', by: 'reviewer', at, ...details } }));
}

/** Removes the reviewer's value for a field, so the page's value shows again. */
export function clearOverride(db: AssayDb, assessmentId: string, field: string): Promise<AssessmentRecord> {
  return edit(db, assessmentId, (a) => Object.fromEntries(Object.entries(a.overrides).filter(([k]) => k !== field)));
}

function edit(db: AssayDb, id: string, next: (a: AssessmentRecord) => AssessmentRecord['overrides']): Promise<AssessmentRecord> {
  return guardWrite(() =>
    db.transaction('rw', db.assessments, db.heads, async () => {
      const a = await db.assessments.get(id);
      if (!a) throw new Error(`No assessment “${id}”; it may have been deleted.`);
      const updated: AssessmentRecord = { ...a, overrides: next(a) };
      await putAssessment(db, updated);
      return updated;
    }),
  );
}
