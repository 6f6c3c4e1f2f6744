import { readFileSync } from 'node:fs';
import { toOutput } from '../../../cli/commands/extract';
import { extractFile } from '../../../cli/load';
import { SUMMARY_FIELDS } from '../../../claims/summary';
import { matchesLabel, normalise, type LabelledPage } from './fixtures';

const empty = (v: unknown) => v === null || v === undefined || v === 'not_stated' || (Array.isArray(v) && v.length === 0);

/** What the golden test found wrong on one page, keyed "<file> <field>" (or "<file> *" when the pipeline threw), with a line saying why. */
export interface PageCheck {
  /** Labelled fields read wrong. */
  misses: Map<string, string>;
  /** Fields whose value has no quote, or a quote that is not on the page verbatim. */
  evidence: Map<string, string>;
}

/** Reads one labelled page with the CLI's pipeline and compares it with its labels and with its own text. */
export function checkPage(page: LabelledPage): PageCheck {
  const misses = new Map<string, string>();
  const evidence = new Map<string, string>();
  let out;
  try {
    out = toOutput(page.file, extractFile(page.file));
  } catch (e) {
    misses.set(`${page.name} *`, `pipeline failed: ${(e as Error).message}`);
    return { misses, evidence };
  }
  for (const [field, label] of Object.entries(page.fields)) {
    const got = out.fields[field];
    // Extra fields appear in the summary only when read; absent means "not stated" (null, 'not_stated' or []).
    const absentOk = !got && !(SUMMARY_FIELDS as string[]).includes(field) && [label.value, ...(label.accept ?? [])].some(empty);
    if (!absentOk && (!got || !matchesLabel(label, got.value))) {
      const want = JSON.stringify(label.value) + (label.accept ? ` (or ${label.accept.map((a) => JSON.stringify(a)).join(', ')})` : '');
      misses.set(`${page.name} ${field}`, `want ${want}, got ${got ? JSON.stringify(got.value) : 'no field'}`);
    }
  }
  // Every value read, labelled or not, carries quotes found on the page verbatim (whitespace, tags and entities aside).
  const text = normalise(readFileSync(page.file, 'utf8'));
  for (const [field, got] of Object.entries(out.fields)) {
    if (empty(got.value)) continue;
    const bad = got.evidence.length === 0 ? ['no quote'] : got.evidence.filter((q) => !normalise(q) || !text.includes(normalise(q))).map((q) => `quote not on the page: "${q.slice(0, 120)}"`);
    if (bad.length > 0) evidence.set(`${page.name} ${field}`, `value ${JSON.stringify(got.value)}: ${bad.join('; ')}`);
  }
  return { misses, evidence };
}
