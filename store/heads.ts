import type { AssayDb } from './database';
import { headOf, type AssessmentRecord } from '../assessment/types';

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

