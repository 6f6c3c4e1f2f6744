/**
 * Reads the vendor's own status for one certification (SOC 2, ISO 27001, ...) from a page:
 * every mention, judged in its clause for attribution (context.ts) and polarity (polarity.ts), plus FAQ
 * answers ("Not yet.") that take their topic from the question.
 */
import type { Block, Candidate, Evidence, Page } from '../claims/types';
import { LEVEL_TERM, THIRD_PARTY_ROLE, asksAboutOwn, withoutAnswerMark, isQuestionSentence, leadOf, mayHoldClaim, questionOf, shortAnswer } from './context';
import { candidate, evidenceAt, pageOrder } from './evidence';
import { judge } from './judge';
import { providerNames } from './names';
import { CLAUSE_BREAK, NEGATION, NO_PLAN, PLAN, statusOfClause, withoutAttributiveStatus, withoutPseudoTriggers } from './triggers';
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
  /** 'mentioned': the vendor names the certification but no clause states its status ("mentioned — status unclear"). */
  status: 'affirmed' | 'planned' | 'negated' | 'mentioned';
  /**
   * How explicit the reading is: 3 the vendor's own statement in a sentence, or a FAQ answer on the topic;
   * 2 a listing (a certifications list, a status table row, a label); 1 a bare badge or heading mention.
   * An explicit statement is never outranked by a weaker one (docs/FIELDS.md, "When readings disagree").
   */
  strength: 1 | 2 | 3;
  variant?: string;
  evidence: Evidence;
  confidence: number;
  reason: string;
}

// What an answer under the topic must say to count ("Certified since 2023.", "Audited annually.").
const STATED = /\b(?:certifi(?:ed|cation|cate)s?|re-?certifi\w*|examin(?:ed|ation)s?|complian(?:t|ce)|accredit(?:ed|ation)|audit(?:s|ed|ors?)?|attest(?:ed|ation)s?|reports?|achieved|obtained|completed|passed|holds?|renewed|registered|valid|validated|active|current|in place|issued)\b/i;
/** Whether a sentence without the certification's name states a status (see triggers.ts withoutAttributiveStatus). */
export function statesStatus(text: string): boolean {
  return STATED.test(withoutAttributiveStatus(text));
}
const FOLLOW_UP = /\b(?:certifi|recertifi|re-certifi|renew|audit|attest|accredit|assessment|report|it\b|this\b)/i;

/** Other frameworks a sentence may plan or deny instead: every certificate spec's `others` includes them. */
export const OTHER_FRAMEWORKS = String.raw`\bCMMC\b|\bAS\s?9100\w*|\bIEC\s*62443\b|\bNERC\s+CIP\b|\bISAE\s*3402\b|\bTPN\b|\bHIPAA\b|\bPCI\b|\bGDPR\b|\bFedRAMP\b|\bCyber\s+Essentials\b|\bC5\b|\bTISAX\b|\bHITRUST\b|\bCSA\s+STAR\b|\bIRAP\b|\bISMAP\b|\bENS\b|\bSecNumCloud\b|\bHDS\b|\bDORA\b|\bNIS\s*2\b`;
const CERT_CONTEXT = /\b(?:certifi|complian|attest|accredit|audit)/i;
// A bare "SOC 2" item may be a navigation link under "Compliance": only a certifications list vouches for it.
const BADGE_CONTEXT = /\b(?:certifi|attest|accredit)/i;

// "Which certifications do you hold?" — a short answer naming the certification lists it as held.
const HOLD_QUESTION = /\b(?:which|what)\s+(?:security\s+)?(?:certifications?|attestations?|accreditations?|audits?|compliance (?:certifications?|standards?))\b[^?]*\b(?:hold|have|maintain|achieved|obtained|in place|currently)\b/i;

