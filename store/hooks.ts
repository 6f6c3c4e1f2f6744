import { useLiveQuery } from 'dexie-react-hooks';
import type { AssessmentRecord } from './schema';
import { createRepository, type Repository, type VendorListItem } from './repository';
import type { RubricLike } from './rubrics';

let shared: Repository | undefined;
const main = () => (shared ??= createRepository());

// Each hook re-renders when any window writes to the tables it reads; `undefined` means still
// loading. `repo` defaults to the extension's database (tests pass their own).

/** Every vendor with its newest assessment (see listVendors). */
export function useVendors(repo: Repository = main()): VendorListItem[] | undefined {
  return useLiveQuery(() => repo.listVendors(), [repo]);
}

/** The newest assessment of a page; null when it has none. */
export function useAssessment(url: string | null | undefined, repo: Repository = main()): AssessmentRecord | null | undefined {
  return useLiveQuery(async () => (url ? ((await repo.latestFor(url)) ?? null) : null), [url, repo]);
}

/** A vendor's assessments, newest first; with `url`, one page's. */
export function useHistory(vendorId: string | null | undefined, url?: string, repo: Repository = main()): AssessmentRecord[] | undefined {
  return useLiveQuery(() => (vendorId ? repo.historyFor(vendorId, url) : []), [vendorId, url, repo]);
}

/** The active rubric's id, and its stored JSON (null when none is active or it is a built-in preset). */
export function useActiveRubric<R extends RubricLike = RubricLike>(repo: Repository = main()): { id: string | null; rubric: R | null } | undefined {
  return useLiveQuery(async () => {
    const id = await repo.rubrics.getActiveId();
    return { id, rubric: ((id ? await repo.rubrics.get(id) : undefined) as R | undefined) ?? null };
  }, [repo]);
}
