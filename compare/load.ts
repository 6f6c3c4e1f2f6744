import { groupByVendor } from '../assessment/types';
import type { Repository } from '../store/repository';
import type { Rubric } from '../rubric/schema';
import { buildVendorView, type VendorView } from './vendor-view';

/**
 * Every stored vendor merged and scored by `rubric`: two reads (vendors, assessment heads) whatever the
 * count, then pure work, so 1,000 vendors list quickly.
 */
export async function loadVendorViews(repo: Pick<Repository, 'loadHeads'>, rubricOrLoading: Rubric | Promise<Rubric>): Promise<VendorView[]> {
  // Heads are assessments without their claims: everything the comparison needs, a third of the bytes.
  // The rubric is read at the same time.
  const [{ vendors, heads: assessments }, rubric] = await Promise.all([repo.loadHeads(), rubricOrLoading]);
  const byVendor = groupByVendor(assessments);
  return vendors
    .filter((v) => byVendor.has(v.id))
    .map((v) => buildVendorView(v, byVendor.get(v.id)!, rubric))
    .sort((a, b) => a.name.localeCompare(b.name));
}