function contextOf(page: Page, block: Block): string {
  const q = questionOf(page, block);
  return [block.headings.at(-1), leadOf(page, block), block.label, ...(block.header ?? []), q && HOLD_QUESTION.test(q) ? 'certifications held' : null].filter(Boolean).join(' ');
}

function quoteFor(block: Block, s: Sentence): Evidence {
  const short = s.text.length < 25 && block.kind !== 'paragraph' && block.text.length <= 240;
  return short ? evidenceAt(block, 0, block.text.length) : evidenceAt(block, s.start, s.end);
}

/** The FAQ question this block answers, or the short heading it sits right under, when either is about the topic. */
function topicOf(page: Page, block: Block, spec: CertSpec): { text: string; asked: boolean } | null {
  const q = questionOf(page, block);
  if (q !== null && spec.topic.test(q)) return THIRD_PARTY_ROLE.test(q) || asksAboutOwn(q, spec.topic) ? null : { text: q, asked: true };
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
    // A bracket that is only a name ("our inspection partner network (InspectNet) has its own …") says who, not a status.
    if (/^\(\s*[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2}\s*\)$/.test(m) && !/^\(\s*(?:SOC|ISO|PCI|HIPAA|Type)\b/i.test(m)) return m;
    // "SOC 2 (Type 2)": a bracket right after the mention holding only its type is its type.
    if (/^\(\s*Type\s*-?\s*(?:I{1,2}|[12])\s*\)$/i.test(m) && /^[\w\s/-]{0,12}$/.test(clause.slice(mentionAt, at)) && certs.filter((c) => c > mentionAt && c < at).length === 0) return m;
    // "SOC 2 Type I (completed), Type II (planned for 2026)": a bracket after another type listed later is that type's.
    if (at > mentionAt && /[,;]\s*(?:and\s+)?Type\s*-?\s*(?:I{1,2}|[12])\s*$/i.test(clause.slice(mentionAt, at))) return ' '.repeat(m.length);
    const owner = certs.filter((c) => c < at).at(-1);
    const another = owner !== undefined && Math.abs(owner - mentionAt) > 2;
    return another || /\bType\s*-?\s*(?:I{1,2}|[12])\b|\bSOC\b|\bISO\b/i.test(m) ? ' '.repeat(m.length) : m;
  });
}

/** A sentence with no mention, answering a question (or under a heading) about the topic: "Not yet.", "Certified since 2023." */
// A held certificate's next audit or renewal after a yes: "Yes — our annual surveillance audit is scheduled for May".
const RENEWS = /\b(?:renew\w*|surveillance|re-?certif\w*|recertif\w*|next\s+(?:audit|window|assessment|report|cycle)|annual|yearly|scope|extend\w*|on\s+track|current\s+report)\b/i;
// An answer about the customer's goals, or to a question that asks why or what a mention means ("Why does your site
// mention HIPAA?", "I saw SOC 2 on your brochure. What does that refer to?"), states no status of the vendor's.
export const NOT_A_STATUS_QUESTION = /(?:^|[.?!]\s+)(?:Q\s*:\s*)?(?:why\b|what\s+(?:does|do|did|is)\s+(?:that|this|it|the\s+[\w-]+)\s+(?:refer|mean|stand|about)\b)/i;
// A heading that is the standard and one type, and nothing else ("SOC 2 Type 2", "SOC 2 Type II report"): not "SOC 2 Type II
// (planned for 2026)", "Moving from SOC 2 Type I to Type II", "Hosted on AWS (ISO 27001, SOC 2 Type II)".
const BARE_TYPE_HEADING = /^\W*(?:our\s+|the\s+)?(?:AICPA\s+)?SOC\s*-?\s*2\s*(?:®\s*)?(?:Type\s*-?\s*(?:I{1,2}|[12]))\s*(?:report|attestation|examination|audit|compliance)?\W*$/i;
const OTHER_EVIDENCE = /\b(?:CJIS|CAIQ|CSA\s+STAR|StateRAMP|FedRAMP|IRAP|BSI\s+C5|C5|TISAX|Cyber\s+Essentials|HDS|ISMAP|NIST|HITRUST|ISAE|SSAE|penetration\s+test\w*|pen[- ]?test\w*|questionnaires?|SIG(?:\s+Lite)?|control\s+matri(?:x|ces)|compliance\s+matri(?:x|ces))\b/i;
const PREVIOUS_ONE = /\b(?:previous|prior|old|older|former|earlier)\s+(?:[\w-]+\s+)?(?:certificates?|certifications?|reports?|attestations?|editions?|versions?)\b/i;
/** A footer after an unanswered question ("© 2025 Acme, Inc. · …") answers nothing. */
export const FOOTER_LINE = /^\W*(?:©|\(c\)\s|copyright\b)/i;
/**
 * An answer with no mention that says nothing of the vendor's status for the certification asked about: it points
 * elsewhere ("See … above"), speaks of the customer's goals, or (when it claims something) claims another framework's
 * or document's ("we provide our CJIS compliance matrix and a completed CAIQ").
 */
