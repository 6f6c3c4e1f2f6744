import { useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import { createRepository } from '../../lib/db/repository';
import { diffAssessments } from '../../lib/assessment/diff';
import { createPopupBrowser } from '../../lib/popup/services';
import { loadActiveRubric } from '../../lib/rubric/active';
import { scoreAssessment } from '../../rubric/score';
import { createPopupStore, type PopupDeps } from './store';
import { PopupView } from './PopupView';

function realDeps(): PopupDeps {
  const repo = createRepository();
  return {
    browser: createPopupBrowser(),
    repo,
    activeRubric: () => loadActiveRubric(repo.rubrics),
    score: (a, rubric) => scoreAssessment(a.summary, rubric, a.overrides),
    changes: (before, after) => diffAssessments(before, after).map((c) => c.text),
  };
}

export function PopupApp({ deps }: { deps?: PopupDeps }) {
  const store = useMemo(() => createPopupStore(deps ?? realDeps()), [deps]);
  const state = useStore(store);
  useEffect(() => {
    void store.getState().start();
  }, [store]);
  return <PopupView state={state} />;
}
