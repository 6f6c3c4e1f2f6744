import { useEffect } from 'react';
import type { PopupState } from './store';
import { Header } from './Header';
import { CriterionRow } from './CriterionRow';
import { Questions } from './Questions';
import { ReadStatus } from './ReadStatus';
import { coverageOf } from '../../rubric/coverage';
import './popup.css';

function openPage(path: '/compare.html' | '/options.html') {
  void browser.tabs.create({ url: browser.runtime.getURL(path) });
}

export function PopupView({ state }: { state: PopupState }) {
  const { phase, message, assessment, score, vendor, changes, highlight, previous } = state;
  useEffect(() => {
    // Read by bench/browser.ts: when the reviewer first sees a stored assessment, and fresh claims.
    if (phase === 'stored' && performance.getEntriesByName('assay:stored-shown').length === 0) performance.mark('assay:stored-shown');
    if (phase === 'ready') performance.mark('assay:ready-shown');
  }, [phase]);
  return (
    <main className="popup" aria-busy={phase === 'starting' || phase === 'reading' || phase === 'stored'}>
      <Header vendor={vendor} assessment={assessment} score={score && state.rubric && coverageOf(score, state.rubric).withheld ? null : score} phase={state.problem?.kind === 'not-saved' ? 'not-saved' : phase} />
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
      {changes.length > 0 && previous && (
        <section className="changes" aria-labelledby="changes-h">
          <h2 id="changes-h">Changed since {new Date(previous.assessedAt).toLocaleDateString()}</h2>
          <ul data-testid="changes">
            {changes.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </section>
      )}
      {score && (
        <ul className="rows" aria-label="Criteria">
          {score.criteria.map((row) => (
            <CriterionRow
              key={row.id}
              row={row}
              highlight={highlight}
              note={assessment?.overrides[row.field]?.note}
              onQuote={(q) => void state.showQuote(q)}
              onOverride={(v, n) => void state.override(row.field, v, n)}
              onClearOverride={() => void state.clearOverride(row.field)}
            />
          ))}
        </ul>
      )}
      {score && <Questions questions={score.questions} />}
      <footer className="popup-footer">
        <button type="button" onClick={() => openPage('/compare.html')}>Compare vendors</button>
        <button type="button" onClick={() => openPage('/options.html')}>Rubric &amp; data</button>
      </footer>
    </main>
  );
}
