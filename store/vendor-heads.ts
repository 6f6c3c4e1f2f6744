import type { AssayDb } from './database';
import type { AssessmentHead } from './schema';

/** Every assessment head (no claims) of one vendor: what the popup merges to see where its pages disagree. One indexed read. */
export function headsOfVendor(db: AssayDb, vendorId: string): Promise<AssessmentHead[]> {
  return db.heads.where('vendorId').equals(vendorId).toArray();
}
