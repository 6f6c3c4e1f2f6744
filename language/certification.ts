/**
 * Reads the vendor's own status for one certification (SOC 2, ISO 27001, ...) from a page:
 * every mention, judged in its clause for attribution (context.ts) and polarity (polarity.ts), plus FAQ
 * answers ("Not yet.") that take their topic from the question.
 */
import type { Block, Evidence, Page } from '../claims/types';
import { THIRD_PARTY_ROLE, attributionOf, isQuestionSentence, leadOf, mayHoldClaim, questionOf, shortAnswer } from './context';
import { evidenceAt } from './evidence';
import { NEGATION, PLAN, clauseAround, polarityOf } from './polarity';
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
const STATUS = /\b(?:certifi(?:ed|cation|cate)s?|complian(?:t|ce)|accredit(?:ed|ation)|audit(?:s|ed|ors?)?|attest(?:ed|ation)s?|reports?|achieved|obtained|completed|passed|holds?|renewed|registered|scope|covered)\b/i;
// "according to ISO 27001 standards", "aligned with SOC 2", "your SOC 2 audit": not the vendor's certificate.
const NOT_STATUS = new RegExp(
  [
    String.raw`\b(?:according to|aligned (?:with|to)|-aligned|based on|in line with|consistent with|modell?ed (?:on|after)|inspired by|follows?|equivalent|mapped to|maps? to|in mind|designed to|built to|-ready|ready)\b`,
    // selling compliance, not having it: "helps you achieve SOC 2", "Get SOC 2 compliant in weeks"
    String.raw`\b(?:help(?:s|ing)? (?:you|customers|teams|organi[sz]ations)|automate|prepare for)\b|^\s*(?:get|become|achieve|start|streamline|simplify)\b`,
    // people, not the company: "ISO 27001 Lead Auditor certified staff"
    String.raw`\b(?:lead auditors?|lead implementers?|trained|training|staff|employees|engineers|team members|personnel)\b`,
    // someone else's need: "customers often require SOC 2 reports"
    String.raw`\b(?:customers?|clients?|prospects?|buyers?|enterprises?|you)\s+(?:often\s+|typically\s+|usually\s+|may\s+|might\s+)?(?:require|ask|request|need|expect)s?\b`,
    String.raw`\byour\s+(?:own\s+)?(?:\w+\s+)?$`,
    String.raw`^\s*(?:see|read|visit|refer to|learn (?:more )?about|find out (?:more )?about|check out)\b|\bfor (?:more|further) (?:details|information)\b`,
  ].join('|'),
  'i',
);
const FOLLOW_UP = /\b(?:certifi|audit|attest|accredit|assessment|report|it\b|this\b)/i;
const CERT_CONTEXT = /\b(?:certifi|complian|attest|accredit|audit)/i;
// A bare "SOC 2" item may be a navigation link under "Compliance": only a certifications list vouches for it.
const BADGE_CONTEXT = /\b(?:certifi|attest|accredit)/i;

function contextOf(page: Page, block: Block): string {
  return [block.headings.at(-1), leadOf(page, block), block.label, ...(block.header ?? [])].filter(Boolean).join(' ');
}

function quoteFor(block: Block, s: Sentence): Evidence {
  const short = s.text.length < 25 && block.kind !== 'paragraph' && block.text.length <= 240;
  return short ? evidenceAt(block, 0, block.text.length) : evidenceAt(block, s.start, s.end);
}

/** The FAQ question this block answers, or the short heading it sits right under, when either is about the topic. */
function topicOf(page: Page, block: Block, spec: CertSpec): { text: string; asked: boolean } | null {
  const q = questionOf(page, block);
  if (q !== null && spec.topic.test(q)) return THIRD_PARTY_ROLE.test(q) ? null : { text: q, asked: true };
  const h = block.headings.at(-1);
  const prev = page.blocks[block.index - 1];
  if (h && h.length <= 40 && spec.topic.test(h) && !THIRD_PARTY_ROLE.test(h) && prev?.kind === 'heading' && prev.text === h) return { text: h, asked: false };
  return null;
}

