import { useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { createRepository } from '../../store/repository';
import { RubricEditor } from './RubricEditor';
import { createRubricEditorStore, type RubricRepository } from './rubric-store';
import { exampleSamples, type Sample } from './samples';
import { storedSamples } from './stored-samples';
import { browserSites, SiteAccess, type SiteAccessDeps } from './SiteAccess';
import './options.css';

export interface OptionsDeps {
  rubrics: RubricRepository;
  /** Stored vendors to preview; the bundled examples are added after them. */
  samples: () => Promise<Sample[]>;
  /** The sites granted through "Read these pages" (absent: the section is not shown). */
  sites?: SiteAccessDeps;
}

function realDeps(): OptionsDeps {
  const repo = createRepository();
  return { rubrics: repo.rubrics, samples: () => storedSamples(repo), sites: browserSites() };
}

/** The options page: the rubric editor with a live preview. */
export function OptionsApp({ deps }: { deps?: OptionsDeps }) {
  const d = useMemo(() => deps ?? realDeps(), [deps]);
  const store = useMemo(() => createRubricEditorStore(d.rubrics), [d]);
  const status = useStore(store, (s) => s.status);
  const [samples, setSamples] = useState<Sample[]>(exampleSamples);
  useEffect(() => {
    void store.getState().load();
    d.samples()
      .then((stored) => setSamples([...stored, ...exampleSamples()]))
      .catch(() => undefined);
  }, [store, d]);

  return (
    <main className="options">
      <h1>Rubric settings</h1>
      <p className="muted">
        A rubric turns a vendor's claims into a score out of 100 and a grade (A ≥ 85, B ≥ 70, C ≥ 55, D ≥ 40, else F; a failed deal-breaker caps the
        grade at D). The active rubric scores every assessment.
      </p>
      {status === 'loading' ? <p>Loading rubrics…</p> : <RubricEditor store={store} samples={samples} />}
      {d.sites && <SiteAccess deps={d.sites} />}
    </main>
  );
}
