import type { AssessmentRecord } from '../../store/schema';
import type { Score } from '../../rubric/score';

const GRADE_WORD: Record<string, string> = { A: 'strong', B: 'good', C: 'fair', D: 'weak', F: 'poor' };

export function Header({ vendor, assessment, score, phase }: { vendor: { id: string; name: string } | null; assessment: AssessmentRecord | null; score: Score | null; phase: string }) {
  return (
    <header className="popup-header">
      <div>
        <h1 data-testid="vendor-name">{vendor?.name ?? assessment?.title ?? 'Assay'}</h1>
        {vendor && <div className="muted" data-testid="vendor-domain">{vendor.id}</div>}
      </div>
      {score && (
        <div className="scorebox" aria-label={`Score ${score.total} of 100, grade ${score.grade}`}>
          <span className={`grade grade-${score.grade}`} data-testid="grade">{score.grade}</span>
          <span>
            <strong data-testid="score">{score.total}</strong>/100
            <br />
            <span className="muted">{GRADE_WORD[score.grade]}{score.cappedBy ? ', capped by a deal-breaker' : ''}</span>
          </span>
        </div>
      )}
      <p className="muted status" role="status" data-testid="status">
        {phase === 'stored' && 'Showing the saved assessment; re-reading the page…'}
        {phase === 'reading' && 'Reading the page…'}
        {phase === 'ready' && assessment && `Saved ${new Date(assessment.assessedAt).toLocaleString()}${score ? ` · rubric “${score.rubric.name}”` : ''}`}
      </p>
    </header>
  );
}