// "The AS9100D certificate is the one most supplier portals ask for": an answer about another standard's paper.
const OTHER_CERT_SUBJECT = new RegExp(String.raw`^\W*(?:the|our)\s+(?:[\w-]+\s+){0,2}?(?:${OTHER_FRAMEWORKS}|\bISO\s*(?:9001|13485|14001|22301|27701|42001)\b|\bSOC\s*[13]\b)`, 'i');
// The vendor's own paper named in the answer ("…: our Type II report covers calendar year 2024"): it answers after all.
const OWN_PAPER = /\b(?:our|its)\s+(?:[\w-]+\s+){0,2}?(?:reports?|certificat\w*|attestations?)\b/i;
// "We get this question more than any other, …, so here is the straight answer.": a lead-in to the answer, not one.
const LEAD_IN = /\b(?:this|that|the)\s+question\b|\bhere\s+is\s+(?:the|our)\s+(?:straight|short|honest|full|simple|plain)?\s*answer\b|\b(?:let\s+us|let['’]s)\s+(?:explain|be\s+clear)\b/i;
// "We know many of you have a vendor-risk policy that asks for a Type II report": what someone asks for.
const ASKS_FOR = /\b(?:asks?|asked|asking|requires?|required|requiring|requests?|requested|requesting|looks?\s+for|calls?\s+for|demands?)\s+(?:for\s+)?(?:an?\s+|the\s+|your\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:reports?|certificat\w+|attestations?|audits?)\b/i;
export function answersSomethingElse(text: string, question: string, affirms: boolean): boolean {
  // (Not an answer that also states the status in words: "We have been certified since 2019 and also commission annual
  // penetration tests", "Check our trust center for the certificate, which we have held since 2019".)
  const ownStatus = HELD_WORDS.test(text);
  return CUSTOMER_GOAL.test(text) || (POINTS_ELSEWHERE.test(withoutAnswerMark(text)) && !ownStatus) || NOT_A_STATUS_QUESTION.test(question) || (affirms && OTHER_EVIDENCE.test(text) && !ownStatus) || (ASKS_FOR.test(text) && !ownStatus) || ((LEAD_IN.test(text) || OTHER_CERT_SUBJECT.test(text)) && !OWN_PAPER.test(text.replace(OTHER_CERT_SUBJECT, ' ')));
}
export const CUSTOMER_GOAL = /\b(?:help(?:s|ing)?|enabl(?:e|es|ing)|mak(?:e|es|ing)\s+it\s+(?:easier|simpler)\s+for)\s+(?:you|your|customers?|clients?)\b/i;
// Words that state the status themselves, so an answer holding them is read, whatever else it says.
const HELD_WORDS = /\b(?:certified|accredited|audited|attested|held|hold|holds|renewed|since\s+(?:19|20)\d\d)\b/i;
// "See 'Help with your own audits' above", "Please refer to our Trust Portal": an answer that points elsewhere states nothing.
const POINTS_ELSEWHERE = /^\W*(?:please\s+)?(?:see|refer\s+to|check|visit|read)\b/i;
const EITHER_OF = /\b(?:SOC\s*-?\s*[123]|ISO(?:\/IEC)?\s*\d{4,5})\s*(?:\/|\bor\b)\s*(?:SOC|ISO)|\bor\s+(?:similar|equivalent|comparable|other)\b/i;
function answerReading(page: Page, block: Block, s: Sentence, about: { text: string; asked: boolean }, spec: CertSpec): CertReading | null {
  const topic = about.text;
  // Under a plain heading only a literal "Yes." / "Not yet." answers; "We do not store card data." does not.
  // (…or one that opens on the answer word: "Not yet, and it isn't on our 2025 roadmap.")
  const ans = about.asked || s.text.split(/\s+/).length <= 3 || /^\W*(?:not yet|no)\s*[,;—–]/i.test(s.text) ? shortAnswer(s.text) : null;
  const rest = block.text.slice(s.end);
  const reason = `answer "${s.text.slice(0, 40)}" to "${topic}"`;
  if (FOOTER_LINE.test(s.text)) return null;
  const fromTopic = () => {
    const m = topic.search(spec.topic);
    return spec.variant?.(s.text, '') ?? spec.variant?.(topic.slice(m), topic.slice(0, m));
  };
  const strength = about.asked ? 3 : 2;
  if (ans === 'no') {
    // "Not yet — we're in the middle of our audit, Stage 2 is scheduled for Q3" is a plan; "No, and we have no plans to" is not.
    const after = `${s.text.replace(/^\W*(?:no|not yet|not currently|not at this time)\b/i, '')} ${rest}`;
    // "Do you have SOC 2 or ISO 27001?" / "Not yet … We are targeting a SOC 2 Type 1 report next year": a plan that
    // names only another certification is that one's; this one stays denied.
    const othersPlan = spec.others.test(after) && after.search(spec.mention) < 0;
    if (!othersPlan && PLAN.test(withoutPseudoTriggers(after)) && !NO_PLAN.test(after)) return { status: 'planned', strength, evidence: evidenceAt(block, 0, block.text.length), confidence: 0.85, reason };
    return { status: 'negated', strength, evidence: evidenceAt(block, s.start, s.end), confidence: 0.9, reason };
  }
  // "Yes — our infrastructure runs on AWS, which is SOC 2 certified": a yes that rests on someone else's certificate.
  const restsOnOthers = THIRD_PARTY_ROLE.test(s.text.replace(LEVEL_TERM, '')) || /\b(?:which|that|who) (?:is|are|holds?)\b/i.test(s.text) || [...providerNames(page)].some((n) => s.text.includes(n));
  // "Do you allow tenants to view your SOC 2/ISO 27001 or similar audit reports?" / "Yes": a yes to either of several says
  // neither.
  if (ans === 'yes' && EITHER_OF.test(topic) && spec.others.test(topic)) return null;
  if (ans === 'yes' && !restsOnOthers) {
    // "Yes, once it's issued", "Yes — our first audit is underway": the clause after the yes is a plan.
    const first = withoutPseudoTriggers(s.text.replace(/^\W*(?:yes|yep|correct|absolutely)\b\W*/i, '')).split(CLAUSE_BREAK)[0]!;
    if (statusOfClause(first).status === 'planned' && !NO_PLAN.test(first) && !RENEWS.test(first)) return { status: 'planned', strength, evidence: evidenceAt(block, s.start, s.end), confidence: 0.85, reason };
    return { status: 'affirmed', strength, variant: fromTopic(), evidence: evidenceAt(block, s.start, s.end), confidence: 0.85, reason };
  }
  // "Do you have a SOC 2 report?" / "No. … Instead, we offer:" / "– the right to audit us on site": what follows a no lists
  // something else.
  if (answeredNoBefore(page, block, topic)) return null;
  // "Our hosting provider holds both": an answer about someone else's certificate states nothing of the vendor's; nor
  // does one about the customer's ("Our brochure describes how ColdLink helps you achieve your own compliance goals").
  const pol = statusOfClause(s.text).status;
  if (ans === 'yes' || restsOnOthers || answersSomethingElse(s.text, topic, pol === 'affirmed')) return null;
  // Under the topic, "Coming Q2 2026." is enough for a plan; a denial or a claim must say what it is about.
  if (pol === 'conditional' || (pol !== 'planned' && !statesStatus(s.text))) return null;
  const status = pol === 'affirmed' ? 'affirmed' : pol;
  return { status, strength, variant: status === 'affirmed' ? fromTopic() : undefined, evidence: evidenceAt(block, s.start, s.end), confidence: 0.85, reason };
}

/** Whether the list item goes on from an answer to the same question that opened with a no. */
function answeredNoBefore(page: Page, block: Block, question: string): boolean {
  // (Only the items of a list the answer goes on to: "No. … Instead, we offer:" / "– the right to audit us on site".)
  if (block.kind !== 'list-item') return false;
  let first: Block | null = null;
  for (let i = block.index - 1; i >= Math.max(0, block.index - 12); i--) {
    const b = page.blocks[i]!;
    if (b.kind === 'question' || b.kind === 'heading' || questionOf(page, b) !== question) break;
    first = b;
  }
  return first !== null && shortAnswer(splitSentences(first.text)[0]?.text ?? '') === 'no';
}

/** Every reading of the certification on the page, in page order. Third-party and hypothetical mentions are dropped. */
export function readCertification(page: Page, spec: CertSpec): CertReading[] {
  const out: CertReading[] = [];
  let badgesDisowned = false;
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
    let waited = 0;
    const sentences = splitSentences(block.text);
    sentences.forEach((s, i) => {
      const here: CertReading[] = [];
      if (isQuestionSentence(s.text)) return;
      const mentions = [...s.text.matchAll(spec.mention)];
      // "SOC 2 Type II. Annual examination covering Security …" — a block (a card, a list item) that opens with the bare
      // name as its label: the next sentence, naming nothing else, says its status.
      const next = sentences[i + 1];
      if (i === 0 && next && mentions.length > 0 && s.text.replace(spec.mention, '').replace(/\bType\s*-?\s*(?:II|2|I|1)\b|[:\d/]/gi, '').replace(/[\W_]+/g, '') === '' && !spec.others.test(next.text) && !once.test(next.text) && statesStatus(next.text)) {
        const status = statusOfClause(next.text).status;
        if (status !== 'conditional') {
          out.push({ status, strength: 2, variant: status === 'affirmed' || status === 'planned' ? spec.variant?.(s.text.slice(mentions[0]!.index!), '') : undefined, evidence: evidenceAt(block, s.start, next.end), confidence: 0.85, reason: `${status}: the label "${s.text.trim()}" and the sentence after it` });
          prevNegated = [];
          return;
        }
      }
      if (mentions.length === 0) {
        const r = topic && i === 0 && (shortAnswer(s.text) === 'no' || !spec.others.test(s.text)) ? answerReading(page, block, s, topic, spec) : null;
        if (r) here.push(r);
        else if (prevNegated.length > 0 && statusOfClause(s.text).status === 'planned' && FOLLOW_UP.test(s.text) && !spec.others.test(s.text)) {
          // "... is not yet SOC 2 or ISO 27001 certified. Certification is on the roadmap ..."
          for (const p of prevNegated)
            here.push({ ...p, status: 'planned', strength: 3, evidence: evidenceAt(block, p.evidence.start, s.end), reason: 'denied now, planned in the next sentence' });
        }
      }
      // "SOC 2 | —": a table row whose other cells say nothing states nothing (a tick or a cross says something).
      const others = block.cells?.filter((c) => !once.test(c)) ?? [];
      // (A row whose every cell names the certification is not silent: "SOC 2 Type II | SOC 2 Type II report issued annually".)
      const silentRow = block.kind === 'table-row' && others.length > 0 && others.every((c) => /^[\W_]*$/.test(c) && !/[✓✔☑✅✗✘❌]/.test(c));
      for (const m of silentRow ? [] : mentions) {
        const at = m.index!;
        // Judge on the sentence with brackets about other certifications blanked (same length, offsets hold).
        const masked = blankOtherBrackets(s.text, at);
        const j = judge({ page, block, unit: { text: masked, start: s.start, end: s.end }, at, end: at + m[0].length, kind: 'certification' });
        // "The SOC 2, ISO 27001 and PCI DSS badges belong to Google Cloud and Stripe": the page disowns its badges.
        if (j.holder === 'third-party' && BADGE_WORD.test(s.text)) badgesDisowned = true;
        if (j.holder !== 'vendor' || j.status === 'conditional') continue;
        const clause = masked.slice(j.clause.start, j.clause.end);
        const before = masked.slice(j.clause.start, at);
        const rest = s.text.slice(j.clause.end);
        const later = rest.search(spec.mention) < 0 && /\b(?:certifi|accredit|audit|attest|complian|report)/i.test(rest);
        const yes = !!topic && shortAnswer(block.text) === 'yes';
        let status: CertReading['status'] = j.status === 'planned' ? 'planned' : j.status === 'denied' ? 'negated' : 'affirmed';
        const bare = status === 'affirmed' && (j.status === 'descriptive' || !j.stated);
        // "We follow ISO 27001 principles but are not certified"; "not yet certified; an audit is scheduled for Q2"
        if ((status === 'negated' || bare) && later && PLAN.test(rest) && !NO_PLAN.test(rest)) status = 'planned';
        // (Not "…; our previous certificate expired and was replaced by the current one": that negation is of an older one.)
        else if (status === 'affirmed' && later && NEGATION.test(rest) && !PREVIOUS_ONE.test(rest)) status = 'negated';
        else if (status === 'affirmed' && (j.status === 'descriptive' || (!j.stated && !structural && !yes))) status = 'mentioned';
        // (A sentence that names no type under a heading that does — "SOC 2 Type 2" / "… audited annually against the SOC 2
        // Trust Services Criteria" — takes the heading's type when it is held.)
        const own = status === 'affirmed' || status === 'planned' ? spec.variant?.(clause.slice(at - j.clause.start), before) : undefined;
        const fromHeading = () => {
          const t = topic!.text.search(spec.mention);
          return t < 0 ? undefined : spec.variant?.(topic!.text.slice(t), topic!.text.slice(0, t));
        };
        // (Not a question's: "Is Acme SOC 2 Type II?" / "We share our SOC 2 report under NDA" leaves the type unsaid.)
        const variant = own ?? (status === 'affirmed' && topic && !topic.asked && BARE_TYPE_HEADING.test(topic.text) ? fromHeading() : undefined);
        const explicit = j.stated || status === 'negated' || status === 'planned';
        // A list item or a label's value that is a sentence in the vendor's own voice ("We … do not currently hold ISO 27001") is its own
        // statement, as a paragraph is: it outranks a bare badge in the same list.
        const ownSentence = (block.kind === 'list-item' || block.kind === 'label-value') && /\b(?:[Ww]e|[Oo]ur|us)\b/.test(s.text) && s.text.trim().split(/\s+/).length >= 6;
        // (A badge that states no status, "ISO 27001 · 2025" in a row of badges, is the weakest tier: a status row saying
        // "Planned" outranks it.)
        const strength: CertReading['strength'] = topic?.asked || (explicit && (block.kind === 'paragraph' || ownSentence)) ? 3 : explicit ? 2 : 1;
        const confidence = status === 'mentioned' ? 0.3 : topic ? 0.9 : structural ? 0.85 : 0.8;
        const reason = status === 'mentioned' ? `mentioned — status unclear: "${clause.trim().slice(0, 60)}"` : `${status}: ${j.reason}${topic ? ` (about "${topic.text}")` : ''}`;
        here.push({ status, strength, variant, evidence: quoteFor(block, s), confidence, reason });
      }
      out.push(...here);
      // A denial waits for its plan across up to two sentences that name no certification ("…certified until 2023. The
      // certificate expired during the change. We are now in the recertification process; the audit is planned for Q4").
      if (here.length > 0 || mentions.length > 0 || spec.others.test(s.text)) {
        prevNegated = here.filter((r) => r.status === 'negated');
        waited = 0;
      } else if (++waited > 2) prevNegated = [];
    });
  }
  // Badges the page says are someone else's state nothing of the vendor's: only the weakest, bare readings are dropped.
  return badgesDisowned ? out.filter((r) => !(r.strength === 1 && r.status === 'affirmed')) : out;
}
const BADGE_WORD = /\b(?:badges?|logos?|seals?|chips?|icons?|emblems?)\b/i;

// Must read right: "As a SOC2 Type II certified organization, ..." affirmed; "SOC 2 Type 2 (annually renewed)" in a
// certifications list affirmed; "Not yet." answering "Do you have SOC 2 certification?" negated; "not yet SOC 2 or
// ISO 27001 certified. Certification is on the roadmap" planned.
// Must not be fooled by: "Fly.io — ... SOC 2 Type II certified." under Subprocessors; "If SOC 2 compliance is a
// requirement ... contact us"; "No." answering a pen-testing question; "performed according to ISO 27001 standards".

// Held once, not now: what a denial says when it closes a held past.
// Held again after a lapse: re-certified, renewed, held today; or dated after the lapse ("In March 2023 Acme achieved
// ISO 27001 certification" after "lapsed in 2022"). Not "Acme is now ISO 27001 certified!" in a 2019 post further down.
const HELD_AGAIN = /\b(?:re-?certif\w*|recertif\w*|renew(?:ed|al)|regained|again|today|currently|still)\b/i;
const latestYear = (text: string) => Math.max(0, ...[...text.matchAll(/\b(?:19|20)\d\d\b/g)].map((m) => Number(m[0])));
export const LAPSE = /\b(?:not\s+(?:to\s+)?renew(?:ed|ing)?|did\s+not\s+renew|didn['’]t\s+renew|no\s+longer|lapsed?|expired|withdrawn|discontinued|let\s+(?:it|them|its|our|the)\b[^.;]{0,40}\blapse)\b/i;

/**
 * The written rule for one certification field (docs/FIELDS.md, "When readings disagree"):
 * 1. Only readings that state a status count; a bare mention ("mentioned — status unclear") is reported with
 *    value `notStated` and its quotes only when nothing else is read.
 * 2. The most explicit tier wins: the vendor's own statement or a FAQ answer (3) over a listing or status row (2)
 *    over a bare badge (1). So an explicit denial is never outranked by a badge or a heading.
 * 3. Within the tier, the current status wins over a plan and a plan over a denial (`rank`); a held value and a
 *    denial in the same tier are both kept, the denial as a conflict with its quotes. A denial that closes a held
 *    past (lapsed, expired, not renewed, no longer held) wins over the held readings instead, which become its conflict.
 * 4. Weaker readings of the winning value add their quotes.
 */
export function pickCertification<V extends string>(
  field: string,
  readings: readonly CertReading[],
  valueOf: (r: CertReading) => V,
  rank: readonly V[],
  denied: V,
  notStated: V,
): Candidate<V>[] {
  const real = readings.filter((r) => r.status !== 'mentioned');
  if (real.length === 0) {
    return readings.slice(0, 3).map((r) => candidate(field, notStated, r.evidence, 0.3, r.reason));
  }
  const tier = Math.max(...real.map((r) => r.strength));
  const top = real.filter((r) => r.strength === tier).map((r) => ({ r, v: valueOf(r) }));
  let best = rank.find((v) => top.some((x) => x.v === v))!;
  // A denial that closes a held past ("we decided not to renew it, so we do not currently hold a SOC 2 report", "our
  // certificate lapsed in 2024") outranks the readings of it being held: they describe the past it closes. A plan still
  // outranks it (rule 3).
  // (Only the held readings before the lapse: "…lapsed in 2022. We were recertified in 2023 and hold it today." is held.)
  const at = (r: CertReading) => pageOrder(r.evidence);
  const lapsed = top.filter((x) => x.v === denied && LAPSE.test(x.r.evidence.quote));
  const lapses = lapsed.map((x) => at(x.r));
  // (Only a reading that says it is held again: a newest-first page puts an old announcement, "has achieved ISO 27001
  // certification", after the post that says it expired.)
  const lapseYear = Math.max(0, ...lapsed.map((x) => latestYear(x.r.evidence.quote)));
  const heldAfter = lapses.length > 0 && top.some((x) => x.v !== denied && !/plan/.test(x.v) && at(x.r) > Math.max(...lapses) && (HELD_AGAIN.test(x.r.evidence.quote) || (lapseYear > 0 && latestYear(x.r.evidence.quote) > lapseYear)));
  // ("Our certificate expired in January … Our recertification audit is booked for May": the plan, not the held past.)
  // (Only a plan to hold it again, in the lapse's own block: not "Our next SOC 2 Type II audit is scheduled for October" after
  // "Our first Type I report, from 2021, has expired".)
  const again = top.find((x) => /plan/.test(x.v) && lapsed.some((l) => l.r.evidence.block === x.r.evidence.block) && /\b(?:re-?certif\w*|renew\w*|again|new\s+certificate)\b/i.test(x.r.evidence.quote));
  if (!/plan/.test(best) && best !== denied && lapses.length > 0 && !heldAfter && (again || !top.some((x) => /plan/.test(x.v)))) best = again?.v ?? denied;
  // "Yes, we have SOC 2" (the strongest reading, no type) and a table row "SOC 2 Type II ✓": the vendor's own
  // held reading elsewhere names the type, which refines the bare one.
  const bare = top.filter((x) => x.v === best);
  let refined = false;
  if (bare.every((x) => x.r.status === 'affirmed' && !x.r.variant)) {
    const typed = rank.find((v) => rank.indexOf(v) < rank.indexOf(best) && real.some((r) => r.status === 'affirmed' && r.variant && valueOf(r) === v));
    if (typed) {
      best = typed;
      refined = true;
    }
  }
  const bareConfidence = refined ? Math.max(...bare.map((x) => x.r.confidence)) : 0;
  const out = real
    .filter((r) => valueOf(r) === best)
    .map((r) => ({
      ...candidate(field, best, r.evidence, r.strength === tier ? r.confidence : refined ? Math.max(r.confidence, bareConfidence) : Math.min(r.confidence, 0.6), refined ? `${r.reason} (the type of the vendor's "${bare[0]!.r.reason.slice(0, 40)}")` : r.reason),
      strength: r.strength,
    }));
  // A held value and an explicit denial at the same tier: a conflict the reviewer must see.
  const contradicts = best !== denied && !/plan/.test(best) ? top.filter((x) => x.v === denied) : best === denied ? top.filter((x) => x.v !== denied && !/plan/.test(x.v)) : [];
  for (const { r, v } of contradicts) out.push({ ...candidate(field, v, r.evidence, Math.min(r.confidence, 0.5), `${r.reason} (contradicts)`), strength: r.strength });
  return out;
}
