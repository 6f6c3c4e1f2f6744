import type { Repository } from '../../store/repository';
import type { Sample } from './samples';
import { pageAddress } from '../shared/page-address';

/** The newest assessment of each stored vendor, as preview samples (summary plus overrides). */
export async function storedSamples(repo: Pick<Repository, 'listVendors' | 'getAssessment'>): Promise<Sample[]> {
  const vendors = await repo.listVendors();
  const samples = await Promise.all(
    vendors.map(async (v): Promise<Sample | null> => {
      const a = v.latest && (await repo.getAssessment(v.latest.assessmentId));
      return a ? { id: `assessment:${a.id}`, label: `${v.name} (${pageAddress(a.url)})`, values: a.summary, overrides: a.overrides, example: false } : null;
    }),
  );
  return samples.filter((s): s is Sample => s !== null);
}
