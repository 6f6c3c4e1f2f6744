import type { AssessmentRecord } from '../../store/schema';
import type { Score, Verdict } from '../../rubric/score';
import { VERDICT_LOOK } from '../shared/VerdictBadge';
import { pageAddress } from '../shared/page-address';
import { readingTime } from '../shared/dates';
import { UNSAVED, type Phase } from './store';

const GRADE_WORD: Record<string, string> = { A: 'strong', B: 'good', C: 'fair', D: 'weak', F: 'poor' };
const ORDER: Verdict[] = ['fail', 'partial', 'not_stated', 'pass'];

interface Props {
  vendor: { id: string; name: string } | null;
  assessment: AssessmentRecord | null;
  score: Score | null;
  phase: Phase;
  /** The reading on screen is still being saved. */
  saving?: boolean;
  /** The page in the tab, when nothing has been read from it yet. */
  tabUrl: string | null;
  onReread(): void;
}

/** Should I worry? The vendor, its grade and score, how much the page states, and the verdicts counted. */
export function Header({ vendor, assessment, score, phase, saving, tabUrl, onReread }: Props) {
  const busy = phase === 'starting' || phase === 'reading' || phase === 'stored';
  const stated = score ? score.criteria.filter((c) => c.verdict !== 'not_stated').length : 0;
  const counts = score ? ORDER.map((v) => ({ v, n: score.criteria.filter((c) => c.verdict === v).length })).filter((x) => x.n > 0) : [];
  const url = assessment?.url ?? tabUrl;
  return (
    <header className="popup-header">
      <div className="who">
        <h1 data-testid="vendor-name">{vendor?.name ?? assessment?.title ?? 'Assay'}</h1>
        {vendor && <div className="muted small" data-testid="vendor-domain">{vendor.id}</div>}
      </div>
      {score && (
        <div className="scorebox" aria-label={`Grade ${score.grade}, score ${score.total} of 100`}>
          <span className={`grade grade-${score.grade}`} data-testid="grade">{score.grade}</span>
          <span className="total">
            <strong data-testid="score">{score.total}</strong>/100
            <span className="muted small"> {GRADE_WORD[score.grade]}{score.cappedBy ? ', capped by a deal-breaker' : ''}</span>
          </span>
        </div>
      )}
      {score && (
        <p className="tally" data-testid="tally">
          <span data-testid="coverage">
            States {stated} of {score.criteria.length}
          </span>
          {counts.map(({ v, n }) => (
            <span key={v} className={`count count-${v}`} data-testid={`count-${v}`}>
              <span aria-hidden="true">{VERDICT_LOOK[v].icon}</span> {n} {VERDICT_LOOK[v].text.toLowerCase()}
            </span>
          ))}
        </p>
      )}
      {url && (
        <p className="read small">
          <span className="muted">Read </span>
          <span className="addr" title={url} data-testid="page-read">{pageAddress(url)}</span>{' '}
          <button type="button" className="linklike" onClick={onReread} disabled={busy} data-testid="reread">
            Re-read
          </button>
        </p>
      )}
      <p className="muted status small" role="status" data-testid="status">
        {phase === 'stored' && 'Showing the saved assessment; re-reading the page…'}
        {phase === 'reading' && 'Reading the page…'}
        {phase === 'ready' && assessment && `${saving ? 'Read just now · saving' : assessment.id === UNSAVED ? 'Read just now · not saved' : `Saved ${readingTime(assessment.assessedAt)}`}${score ? ` · rubric “${score.rubric.name}”` : ''}`}
      </p>
    </header>
  );
}
