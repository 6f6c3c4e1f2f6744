import type { Candidate, Extractor } from '../claims/types';
import { currentAt, heldCertSentences } from '../language/cert-details';
import { DATE_SOURCE, findPeriod, parseDate } from '../language/dates';
import { candidate, evidenceAt } from '../language/evidence';
import { spec } from './soc2';

const FIELD = 'soc2Period';

// "for the (twelve-month) period ending/ended December 31, 2025": the end only (ISO 8601-2 "../end").
const PERIOD_ENDING = new RegExp(String.raw`\bperiods?\s+(?:ending|ended|through)\s+(?:on\s+)?(${DATE_SOURCE})`, 'i');
// "report dated March 15, 2026", "issued on 2 February 2026", "Report date: January 2026".
const DATED = new RegExp(String.raw`\b(?:dated|issued\s+(?:on|in)|report\s+date\s*:?|date\s+of\s+(?:the\s+)?report\s*:?)\s+(${DATE_SOURCE})`, 'i');
// A run of dates that is not a report's: "since January 2022", "founded", "effective".
const NOT_REPORT = /\b(?:since|founded|effective|first (?:achieved|obtained|certified))\s*$/i;

/** The value read from one sentence: "start/end", "../end" or a report date, with the confidence of its form. */
function read(text: string): { value: string; confidence: number; why: string } | null {
  const period = findPeriod(text);
  if (period && !NOT_REPORT.test(text.slice(0, period.start)) && currentAt(text, period.start, period.end)) return { value: period.value, confidence: 0.9, why: 'the period the report covers' };
  const ending = text.match(PERIOD_ENDING);
  const end = ending && currentAt(text, ending.index!, ending.index! + ending[0].length) ? parseDate(ending[1]!) : null;
  if (end) return { value: `../${end}`, confidence: 0.85, why: 'the end of the period the report covers' };
  const dated = text.match(DATED);
  const date = dated && currentAt(text, dated.index!, dated.index! + dated[0].length) ? parseDate(dated[1]!) : null;
  if (date) return { value: date, confidence: 0.75, why: 'the date of the report' };
  return null;
}

export const extractor: Extractor<string> = {
  meta: {
    id: 'soc2-period',
    field: FIELD,
    version: 1,
    description: "The period the vendor's own SOC 2 report covers (start/end), the end of that period (../end), or the report's date.",
  },
  extract(page): Candidate<string>[] {
    const out: Candidate<string>[] = [];
    for (const { block, sentence, how } of heldCertSentences(page, spec)) {
      const r = read(sentence.text);
      if (!r) continue;
      const confidence = how === 'mention' ? r.confidence : r.confidence - 0.05;
      out.push(candidate(FIELD, r.value, evidenceAt(block, sentence.start, sentence.end), confidence, `${r.why}, in a sentence about the vendor's SOC 2 report`));
    }
    return out;
  },
};

// Must read right: "Our SOC 2 Type II report covers the period January 1 – December 31, 2025."
// 2025-01-01/2025-12-31; "SOC 2 Type 2 report for the period ended September 30, 2025" ../2025-09-30;
// "Our SOC 2 Type II report dated March 15, 2026 is available under NDA." 2026-03-15.
// Must not be fooled by: "AWS's SOC 2 report covers October 1, 2024 to September 30, 2025"; "Our SOC 2 Type II
// observation period runs from January 1 to June 30, 2026" (a plan); "SOC 2 Type II certified since January 2022".
