/**
 * Where a page gives the details of the vendor's own certificate or report (the SOC 2 period and auditor,
 * the ISO 27001 scope, issuer and validity): the sentences holding a reading the judge gave to the vendor as
 * held (language/certification.ts), and the sentences that continue them or sit under a heading, question or label naming
 * it. A host's report, a plan or a denial never lends its details. Also: the names of auditors and
 * certification bodies, and the due date of a plan.
 */
import type { Block, Candidate, Page } from '../claims/types';
import { candidate } from './evidence';
import { readCertification, type CertReading, type CertSpec } from './certification';
import { THIRD_PARTY_ROLE, attributionOf, isQuestionSentence, leadOf, mayHoldClaim, questionOf } from './context';
import { findDueDates, type DateSpan } from './dates';
import { providerNames } from './names';
import { splitSentences, type Sentence } from './sentences';
import { PLAN, clauseAround, statusOfClause, withoutPseudoTriggers } from './triggers';

/** A sentence about the vendor's own, held certification. */
export interface CertSentence {
  block: Block;
  sentence: Sentence;
  /** 'mention': the sentence names the certification; 'context': a heading, question, label or the sentence before does. */
  how: 'mention' | 'context';
}

function contextOf(page: Page, block: Block): string {
  return [block.headings.at(-1), questionOf(page, block), block.label, leadOf(page, block), ...(block.header ?? [])].filter(Boolean).join(' | ');
}

// "Our next SOC 2 audit", "the upcoming observation window": about a report that does not exist yet.
const NOT_YET = /\b(?:next|upcoming|future|forthcoming|first\s+(?:SOC|ISO|audit))\b|\b(?:observation|audit)\s+(?:period|window)\s+(?:runs|is\s+running|began|begins|started|starts|ends)\b/i;

const DETAIL_LABEL = /^\s*(?:(?:audit|report|certificate|certification|observation)\s+)?(?:scope|auditors?|period|issuer|valid(?:ity|\s+until)?|expir(?:y|es|ation)(?:\s+date)?|(?:certification\s+)?body|registrar|date)\s*[:|]/i;

/** True when the clause holding text[start, end) states something current: not planned, denied or conditional. */
export function currentAt(text: string, start: number, end: number): boolean {
  const c = clauseAround(text, start, end);
  return statusOfClause(text.slice(c.start, c.end), start - c.start).status === 'affirmed';
}

// The detail extractors of one certification share one pass over the page (period, auditor, … ask the same question).
const heldCache = new WeakMap<Page, Map<CertSpec, readonly CertSentence[]>>();
const readingCache = new WeakMap<Page, Map<CertSpec, readonly CertReading[]>>();

/** readCertification, once per page and certification for the plan-date extractors. */
export function certReadings(page: Page, spec: CertSpec): readonly CertReading[] {
  const byPage = readingCache.get(page) ?? readingCache.set(page, new Map()).get(page)!;
  return byPage.get(spec) ?? byPage.set(spec, readCertification(page, spec)).get(spec)!;
}

/** Every sentence on the page about the vendor's own held certification, in page order (computed once per page and spec). */
export function heldCertSentences(page: Page, spec: CertSpec): readonly CertSentence[] {
  const byPage = heldCache.get(page) ?? heldCache.set(page, new Map()).get(page)!;
  return byPage.get(spec) ?? byPage.set(spec, findHeldCertSentences(page, spec)).get(spec)!;
}

function findHeldCertSentences(page: Page, spec: CertSpec): CertSentence[] {
  const out: CertSentence[] = [];
  const readings = certReadings(page, spec);
  const once = new RegExp(spec.mention.source, 'i');
  for (const block of page.blocks) {
    if (!mayHoldClaim(block)) continue;
    const context = contextOf(page, block);
    let carry = spec.topic.test(context) && !THIRD_PARTY_ROLE.test(context) && !NOT_YET.test(context);
    if (!carry && !once.test(block.text)) continue;
    for (const s of splitSentences(block.text)) {
      if (isQuestionSentence(s.text)) continue;
      const mentions = [...s.text.matchAll(spec.mention)];
      if (mentions.length > 0) {
        // The judge has ruled on these mentions already (certReadings, shared with the certification's own
        // extractor): asking again would spend the page's compromise allowance (nlp.ts) twice.
        // A report row ("SOC 2 Type II | Oct 2024 – Sep 2025 | Available under NDA") names no status word, yet is the vendor's.
        const row = block.kind === 'table-row' || block.kind === 'label-value';
        const held = readings.some((r) => (r.status === 'affirmed' || (row && r.status === 'mentioned')) && r.evidence.block === block.index && r.evidence.start < s.end && r.evidence.end > s.start);
        carry = held && !NOT_YET.test(s.text);
        if (carry) out.push({ block, sentence: s, how: 'mention' });
        continue;
      }
      if (!carry) continue;
      // A sentence naming another standard, a host, a plan or a denial ends the run.
      // "Scope: …", "Auditor: …" open with a detail's label, not a provider's name.
      const who = DETAIL_LABEL.test(s.text) ? 'vendor' : attributionOf(page, block, s).who;
      if (spec.others.test(s.text) || NOT_YET.test(s.text) || who !== 'vendor' || statusOfClause(s.text).status !== 'affirmed') {
        carry = false;
        continue;
      }
      out.push({ block, sentence: s, how: 'context' });
    }
  }
  return out;
}

