import { useEffect, useRef } from 'react';
import type { PopupState } from './store';
import { Header } from './Header';
import { CriterionRow } from './CriterionRow';
import { Questions } from './Questions';
import { conflictQuestion } from '../../rubric/questions';
import { fieldLabel, formatValue } from '../../claims/fields';
import type { ConflictReading } from '../../rubric/score';
import { AlsoFound, unscoredFindings } from './AlsoFound';
import { Skeleton } from './Skeleton';
import { readingDate } from '../shared/dates';
import { ReadStatus } from './ReadStatus';
import { coverageOf } from '../../rubric/coverage';
import { RelatedPages } from './RelatedPages';
import type { RelatedState } from './related-store';
import type { StoreApi } from 'zustand/vanilla';
import { UNSAVED } from './store';
import { freshnessFlags, withFlagQuestions } from '../../rubric/freshness';
import { EvidenceDetails, detailFieldsOf } from './EvidenceDetails';
import { pickDetails } from './DetailInputs';
import './popup.css';

function conflictQuestions(conflicts: Record<string, ConflictReading[]>): string[] {
  return Object.entries(conflicts).map(([field, readings]) => conflictQuestion(fieldLabel(field), readings.map((r) => ({ value: formatValue(field, r.value), url: r.url }))));
}

function openPage(path: '/compare.html' | '/options.html') {
  void browser.tabs.create({ url: browser.runtime.getURL(path) });
}

/** Keys typed into a field are the reviewer's text, never a shortcut. */
function typing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName));
}

export function PopupView({ state, related }: { state: PopupState; related?: StoreApi<RelatedState> }) {
  const { phase, message, assessment, score, vendor, changes, highlight, previous, rubric, tab } = state;
  const questionsHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Read by bench/browser.ts: when the reviewer first sees a stored assessment, and fresh claims.
    if (phase === 'stored' && performance.getEntriesByName('assay:stored-shown').length === 0) performance.mark('assay:stored-shown');
    if (phase === 'ready') performance.mark('assay:ready-shown');
  }, [phase]);

  const toQuestions = () => {
    const h = questionsHeading.current;
    if (!h) return;
    h.scrollIntoView({ block: 'start' });
    h.focus();
  };
  useEffect(() => {
    // "Q" jumps to the questions from anywhere in the popup, except while typing.
    const onKey = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() !== 'q' || e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) return;
      e.preventDefault();
      toQuestions();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const busy = phase === 'starting' || phase === 'reading' || phase === 'stored';
  const scoredFields = score?.criteria.map((c) => c.field) ?? [];
  // Evidence details show under their certification's line, so "Also found" leaves them out there.
  const scored = [...scoredFields, ...scoredFields.flatMap(detailFieldsOf)];
  const flags = assessment ? freshnessFlags(assessment.summary, assessment.overrides, assessment.assessedAt) : [];
  // A disagreement with the vendor's other pages is asked first (the vendor must settle it), then stale evidence.
  const questions = [...conflictQuestions(state.conflicts), ...(score ? withFlagQuestions(flags, score.questions) : [])];
  const extra = assessment ? unscoredFindings(assessment.summary, scored).length : 0;
  return (
    <main className="popup" aria-busy={busy}>
      {/* Below the rubric's coverage threshold the grade is withheld; the claims found still show. */}
      <Header vendor={vendor} assessment={assessment} score={score && rubric && coverageOf(score, rubric).withheld ? null : score} phase={phase} saving={state.saving} tabUrl={tab?.url ?? null} onReread={() => void state.start()} />
      {score && (
        <nav className="jump" aria-label="On this popup">
          <a
            href="#questions"
            aria-keyshortcuts="q"
            title="Shortcut: Q"
            data-testid="jump-questions"
            onClick={(e) => {
              e.preventDefault();
              toQuestions();
            }}
          >
            Questions ({questions.length})
          </a>
          {extra > 0 && <a href="#also-found">Also found ({extra})</a>}
          <span className="muted small">Press Q for the questions</span>
        </nav>
      )}
      <ReadStatus state={state} />
      {message && (
        <p role="alert" className={`message message-${phase}`} data-testid="message">
          {message}
        </p>
      )}
      {assessment?.partial && (
        <p className="warn" data-testid="partial">
          This page was too large to read in full: the results below come from the part Assay read and may be incomplete.
        </p>
      )}
      {assessment?.lang && !assessment.lang.toLowerCase().startsWith('en') && (
        <p className="warn" data-testid="language">
          This page is not in English ({assessment.lang}). Assay reads English; anything below may be incomplete — check the page yourself.
        </p>
      )}
      {!score && (phase === 'starting' || phase === 'reading') && <Skeleton rows={rubric?.criteria.length ?? 7} />}
      {score && (
        <ul className="rows" aria-label="Criteria">
          {score.criteria.map((row) => (
            <CriterionRow
              key={row.id}
              row={row}
              highlight={highlight}
              note={assessment?.overrides[row.field]?.note}
              conflict={state.conflicts[row.field]}
              url={assessment?.url}
              onQuote={(q) => void state.showQuote(q)}
              onOverride={(v, n, d) => state.override(row.field, v, n, d)}
              onClearOverride={() => void state.clearOverride(row.field)}
              flags={flags.filter((f) => f.field === row.field)}
              recorded={pickDetails(assessment?.overrides[row.field])}
              details={
                assessment && (
                  <EvidenceDetails
                    field={row.field}
                    summary={assessment.summary}
                    override={assessment.overrides[row.field]}
                    flags={flags.filter((f) => f.field === row.field)}
                    assessedAt={assessment.assessedAt}
                    shown={[...row.evidence, ...row.mentions]}
                    highlight={highlight}
                    onQuote={(q) => void state.showQuote(q)}
                  />
                )
              }
            />
          ))}
        </ul>
      )}
      {changes.length > 0 && previous && (
        <section className="changes" aria-labelledby="changes-h">
          <h2 id="changes-h">Changed since {readingDate(previous.assessedAt, [assessment?.assessedAt])}</h2>
          <ul data-testid="changes">
            {changes.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </section>
      )}
      {assessment && score && <AlsoFound summary={assessment.summary} scored={scored} highlight={highlight} onQuote={(q) => void state.showQuote(q)} />}
      {related && phase === 'ready' && vendor && assessment && assessment.id !== UNSAVED && <RelatedPages store={related} pageUrl={assessment.url} links={state.links} vendor={vendor} />}
      {score && <Questions questions={questions} ref={questionsHeading} />}
      <footer className="popup-footer">
        <button type="button" onClick={() => openPage('/compare.html')}>Compare vendors</button>
        <button type="button" onClick={() => openPage('/options.html')}>Rubric settings</button>
      </footer>
    </main>
  );
}