/** "(Type II in progress)" after "SOC 2 Type I": a bracket about another type or standard is its own clause. */
// "SOC 2 Type II (in progress), SOC 2 Type I (completed)": a bracket belongs to the mention just before it.
const ANY_CERT = /\b(?:SOC\s*-?\s*[123]|SOC2|ISO\s*(?:\/\s*IEC\s*)?[-:]?\s*\d{4,5}|HIPAA|PCI(?:\s*DSS)?|FedRAMP|GDPR)\b/gi;
function blankOtherBrackets(clause: string, mentionAt: number): string {
  const certs = [...clause.matchAll(ANY_CERT)].map((m) => m.index!);
  return clause.replace(/\([^()]*\)/g, (m, at: number) => {
    if (at <= mentionAt && mentionAt < at + m.length) return m;
    const owner = certs.filter((c) => c < at).at(-1);
    const another = owner !== undefined && Math.abs(owner - mentionAt) > 2;
    return another || /\bType\s*-?\s*(?:I{1,2}|[12])\b|\bSOC\b|\bISO\b/i.test(m) ? ' '.repeat(m.length) : m;
  });
}

/** A sentence with no mention, answering a question (or under a heading) about the topic: "Not yet.", "Certified since 2023." */
function answerReading(block: Block, s: Sentence, about: { text: string; asked: boolean }, spec: CertSpec): CertReading | null {
  const topic = about.text;
  // Under a plain heading only a literal "Yes." / "Not yet." answers; "We do not store card data." does not.
  const ans = about.asked || s.text.split(/\s+/).length <= 3 ? shortAnswer(s.text) : null;
  const rest = block.text.slice(s.end);
  const reason = `answer "${s.text.slice(0, 40)}" to "${topic}"`;
  const fromTopic = () => {
    const m = topic.search(spec.topic);
    return spec.variant?.(s.text, '') ?? spec.variant?.(topic.slice(m), topic.slice(0, m));
  };
  if (ans === 'no') {
    if (PLAN.test(rest)) return { status: 'planned', evidence: evidenceAt(block, 0, block.text.length), confidence: 0.85, reason };
    return { status: 'negated', evidence: evidenceAt(block, s.start, s.end), confidence: 0.9, reason };
  }
  if (ans === 'yes') return { status: 'affirmed', variant: fromTopic(), evidence: evidenceAt(block, s.start, s.end), confidence: 0.85, reason };
  const pol = polarityOf(s.text);
  // Under the topic, "Coming Q2 2026." is enough for a plan; a denial or a claim must say what it is about.
  if (pol === 'conditional' || (pol !== 'planned' && !STATUS.test(s.text))) return null;
  const status = pol === 'affirmed' ? 'affirmed' : pol;
  return { status, variant: status === 'affirmed' ? fromTopic() : undefined, evidence: evidenceAt(block, s.start, s.end), confidence: 0.85, reason };
}

// The customer's certification, not the vendor's: "customers pass their SOC 2 audits faster", "prepare for your
// ISO 27001 audit", "we help teams achieve SOC 2 compliance" (compliance-automation and consulting pages).
const CUSTOMER_OWNED = /\b(?:your|their|customers?['’]s?|clients?['’]s?)\s+(?:own\s+|first\s+|next\s+|annual\s+|upcoming\s+)?$/i;
// "ISO 27001 certified enterprises", "SOC 2 compliant data centres": the certificate describes other organisations.
const ATTRIBUTIVE_AFTER =
  /^[\s:-]*(?:(?:Type\s*(?:I{1,2}|[12])|:?\s*20\d\d)\s*)?[-\s]*(?:certified|compliant|accredited|audited|attested)\s+(?:[\w-]+\s+){0,2}?(?:enterprises|companies|customers|clients|organi[sz]ations|partners|vendors|providers|suppliers|businesses|firms|banks|insurers|data\s*cent(?:er|re)s|facilities|hosts|clouds?)\b/i;
const USED_THING_RELATIVE = /\b(?:use|uses|using|rely on|relies on|run on|runs on|built on|host(?:ed)? on|work with|partner with|choose|select)\b[^.;]*?\b(?:that|which)\s+(?:are|is|have been|has been)\b[^.;]*$/i;
const CUSTOMERS_BEFORE = /\b(?:customers|clients|users)\s+(?:include|includes|such as|like|range from)\b[^.]*$/i;
const HELPS_CUSTOMERS =
  /\b(?:help(?:s|ing)?|enabl(?:e|es|ing)|get(?:s|ting)?|guid(?:e|es|ing))\s+(?:you|customers?|clients?|teams?|companies|organi[sz]ations|startups|businesses)\s+(?:to\s+)?(?:achieve|get|become|pass|reach|maintain|prepare for|through|ready for)\s+(?:[\w-]+\s+){0,2}$/i;

