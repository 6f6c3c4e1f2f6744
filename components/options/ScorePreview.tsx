import { useId, useMemo, useState } from 'react';
import { questionsAsText } from '../../rubric/questions';
import type { Rubric } from '../../rubric/schema';
import { scoreAssessment } from '../../rubric/score';
import type { Sample } from './samples';
import { SelectField } from './Fields';

interface Props {
  rubric: Rubric;
  samples: Sample[];
  /** True while the draft does not validate: the preview shows the last valid version. */
  stale: boolean;
}

/** The score of one vendor under the rubric being edited, recomputed on every valid edit. */
export function ScorePreview({ rubric, samples, stale }: Props) {
  const id = useId();
  const [sampleId, setSampleId] = useState(samples[0]?.id ?? '');
  const [copied, setCopied] = useState<string | null>(null);
  const sample = samples.find((s) => s.id === sampleId) ?? samples[0];
  const score = useMemo(() => (sample ? scoreAssessment(sample.values, rubric, sample.overrides) : null), [sample, rubric]);
  if (!sample || !score) return <p>No vendor to preview yet.</p>;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(questionsAsText(score.questions, `Questions for ${sample.label.replace(/^Example: /, '')}`));
      setCopied('Questions copied.');
    } catch {
      setCopied('Could not copy: select the list and copy it by hand.');
    }
  };

  return (
    <section className="preview" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Live preview</h2>
      <SelectField label="Vendor" value={sample.id} onChange={setSampleId}>
          {samples.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
      </SelectField>
      {sample.example && <p className="muted">An example with made-up values, not a stored assessment. Assess a vendor page to preview real ones.</p>}
      {stale && <p className="muted">Showing the last valid version of your edits.</p>}
      <p className="total" data-testid="preview-score">
        <span className={`grade grade-${score.grade}`}>{score.grade}</span> {score.total}/100
        {score.cappedBy && <span className="muted"> — capped at D by {score.cappedBy.map((id) => score.criteria.find((c) => c.id === id)?.label ?? id).join(', ')}</span>}
      </p>
      <ul className="reasons">
        {score.criteria.map((c) => (
          <li key={c.id} data-verdict={c.verdict}>
            <span className="pts">
              {c.points}/{c.max}
            </span>{' '}
            {c.reason}
          </li>
        ))}
      </ul>
      <h3>Questions for the vendor ({score.questions.length})</h3>
      {score.questions.length === 0 ? (
        <p className="muted">None: every criterion is stated and none fails.</p>
      ) : (
        <>
          <ol className="questions">
            {score.questions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ol>
          <button type="button" onClick={copy}>
            Copy questions
          </button>
          <span role="status">{copied}</span>
        </>
      )}
    </section>
  );
}
