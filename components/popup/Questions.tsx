import { forwardRef, useState } from 'react';

/** The follow-up questions for the vendor, copyable as one numbered list. */
export const Questions = forwardRef<HTMLHeadingElement, { questions: string[] }>(function Questions({ questions }, heading) {
  const [copied, setCopied] = useState<string | null>(null);
  const text = questions.map((q, i) => `${i + 1}. ${q}`).join('\n');
  return (
    <section id="questions" className="questions" aria-labelledby="questions-h">
      <h2 id="questions-h" tabIndex={-1} ref={heading}>
        Questions for the vendor ({questions.length})
      </h2>
      {questions.length === 0 ? (
        <p className="muted">None: every criterion is stated and none fails.</p>
      ) : (
        <>
          <ol data-testid="questions">
            {questions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ol>
          <button
            type="button"
            data-testid="copy-questions"
            onClick={() => {
              void navigator.clipboard.writeText(text).then(
                () => setCopied('Copied.'),
                () => setCopied('Could not copy: select the list and copy it by hand.'),
              );
            }}
          >
            Copy questions
          </button>{' '}
          <span role="status" className="small">{copied}</span>
        </>
      )}
    </section>
  );
});
