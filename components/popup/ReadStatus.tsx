import type { PopupState } from './store';
import { coverageOf } from '../../rubric/coverage';

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

/**
 * What the reading could and could not do, each with what the reviewer can do about it: waiting for the
 * page, couldn't read it, couldn't re-read it, not saved, the page changed, frames Assay may not read,
 * and how much of the rubric the page states (the grade withheld when too little).
 */
export function ReadStatus({ state }: { state: PopupState }) {
  const { phase, waiting, unreadable, problem, pageChanged, unreadableFrames, score, rubric, assessment } = state;
  const retry = (
    <button type="button" className="linklike" onClick={() => void state.reread()}>
      Retry
    </button>
  );
  const cov = score && rubric && phase !== 'unreadable' ? coverageOf(score, rubric) : null;
  return (
    <>
      {waiting && (
        <p className="muted" role="status" data-testid="waiting">
          Waiting for the page to finish loading before reading it…
        </p>
      )}
      {phase === 'unreadable' && unreadable && (
        <div role="alert" className="message message-error" data-testid="couldnt-read" data-reason={unreadable.reason}>
          <strong>Couldn’t read this page.</strong> {unreadable.message} Nothing was saved. {retry}
        </div>
      )}
      {problem?.kind === 'reread-failed' && (
        <div role="alert" className="message" data-testid="reread-failed">
          Couldn’t re-read: {problem.text} Showing the saved assessment. {retry}
        </div>
      )}
      {problem?.kind === 'not-saved' && (
        <div role="alert" className="message message-error" data-testid="not-saved">
          {problem.text} {retry}
        </div>
      )}
      {pageChanged && phase !== 'reading' && phase !== 'stored' && (
        <div role="status" className="message" data-testid="page-changed">
          The page changed since Assay read it.{' '}
          <button type="button" className="linklike" onClick={() => void state.reread()}>
            Re-read
          </button>
        </div>
      )}
      {unreadableFrames.length > 0 && phase !== 'unreadable' && (
        <p className="warn" data-testid="frames">
          This page embeds content from {[...new Set(unreadableFrames.map(hostOf))].join(', ')} that Assay can’t read; open it directly
          ({unreadableFrames[0]}) and click Assay there.
        </p>
      )}
      {/* With a grade, the header carries the coverage and the page read; without one, it is said here. */}
      {cov?.withheld && (
        <p className="muted" data-testid="coverage">
          States {cov.stated} of {cov.of} criteria
          {assessment?.url ? <> · read <span data-testid="read-page">{assessment.title ? `“${assessment.title}” ` : ''}({assessment.url})</span></> : null}
        </p>
      )}
      {cov?.withheld && (
        <p className="warn" data-testid="grade-withheld">
          Not enough on this page to grade: it states {cov.stated} of the {cov.of} criteria (the rubric asks for at least {rubric!.minStatedToGrade}). The claims below still count toward the vendor.
        </p>
      )}
    </>
  );
}

/** Where a quote is when Assay found it but could not make it visible. */
export function QuoteWhere({ where }: { where: string | undefined }) {
  if (!where) return null;
  return (
    <div role="status" className="notfound" data-testid="quote-where">
      This quote is {where}: open it there to see it.
    </div>
  );
}
