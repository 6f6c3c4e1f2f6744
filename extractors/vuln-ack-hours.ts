import type { Block, Candidate, Extractor, Page } from '../claims/types';
import { unitsOf, type Unit } from '../language/block-units';
import { questionOf } from '../language/context';
import { findDurations } from '../language/duration';
import { candidate, evidenceAt } from '../language/evidence';

const FIELD = 'vulnAckHours';

// What reports these are: a researcher's vulnerability report, never an incident, breach or support ticket.
const TOPIC = /\bvulnerab|\bbug bount|\bdisclosure\b|\bresearchers?\b|\bsecurity (?:issues?|reports?|bugs?|flaws?|findings?|problems?)\b|\bsecurity\.txt\b|\breport(?:s|ing)? (?:a |an )?(?:problem|issue|bug)|\bfound a (?:bug|vulnerability|security)/i;
const ACK =
  /\b(?:acknowledge(?:s|d)?|acknowledg(?:e)?ment|confirm (?:its |their )?receipt|receipt|(?:first|initial) (?:response|reply)|respond(?:s)?|response|reply|replies|get back to you|hear (?:back )?from us|triage acknowledgement)\b/i;
// A time to fix, triage or pay is not the acknowledgement time.
const NOT_ACK = /\b(?:fix(?:ed|es)?|resolve[ds]?|resolution|remediat\w*|patch(?:ed)?|triage|assessment|bounty|reward|updates?|disclos(?:e|ure) publicly)\b/i;
const EXCLUDE = /\b(?:breach(?:es)?|incidents?|outages?|support|customer service|tickets?|(?:access|deletion|erasure|rights|data subject) requests?|personal data)\b/i;

function contextText(page: Page, block: Block): string {
  return [page.title, questionOf(page, block), block.label, ...block.headings, block.text].filter(Boolean).join(' ');
}

/** The duration that the acknowledgement word governs: the first one after it, before any fix/triage word. */
function ackDuration(unit: Unit): { hours: number; start: number; end: number } | null {
  const text = unit.text;
  const ack = ACK.exec(text);
  const label = unit.block.kind === 'label-value' && ACK.test(unit.block.label ?? '');
  if (!ack && !label) return null;
  const from = ack ? ack.index : 0;
  for (const d of findDurations(text)) {
    if (d.immediate || d.start < from) continue;
    const between = text.slice(from + (ack?.[0].length ?? 0), d.start);
    if (NOT_ACK.test(between)) return null;
    return { hours: Math.round(d.hours), start: d.start, end: d.end };
  }
  return null;
}

export const extractor: Extractor<number> = {
  meta: {
    id: 'vuln-ack-hours',
    field: FIELD,
    version: 1,
    description: 'Hours within which the vendor acknowledges a vulnerability report (a business day counts 24 hours)',
  },
  extract(page) {
    const out: Candidate<number>[] = [];
    for (const block of page.blocks) {
      if (block.kind === 'heading' || block.kind === 'question') continue;
      if (!TOPIC.test(contextText(page, block))) continue;
      for (const unit of unitsOf(block)) {
        if (EXCLUDE.test(unit.text)) continue;
        const d = ackDuration(unit);
        if (!d || d.hours <= 0) continue;
        const ev = evidenceAt(block, unit.start, unit.end);
        out.push(candidate(FIELD, d.hours, ev, 0.85, `acknowledgement of vulnerability reports: "${unit.text.slice(d.start, d.end)}"`));
      }
    }
    return out;
  },
};

// Must read right: "We acknowledge all reports within 24 hours and aim to resolve critical issues within 72 hours" 24;
// "We acknowledge within one business day" 24; "Acknowledgement | within 3 business days" 72;
// "Time to first response: 8 hours" 8; "We'll get back to you within 72 hours" after "Found a vulnerability?".
// Must not be fooled by: "notify affected customers within 72 hours" (breach notice); "Time to triage: 2 days";
// "aim to fix critical issues within 7 days"; "respond to data subject requests within one month".
