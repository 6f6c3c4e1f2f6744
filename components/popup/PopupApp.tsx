import { useStore } from 'zustand';
import { createRepository } from '../../store/repository';
import { headsOfVendor } from '../../store/vendor-heads';
import { diffAssessments } from '../../assessment/diff';
import { createPopupBrowser } from '../../browser/popup-services';
import { loadActiveRubric } from '../../store/active-rubric';
import { scoreAssessment } from '../../rubric/score';
import { createPopupStore, type PopupDeps, type PopupState } from './store';
import type { StoreApi } from 'zustand/vanilla';
import { PopupView } from './PopupView';
import { createRelatedStore, type RelatedState } from './related-store';
import { createRelatedClient } from '../../browser/related/client';
import { useState } from 'react';

export function realDeps(): PopupDeps {
  const repo = createRepository();
  return {
    browser: createPopupBrowser(),
    repo: { ...repo, vendorHeads: (id: string) => headsOfVendor(repo.db, id) },
    activeRubric: () => loadActiveRubric(repo.rubrics),
    score: (a, rubric) => scoreAssessment(a.summary, rubric, a.overrides),
    changes: (before, after) => diffAssessments(before, after).map((c) => c.text),
  };
}

/**
 * Starts reading before React's first render (main.tsx calls this at module load), so the database
 * opens while the page renders.
 */
export function startPopup(deps: PopupDeps = realDeps()): StoreApi<PopupState> {
  const store = createPopupStore(deps);
  void store.getState().start();
  return store;
}

/** The "Other pages of this vendor" section's store, wired to the background and the stored pages. */
export function realRelated(): StoreApi<RelatedState> {
  const repo = createRepository();
  return createRelatedStore({ client: createRelatedClient(), readUrls: (vendorId) => repo.historyFor(vendorId).then((list) => list.map((a) => a.url)) });
}

export function PopupApp({ store, related }: { store: StoreApi<PopupState>; related?: StoreApi<RelatedState> }) {
  const state = useStore(store);
  const [ownRelated] = useState(() => related ?? realRelated());
  return <PopupView state={state} related={ownRelated} />;
}
