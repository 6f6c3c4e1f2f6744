import type { Block, Candidate, Extractor, Page } from '../claims/types';
import { attributionOf, isQuestionSentence, leadOf, mayHoldClaim, questionOf } from '../language/context';
import { mayHoldDuration, findDurations, rankWindows } from '../language/duration';
import { candidate, evidenceAt } from '../language/evidence';
import { vendorWords } from '../language/names';
import { splitSentences, type Sentence } from '../language/sentences';

const FIELD = 'breachNoticeHours';
const FRAGMENT = /^\s*(?:and\s+)?(?:at (?:the )?(?:most|latest)|no later than|not later than|in (?:any|all) (?:cases?|events?)|within|at most)\b[^.]{0,60}\b(?:hours?|days?|h)\b[^a-z]*$/i;

const BREACH = /\b(?:breach(?:es|ed)?|security incidents?|incidents?|unauthori[sz]ed (?:access|disclosure|use)|data leaks?|compromised?)\b/i;
// The verb the window belongs to: telling the customer, or something else (handling a report, fixing, restoring).
const CUE = /\b(?:(?<notify>report(?:ed|s)?\s+to\s+(?:you|customers?|affected|users?|clients?|(?:the\s+)?(?:Covered\s+Entity|Controller|Customer|Client|Licensee|Subscriber)\b)|report(?:ed|s)?\s+(?:[\w-]+\s+){1,8}?to\s+(?:you\b|(?:the\s+|each\s+|every\s+|any\s+)?(?:affected|impacted)\b|(?:the\s+)?(?:Covered\s+Entity|Controller|Customer|Client|Licensee|Subscriber)\b)|(?:e-?mail(?:s|ed)?|contact(?:s|ed)?|messag(?:e|es|ed))\s+(?:you\b|(?:the\s+|all\s+|affected\s+|impacted\s+|your\s+)?(?:[\w-]+\s+)?(?:customers?|users?|admins?|administrators?|owners?|clients?|subscribers?|contacts?|principals?|managers?|leads?|officers?|DPOs?|representatives?|teams?)\b)|tell\s+you\b|hear\s+from\s+(?:us|our\s+[\w-]+)|tell\s+(?:your|the\s+customer['’]s|each\s+customer['’]s)\s+(?:[\w'’-]+\s+){0,3}?(?:contacts?|admins?|administrators?|owners?|team|DPO)\b|(?:be|been|are|is|get|gets)\s+told|let\s+(?:you|(?:the\s+|your\s+|affected\s+|every\s+)?(?:[\w-]+\s+){0,2}(?:owners?|customers?|users?|admins?|administrators?|contacts?))\s+know|notif(?:y|ied|ies|ying|ications?)|notices?|inform(?:ed|s|ing)?|alert(?:ed|ing)?|advis(?:e|ed|es)|disclos(?:e|ed|ure)|communicat(?:e|ed|ion))|(?<other>acknowledg\w*|respon(?:d|ds|se|ded)|resolv\w*|fix(?:ed|es)?|remediat\w*|patch\w*|triag\w*|investigat\w*|contain\w*|restor\w*|recover\w*|sync\w*|reflected|updates?|reports?|provide[sd]?|uptime|RPO|RTO|review\w*))\b/gi;
// A noun ("notification") owns a window only when nothing but a passive "are sent to ..." stands between them.
// "Notice of a security breach will be provided to Customer promptly and in no event later than five (5) days",
// "Notification of any breach will be sent within 48 hours": the noun's own "of a breach" may stand between them too.
const NOUN = /^(?:notifications?|notices?|communication|disclosure)$/i;
const NOUN_GAP =
  /^\s*(?:of\s+(?:(?:a|an|any|the|each|every|such)\s+)?(?!material\b)(?:[\w-]+\s+){0,3}?(?:breach(?:es)?|incidents?)(?:\s+(?:affecting|involving|that\s+affects?|which\s+affects?)\s+[\w\s'’-]{1,40}?)?\s*)?(?:(?:are|is|will be|shall be|must be)\s+(?:sent|issued|delivered|provided|made|given|served)\s*)?(?:(?:to|for|on|upon)\s+[\w\s-]{0,40}?)?[\s:|–—-]*(?:within|in|(?:no |not )?later than|at most|up to)?\s*$/i;
const DELAY_WORDS = /\b(?:without (?:undue |unreasonable )?delay|promptly|and|but|in (?:any|all|no) (?:cases?|events?))\b,?/gi;
const LAW_SUBJECT = /^\s*(?:(?:for context|by law|in law|for reference|for comparison|background|note)\s*[:,]\s*)?(?:the\s+)?(?:[\w-]+\s+){0,4}(?:rule|law|regulation|act|directive|GDPR|HIPAA)\s+(?:allows|requires|mandates|permits|gives|sets|specifies)\b/i;
const LAW_GIVES = /\b(?:rule|law|regulation|act|directive|GDPR|HIPAA|scheme|statute|legislation)\s+(?:allows|gives|grants|permits)\b/i;
const NOTICE_AFTER = /^[\s-]*(?:(?:data\s+|security\s+)?(?:breach|incident)\s+)?(?:notifications?|notices?)\b/i;
// Who is told: the customer, not us, not only the regulator.
const TO_CUSTOMER = /\b(?:you|your|customers?|clients?|users?|affected|controllers?|administrators?|admins?|subscribers?|account (?:owners?|holders?))\b/i;
const TO_OTHERS = /\b(?:other\s+party|breaching\s+party|counterparty|authorit(?:y|ies)|regulators?|supervisory|ICO|CSIRTs?|CERTs?|commission(?:er)?(?:'s)?|law enforcement|police|insurers?)\b/i;
// "notify us within 24 hours" is the customer telling the vendor ("informed by us" is the vendor telling).
const US_TOLD = /^\s*(?:to\s+)?us\b/i;
// An availability incident is not a breach: "customers are notified of outages within 30 minutes".
const AVAILABILITY = /\b(?:outages?|downtime|availability|maintenance|status page|degradation|service disruptions?)\b/i;
// The customer is the one who notifies: "you must notify us", "As the covered entity, your practice must notify affected
// clients … within 60 days".
const CUSTOMER_SUBJECT =
  /\b(?:you|your\s+(?:[\w-]+\s+){0,2}?[\w-]+|(?:the\s+)?(?:customers?|clients?|users?|licensees?|covered\s+entit(?:y|ies)|controllers?))\s+(?:must|shall|should|agrees? to|(?:is|are) required to|will|has to|have to|needs? to|(?:is|are) (?:responsible|obliged|obligated) (?:for|to))\s+(?:promptly\s+|also\s+|itself\s+|themselves\s+)?(?:notify|notifying|inform|informing|report|reporting|tell|give\s+(?:us\s+)?(?:written\s+|prompt\s+)?notice)/i;

// Whose data a breach affects: "a breach that affects an insurer's data", "concerns a school's records".
const DATA_OWNER = /\b(?:affect(?:s|ing)?|concern(?:s|ing)?|involv(?:es|ing))\s+(?:an?|the|any)\s+([a-z][\w-]*?)['’]s\s+(?:[\w-]+\s+)?(?:data|records|information)\b/i;

// "We aim to notify within 24 hours, and in all cases no later than 72 hours": the promise is the hard bound.
const HEDGE = /\b(?:aims?|target(?:s|ing)?|striv(?:e|es|ing)|try|tries|typically|usually|generally|normally|expect|goal)\b/i;
const HARD_BEFORE = /\b(?:in (?:all|any) (?:cases?|events?)|no later than|not later than|at the latest|at most|in no case later than)\s*(?:within\s*)?$/i;

function toVendor(page: Page, object: string): boolean {
  const first = object.match(/^\s*(?:the\s+)?([A-Z][\w&.-]*)/)?.[1];
  return !!first && vendorWords(page).has(first);
}

function contextOf(page: Page, block: Block): string {
  return [leadOf(page, block), questionOf(page, block), block.headings.at(-1), block.label].filter(Boolean).join(' ');
}

// A FAQ that asks when the customer is told of a breach, answered by a bare window:
// "How quickly will you tell us about a breach?" / "Within 48 hours of discovery."
const ASKS_NOTICE = /\b(?:notif(?:y|ied|ication)|tell|inform(?:ed)?|alert(?:ed)?|let\s+(?:us|me|you)\s+know|hear)\b/i;
const ASKS_OTHER = /\b(?:acknowledg\w*|respon(?:d|se)|resolv\w*|fix\w*|patch\w*|vulnerabilit\w*|bug|outages?|downtime|availability|regulators?|authorit(?:y|ies))\b/i;
const BARE_WINDOW = /^\s*(?:(?:within|in|no later than|at most|up to)\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|forty-eight|seventy|seventy-two|a\s)/i;

const BARE_REST = /^[^,;.]*?\b(?:hours?|days?|weeks?)\b(?:\s+(?:of|after|from|following)\s+[\w\s-]{0,40})?\s*[.|]?\s*$/i;
function faqAnswer(page: Page, block: Block, s: Sentence): Candidate<number>[] {
  const q = questionOf(page, block);
  if (!q || !BREACH.test(q) || !ASKS_NOTICE.test(q) || ASKS_OTHER.test(q) || AVAILABILITY.test(q)) return [];
  // (A questionnaire row's answer may open on its "Yes" cell: "Yes | Within two (2) business days of confirmation".)
  const window = s.text.replace(/^\s*yes\b\s*[|,.:;—–-]?\s*/i, '');
  if (block.text.slice(0, s.start).trim() !== '' || !BARE_WINDOW.test(window)) return [];
  // (After a "Yes" only a bare window: "Yes, within 72 hours we notify the supervisory authority …" is a sentence of its own.)
  if (window !== s.text && !BARE_REST.test(window)) return [];
  const d = findDurations(window).find((x) => !x.immediate && x.start < 30);
  if (!d) return [];
  return [candidate(FIELD, Math.round(d.hours), evidenceAt(block, s.start, s.end), 0.7, `FAQ answer "${s.text}" to "${q}"`)];
}

function read(page: Page, block: Block, s: Sentence): Candidate<number>[] {
  const answered = faqAnswer(page, block, s);
  if (answered.length > 0) return answered;
  const durations = findDurations(s.text).filter((d) => !d.immediate);
  if (durations.length === 0) return [];
  if (!BREACH.test(s.text + ' ' + contextOf(page, block)) || AVAILABILITY.test(s.text)) return [];
  const cues = [...s.text.matchAll(CUE)];
  // The customer as notifier counts against the windows after it ("you must notify us within 24 hours"), not against the
  // vendor's own window before it ("we inform you within two working days, so that you as controller can decide if you
  // must report it").
  const customerNotifies = s.text.match(CUSTOMER_SUBJECT)?.index ?? Infinity;
  // "If a breach affects an insurer's data, we will notify that insurer": the one whose data it is, is the customer.
  const owner = s.text.match(DATA_OWNER)?.[1];
  const out: Candidate<number>[] = [];
  for (const d of durations) {
    if (customerNotifies < d.start) continue;
    const before = cues.filter((c) => c.index! + c[0].length <= d.start);
    // "Notice of a breach will be provided to Customer within …": the passive "provided" belongs to the notice.
    const passiveOf = before.at(-1)?.groups?.other && /^provided$/i.test(before.at(-1)![0]) ? before.at(-2) : undefined;
    const cue = passiveOf?.groups?.notify && NOUN.test(passiveOf[0]) ? passiveOf : before.at(-1);
    const noticeAfter = NOTICE_AFTER.test(s.text.slice(d.end, d.end + 40));
    let from: number;
    if (noticeAfter) from = d.start;
    // "Customer notification: without undue delay, and in any event no later than 72 hours": the delay words
    // between the noun and its window are the promise's own qualifiers.
    else if (cue?.groups?.notify && (!NOUN.test(cue[0]) || NOUN_GAP.test(s.text.slice(cue.index! + cue[0].length, d.start).replace(DELAY_WORDS, ' ')))) from = cue.index!;
    else continue;
    // "The HIPAA Breach Notification Rule allows up to 60 days": the law's ceiling, not the vendor's promise.
    if (LAW_SUBJECT.test(s.text.slice(0, d.start))) continue;
    // "… we'll also notify the regulator — the Act gives organisations up to 30 days to assess a suspected breach".
    if (LAW_GIVES.test(s.text.slice(from, d.start))) continue;
    // Only the first window after the verb: "notify within 24 hours; a full report within 72 hours".
    if (!noticeAfter && durations.some((o) => o !== d && o.start >= from && o.start < d.start)) continue;
    // Who is told: the verb's object when it names one ("notifying a supervisory authority within 72 hours", even in
    // a sentence about helping you), else the words before a passive verb ("customers … will be informed").
    const object = cue && !noticeAfter ? s.text.slice(cue.index! + cue[0].length, d.start) : '';
    // "notify us", or the vendor by name: "Paycrest is obliged to notify Ticketbramble within 24 hours" is a supplier telling the vendor.
    if (US_TOLD.test(object) || toVendor(page, object)) continue;
    // A passive "… are told within 4 hours" tells whoever its subject is: only the customer's count.
    if (/\btold$/i.test(cue?.[0] ?? '') && !TO_CUSTOMER.test(s.text.slice(0, cue!.index!))) continue;
    const ownerTold = !!owner && new RegExp(String.raw`\b(?:that|the|this|each|every|any)\s+(?:affected\s+)?${owner}\b`, 'i').test(object);
    if (TO_OTHERS.test(object) && !TO_CUSTOMER.test(object) && !ownerTold) continue;
    const told = s.text.slice(Math.max(0, from - 60), d.start);
    if (TO_OTHERS.test(told) && !TO_CUSTOMER.test(told) && !ownerTold) continue;
    if (attributionOf(page, block, s, s.start + from).who === 'third-party') continue;
    const onPoint = BREACH.test(s.text) ? 0.85 : 0.75;
    const hard = HEDGE.test(s.text.slice(Math.max(0, from - 12), d.start))
      ? durations.find((o) => o.start > d.start && HARD_BEFORE.test(s.text.slice(Math.max(0, o.start - 40), o.start)))
      : undefined;
    const promised = hard ?? d;
    out.push(candidate(FIELD, Math.round(promised.hours), evidenceAt(block, s.start, s.end), onPoint, `"${promised.text}" to notify of a breach`));
  }
  return out;
}

// A notification table: "Who hears from us | About what | How fast" / "Organization owners | Confirmed unauthorized access to
// Customer Data | Within 48 hours of confirmation". The row is the vendor's notice to the customer when its table is
// about notifying, one cell names the customer (owners, admins, "you"), the row is about a breach and not an outage, and
// another cell gives the window.
const NOTIFY_TABLE = /\b(?:notif\w*|notices?|inform\w*|tell|hears?|communicat\w*|breach|incidents?)\b/i;
const RECIPIENT = /\b(?:you|your|customers?|clients?|controllers?|administrators?|admins?|owners?|subscribers?|account\s+holders?|security\s+contacts?|(?:designated|named)\s+contacts?)\b/i;
function rowNotice(page: Page, block: Block): Candidate<number>[] {
  const cells = block.cells ?? [];
  if (block.kind !== 'table-row' || cells.length < 2) return [];
  if (!NOTIFY_TABLE.test(`${block.headings.at(-1) ?? ''} ${(block.header ?? []).join(' ')}`)) return [];
  const who = cells.findIndex((c) => RECIPIENT.test(c.replace(/\([^()]*\)/g, ' ')) || RECIPIENT.test(c));
  if (who < 0 || TO_OTHERS.test(cells[who]!.replace(/\([^()]*\)/g, ' ')) || /\b(?:researchers?|reporters?|everyone|all\s+users|public)\b/i.test(cells[who]!)) return [];
  if (!BREACH.test(block.text) || AVAILABILITY.test(block.text)) return [];
  for (let i = 0; i < cells.length; i++) {
    if (i === who) continue;
    const d = findDurations(cells[i]!).find((x) => !x.immediate);
    if (!d || /\b(?:updates?|status|acknowledg\w*|respon\w*)\b/i.test(cells[i]!.slice(0, d.start))) continue;
    return [candidate(FIELD, Math.round(d.hours), evidenceAt(block, 0, block.text.length), 0.8, `"${d.text}" to notify ${cells[who]!.slice(0, 40)} (a notification table)`)];
  }
  return [];
}

export const extractor: Extractor<number> = {
  meta: {
    id: 'breach-notice',
    field: FIELD,
    version: 4,
    description: 'Hours within which the vendor notifies customers of a breach affecting their data.',
  },
  extract(page): Candidate<number>[] {
    const all: Candidate<number>[] = [];
    for (const block of page.blocks) {
      if (!mayHoldClaim(block) || !mayHoldDuration(block.text)) continue;
      const fromRow = rowNotice(page, block);
      if (fromRow.length > 0) {
        all.push(...fromRow);
        continue;
      }
      const ss = splitSentences(block.text);
      ss.forEach((s0, i) => {
        if (isQuestionSentence(s0.text)) return;
        // "We will notify customers of any breach without delay. At most within 72 hours.": a verbless bound
        // continues the sentence before it.
        const prev = ss[i - 1];
        const s = prev && FRAGMENT.test(s0.text) && !isQuestionSentence(prev.text) ? { text: block.text.slice(prev.start, s0.end), start: prev.start, end: s0.end } : s0;
        all.push(...read(page, block, s));
      });
    }
    // A value the page says it replaced ("shortened … from 60 to 30 days") no longer holds wherever else it is stated.
    return rankWindows(page, all, (hours) => hours);
  },
};

// Must read right: "notify affected workspace administrators within 72 hours as required by GDPR" (under "In the
// event of a data breach:") 72; "72-hour breach notification" 72; "affected customers are notified within 72 hours of
// detection" 72; "send out email notifications to inform users about any ... data breach within 48 hours" 48.
// Must not be fooled by: "acknowledge all reports within 24 hours and aim to resolve critical issues within 72 hours";
// "We acknowledge within one business day"; "RTO: ≤ 4 hours"; "initial 36-hour sync period"; "without undue
// delay" alone; "you must notify us within 24 hours"; "notify the supervisory authority within 72 hours".
