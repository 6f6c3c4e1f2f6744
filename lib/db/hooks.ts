import { useLiveQuery } from 'dexie-react-hooks';
import type { AssessmentRecord } from './schema';
import { createRepository, type Repository, type VendorListItem } from './repository';
import type { RubricLike } from './rubrics';

let shared: Repository | undefined;
const repo = () => (shared ??= createRepository());

// Each hook re-renders when any window writes to the tables it reads; `undefined` means still loading.

/** Every vendor with its newest assessment (see listVendors). */
export function useVendors(): VendorListItem[] | undefined {
  return useLiveQuery(() => repo().listVendors(), []);
}

/** The newest assessment of a page; null when it has none. */
export function useAssessment(url: string | null | undefined): AssessmentRecord | null | undefined {
  return useLiveQuery(async () => (url ? ((await repo().latestFor(url)) ?? null) : null), [url]);
}

/** A vendor's assessments, newest first; with `url`, one page's. */
export function useHistory(vendorId: string | null | undefined, url?: string): AssessmentRecord[] | undefined {
  return useLiveQuery(() => (vendorId ? repo().historyFor(vendorId, url) : []), [vendorId, url]);
}

/** The active stored rubric as opaque JSON; null when none is active or it is a built-in preset. */
export function useActiveRubric<R extends RubricLike = RubricLike>(): { id: string | null; rubric: R | null } | undefined {
  return useLiveQuery(async () => {
    const store = repo().rubrics;
    const id = await store.getActiveId();
    return { id, rubric: ((id ? await store.get(id) : undefined) as R | undefined) ?? null };
  }, []);
}