/**
 * A firm's name as written: capitalised words ("Prescient Assurance", "A-LIGN", "Schellman & Company, LLC",
 * "BDO USA, LLP", "BSI"), with a legal suffix when it has one. Group 1 is the name.
 */
export const FIRM_NAME = String.raw`([A-ZÀ-ÖØ-Þ][\wÀ-ÖØ-öø-ÿ&'’-]*(?:\s+(?:&\s+)?(?:[A-ZÀ-ÖØ-Þ][\wÀ-ÖØ-öø-ÿ&'’-]*|of|for|de|van)){0,5}(?:,?\s+(?:LLP|LLC|L\.L\.P\.|Inc\.|Inc|P\.C\.|PLLC|Ltd\.|Ltd|Limited|GmbH|AG|B\.V\.|S\.A\.|Corp\.|Corporation|Group))?)(?![\wÀ-ÖØ-öø-ÿ&'’-])`;

const NOT_A_FIRM = /^(?:The|An?|Our|We|It|Its|This|That|These|Those|Independent|External|Third|AICPA|SOC|ISO|IEC|Type|SSAE|ISAE|UKAS|ANAB|DAkkS|IAS|Annex|Trust|Security|Customers?|Clients?|Users?|You|Your|Request|Contact|Please|In|On|At|For|With|As|All|Each|Every|Both)(?:\s|$)/;

/** The firm named in `text` from `at` on, cleaned of a trailing "of"/"for", or null when it is no firm ("an independent auditor"). */
export function firmAt(page: Page, name: string): string | null {
  const clean = name.replace(/\s+(?:of|for|de|van)$/i, '').trim();
  if (!clean || NOT_A_FIRM.test(clean) || clean.length > 80) return null;
  if (THIRD_PARTY_ROLE.test(clean) || providerNames(page).has(clean.split(/\s+/)[0]!)) return null;
  return clean;
}

/**
 * The date a planned certification is due, read in the plan's own clause: the first date after the plan's trigger
 * ("expected in early 2026", "scheduled for Q2 2026", "by the end of 2025"), else one in the trigger's clause
 * ("In 2027 we plan to …"). A date before the trigger in another clause ("Type I in 2024; Type II in progress") is not the plan's.
 */
export function planDueDate(reading: CertReading): DateSpan | null {
  if (reading.status !== 'planned') return null;
  const quote = reading.evidence.quote;
  const plain = withoutPseudoTriggers(quote);
  const trigger = plain.match(PLAN);
  const dates = findDueDates(quote);
  if (!trigger || dates.length === 0) return null;
  const after = dates.find((d) => d.end > trigger.index!);
  if (after) return after;
  const clause = clauseAround(plain, trigger.index!, trigger.index! + trigger[0].length);
  return dates.filter((d) => d.start >= clause.start && d.end <= clause.end).at(-1) ?? null;
}

// Must read right: under "SOC 2 Type II", "Our latest report covers January 1 – December 31, 2025." (context);
// "Our SOC 2 Type II report was issued by Prescient Assurance." (mention); "ISO 27001 … expected in early 2026" due.
// Must not be fooled by: "AWS's SOC 2 report covers …" (a host's); "Our next SOC 2 audit will cover …" (not yet);
// "SOC 2 Type II is in progress. The audit is being conducted by A-LIGN." (a plan lends nothing).

/** The candidates of a certification's plan date: one per planned reading that names when it is due. */
export function planDueCandidates(page: Page, spec: CertSpec, field: string, name: string): Candidate<string>[] {
  const out: Candidate<string>[] = [];
  for (const r of certReadings(page, spec)) {
    const due = planDueDate(r);
    if (due) out.push(candidate(field, due.value, r.evidence, r.confidence, `the ${name} plan's date: "${r.evidence.quote.slice(due.start, due.end)}"`));
  }
  return out;
}
