import type { AssayDb } from './database';
import type { AssessmentHead, AssessmentRecord } from './schema';

/** The head of an assessment: all of it but the claims. */
export function headOf(a: AssessmentRecord): AssessmentHead {
  const { claims: _claims, ...head } = a;
  return head;
}

// Every write to `assessments` goes through these, inside the caller's transaction (which must
// include db.heads), so the derived heads never drift from the records.

export async function putAssessment(db: AssayDb, a: AssessmentRecord): Promise<void> {
  await db.assessments.put(a);
  await db.heads.put(headOf(a));
}

export async function putAssessments(db: AssayDb, list: readonly AssessmentRecord[]): Promise<void> {
  await db.assessments.bulkPut(list);
  await db.heads.bulkPut(list.map(headOf));
}

export async function removeAssessments(db: AssayDb, ids: readonly string[]): Promise<void> {
  await db.assessments.bulkDelete([...ids]);
  await db.heads.bulkDelete([...ids]);
}

/** Assessments (or heads) by vendor id, keeping their order within each vendor. */
export function groupByVendor<T extends { vendorId: string }>(list: readonly T[]): Map<string, T[]> {
  const byVendor = new Map<string, T[]>();
  for (const a of list) {
    const group = byVendor.get(a.vendorId);
    if (group) group.push(a);
    else byVendor.set(a.vendorId, [a]);
  }
  return byVendor;
}
