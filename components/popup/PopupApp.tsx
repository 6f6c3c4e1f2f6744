import { useStore } from 'zustand';
import { createRepository } from '../../store/repository';
import { diffAssessments } from '../../assessment/diff';
import { createPopupBrowser } from '../../browser/popup-services';
import { loadActiveRubric } from '../../store/active-rubric';
import { scoreAssessment } from '../../rubric/score';
import { createPopupStore, type PopupDeps, type PopupState } from './store';
import type { StoreApi } from 'zustand/vanilla';
import { PopupView } from './PopupView';

export function realDeps(): PopupDeps {
  const repo = createRepository();
  return {
    browser: createPopupBrowser(),
    repo,
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

export function PopupApp({ store }: { store: StoreApi<PopupState> }) {
  const state = useStore(store);
  return <PopupView state={state} />;
}