/** Every reading of the certification on the page, in page order. Third-party and hypothetical mentions are dropped. */
export function readCertification(page: Page, spec: CertSpec): CertReading[] {
  const out: CertReading[] = [];
  const once = new RegExp(spec.mention.source, 'i');
  for (const block of page.blocks) {
    if (!mayHoldClaim(block)) continue;
    const mentioned = once.test(block.text);
    const topic = topicOf(page, block, spec);
    if (!mentioned && !topic) continue;
    const named = block.kind === 'label-value' && !!block.label && once.test(block.label);
    const context = contextOf(page, block);
    const bare = once.test(block.text) && block.text.replace(spec.mention, '').replace(/[\W_]+/g, '') === '';
    // A badge: a short item, or a very short line (an image's alt text), in a certifications section.
    const structural =
      named ||
      (block.kind !== 'paragraph' && block.text.length <= 120 && (bare ? BADGE_CONTEXT : CERT_CONTEXT).test(context)) ||
      (block.kind === 'paragraph' && block.text.length <= 40 && BADGE_CONTEXT.test(context));
    let prevNegated: CertReading[] = [];
    splitSentences(block.text).forEach((s, i) => {
      const here: CertReading[] = [];
      if (isQuestionSentence(s.text)) return;
      const mentions = [...s.text.matchAll(spec.mention)];
      if (mentions.length === 0) {
        const r = topic && i === 0 && !spec.others.test(block.text) ? answerReading(block, s, topic, spec) : null;
        if (r) here.push(r);
        else if (prevNegated.length > 0 && PLAN.test(s.text) && FOLLOW_UP.test(s.text)) {
          // "... is not yet SOC 2 or ISO 27001 certified. Certification is on the roadmap ..."
          for (const p of prevNegated)
            here.push({ ...p, status: 'planned', evidence: evidenceAt(block, p.evidence.start, s.end), reason: 'denied now, planned in the next sentence' });
        }
      }
      // "SOC 2 | —": a table row whose other cells say nothing states nothing.
      const silentRow = block.kind === 'table-row' && !!block.cells && block.cells.filter((c) => !once.test(c)).every((c) => /^[\W_]*$/.test(c));
      for (const m of silentRow ? [] : mentions) {
        const at = m.index!;
        const c = clauseAround(s.text, at, at + m[0].length);
        const clause = blankOtherBrackets(s.text.slice(c.start, c.end), at - c.start);
        const before = clause.slice(0, at - c.start);
        const rest = s.text.slice(c.end);
        if (attributionOf(page, block, s, s.start + at).who === 'third-party') continue;
        if (CUSTOMER_OWNED.test(before) || HELPS_CUSTOMERS.test(before) || CUSTOMERS_BEFORE.test(before)) continue;
        if (ATTRIBUTIVE_AFTER.test(s.text.slice(at + m[0].length))) continue;
        if (USED_THING_RELATIVE.test(s.text.slice(0, at))) continue;
        let pol = polarityOf(clause, at - c.start);
        if (pol === 'conditional') continue;
        const soft = NOT_STATUS.test(clause) || NOT_STATUS.test(before);
        const later = rest.search(spec.mention) < 0 && /\b(?:certifi|accredit|audit|attest|complian)/i.test(rest);
        // "We follow ISO 27001 principles but are not certified"; "not yet certified; an audit is scheduled for Q2"
        const owned = /\b(?:we|we['’]ve|I)\s+(?:now\s+|already\s+|also\s+)?(?:have|has|got|hold|possess|maintain)\s+(?:our|an?|the)?\s*(?:own\s+|current\s+|latest\s+|first\s+)?$/i.test(before);
        const bare = pol === 'affirmed' && (soft || (!STATUS.test(clause) && !owned));
        if ((pol === 'negated' || bare) && later && PLAN.test(rest)) pol = 'planned';
        else if (pol === 'affirmed' && later && NEGATION.test(rest)) pol = 'negated';
        else if (pol === 'affirmed' && (soft || (!STATUS.test(clause) && !owned && !structural && !(topic && shortAnswer(block.text) === 'yes')))) continue;
        const variant = spec.variant?.(clause.slice(at - c.start), before);
        const confidence = topic ? 0.9 : structural ? 0.85 : 0.8;
        const reason = `${pol} in "${clause.trim().slice(0, 60)}"${topic ? ` (about "${topic.text}")` : ''}`;
        here.push({ status: pol, variant, evidence: quoteFor(block, s), confidence, reason });
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
