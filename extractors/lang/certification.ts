/**
 * Reads the vendor's own status for one certification (SOC 2, ISO 27001, ...) from a page:
 * every mention, judged in its clause for attribution (context.ts) and polarity (polarity.ts), plus FAQ
 * answers ("Not yet.") that take their topic from the question.
 */
import type { Block, Evidence, Page } from '../types';
import { THIRD_PARTY_ROLE, attributionOf, leadOf, questionOf, shortAnswer } from './context';
import { evidenceAt } from './evidence';
import { PLAN, clauseAround, polarityOf } from './polarity';
import { splitSentences, type Sentence } from './sentences';

export interface CertSpec {
  /** Global regex for a mention of the certification ("SOC 2", "SOC2", "ISO/IEC 27001:2022"). */
  mention: RegExp;
  /** Regex for a FAQ question about it ("Do you have SOC 2 certification?"). */
  topic: RegExp;
  /** Other certifications: a bare "Yes." to a question that names them is not about this one. */
  others: RegExp;
  /** A variant read from the clause after the mention (e.g. SOC 2 "type2"). */
  variant?(after: string, before: string): string | undefined;
}

export interface CertReading {
  status: 'affirmed' | 'planned' | 'negated';
  variant?: string;
  evidence: Evidence;
  confidence: number;
  reason: string;
}

// A clause only states a status when it says so: certified, compliant, audited, a report exists ...
const STATUS = /\b(?:certifi(?:ed|cation|cate)s?|complian(?:t|ce)|accredit(?:ed|ation)|audit(?:s|ed|or)?|attest(?:ed|ation)s?|reports?|achieved|obtained|completed|passed|holds?|renewed|registered|scope|covered)\b/i;
// "according to ISO 27001 standards", "aligned with SOC 2", "your SOC 2 audit": not the vendor's certificate.
const NOT_STATUS = /\b(?:according to|aligned (?:with|to)|-aligned|based on|in line with|consistent with|modell?ed (?:on|after)|inspired by|follows?|equivalent|mapped to|help(?:s|ing)? (?:you|customers|teams|organi[sz]ations)|automate|prepare for)\b|\byour\s+(?:own\s+)?(?:\w+\s+)?$/i;
const FOLLOW_UP = /\b(?:certifi|audit|attest|accredit|assessment|report|it\b|this\b)/i;
const CERT_CONTEXT = /\b(?:certifi|complian|attest|accredit|audit|standards|trust)/i;

function contextOf(page: Page, block: Block): string {
  return [block.headings.at(-1), leadOf(page, block), block.label, ...(block.header ?? [])].filter(Boolean).join(' ');
}

function quoteFor(block: Block, s: Sentence): Evidence {
  const short = s.text.length < 25 && block.kind !== 'paragraph' && block.text.length <= 240;
  return short ? evidenceAt(block, 0, block.text.length) : evidenceAt(block, s.start, s.end);
}

/** Every reading of the certification on the page, in page order. Third-party and hypothetical mentions are dropped. */
export function readCertification(page: Page, spec: CertSpec): CertReading[] {
  const out: CertReading[] = [];
  for (const block of page.blocks) {
    if (block.kind === 'heading' || block.kind === 'question') continue;
    const q = questionOf(page, block);
    const onTopic = q !== null && spec.topic.test(q) && !THIRD_PARTY_ROLE.test(q);
    const structural = block.kind !== 'paragraph' && block.text.length <= 120 && CERT_CONTEXT.test(contextOf(page, block));
    const sentences = splitSentences(block.text);
    let prevNegated: CertReading[] = [];
    sentences.forEach((s, i) => {
      const here: CertReading[] = [];
      if (/\?["”)]?\s*$/.test(s.text)) return;
      const mentions = [...s.text.matchAll(spec.mention)];
      if (mentions.length === 0) {
        if (onTopic && i === 0 && !spec.others.test(block.text)) {
          const ans = shortAnswer(s.text);
          const rest = block.text.slice(s.end);
          const planned = (ans === 'no' && PLAN.test(rest)) || (ans === null && PLAN.test(s.text));
          const ev = planned && ans === 'no' ? evidenceAt(block, 0, block.text.length) : evidenceAt(block, s.start, s.end);
          const reason = `FAQ answer "${s.text.slice(0, 40)}" to "${q}"`;
          if (planned) here.push({ status: 'planned', evidence: ev, confidence: 0.85, reason });
          else if (ans === 'no') here.push({ status: 'negated', evidence: ev, confidence: 0.9, reason });
          else if (ans === 'yes') {
            const m = q!.search(spec.topic);
            here.push({ status: 'affirmed', variant: spec.variant?.(q!.slice(m), q!.slice(0, m)), evidence: ev, confidence: 0.85, reason });
          }
        } else if (prevNegated.length > 0 && PLAN.test(s.text) && FOLLOW_UP.test(s.text)) {
          // "... is not yet SOC 2 or ISO 27001 certified. Certification is on the roadmap ..."
          for (const r of prevNegated)
            here.push({ ...r, status: 'planned', evidence: evidenceAt(block, r.evidence.start, s.end), reason: 'denied now, planned in the next sentence' });
        }
      }
      for (const m of mentions) {
        const at = m.index!;
        const c = clauseAround(s.text, at, at + m[0].length);
        const clause = s.text.slice(c.start, c.end);
        const before = s.text.slice(c.start, at);
        if (NOT_STATUS.test(clause) || NOT_STATUS.test(before)) continue;
        const who = attributionOf(page, block, s, s.start + at);
        if (who.who === 'third-party') continue;
        let pol = polarityOf(clause, at - c.start);
        // "not yet ISO 27001 certified; an external audit is scheduled for Q2 2026"
        if (pol === 'negated' && PLAN.test(s.text.slice(c.end)) && FOLLOW_UP.test(s.text.slice(c.end))) pol = 'planned';
        if (pol === 'conditional') continue;
        const yes = onTopic && shortAnswer(block.text) === 'yes';
        if (pol === 'affirmed' && !STATUS.test(clause) && !structural && !yes) continue;
        const status = pol === 'affirmed' ? 'affirmed' : pol;
        const variant = spec.variant?.(s.text.slice(at, c.end), s.text.slice(c.start, at));
        const confidence = onTopic ? 0.9 : structural ? 0.85 : 0.8;
        const reason = `${status} in "${clause.trim().slice(0, 60)}"${onTopic ? ` (answer to "${q}")` : ''}`;
        here.push({ status, variant, evidence: quoteFor(block, s), confidence, reason });
      }
      out.push(...here);
      prevNegated = here.filter((r) => r.status === 'negated');
    });
  }
  return out;
}

// Must read right: "As a SOC2 Type II certified organization, ..." affirmed; "SOC 2 Type 2 (annually renewed)" in a
// certifications list affirmed; "Not yet." answering "Do you have SOC 2 certification?" negated; "not yet SOC 2 or
// ISO 27001 certified. Certification is on the roadmap" planned.
// Must not be fooled by: "Fly.io — ... SOC 2 Type II certified." under Subprocessors; "If SOC 2 compliance is a
// requirement ... contact us"; "No." answering a pen-testing question; "performed according to ISO 27001 standards".
