import { useState } from 'react';

/** The follow-up questions for the vendor, copyable as one list. */
export function Questions({ questions }: { questions: string[] }) {
  const [copied, setCopied] = useState(false);
  if (questions.length === 0) return null;
  const text = questions.map((q, i) => `${i + 1}. ${q}`).join('\n');
  return (
    <section aria-labelledby="questions-h">
      <h2 id="questions-h">Questions for the vendor ({questions.length})</h2>
      <ol data-testid="questions">
        {questions.map((q) => (
          <li key={q}>{q}</li>
        ))}
      </ol>
      <button
        type="button"
        onClick={() => {
          void navigator.clipboard.writeText(text).then(() => setCopied(true), () => setCopied(false));
        }}
      >
        {copied ? 'Copied' : 'Copy questions'}
      </button>
    </section>
  );
}
