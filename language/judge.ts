/**
 * The one claim judge. For a mention of a certification or a feature in a unit of page text it decides:
 *   holder — who the mention is about: the vendor, a third party (host, cloud, subprocessor, "the
 *            infrastructure and services we use"), the customer ("your audit", "helps you achieve"), the
 *            vendor's own staff (internal controls, for features), or no one;
 *   status — held, planned, denied, conditional or descriptive, read in the mention's own clause
 *            (triggers.ts: a NegEx/ConText-style table of triggers, pseudo-triggers and terminators), with a
 *            table row's status column and a verb check by compromise (nlp.ts) where the words alone are silent;
 *   stated — whether the clause says a status at all (certified, audited, a report, "we have our …"), so a bare
 *            mention can be reported as "mentioned — status unclear" instead of a confident value.
 * Every certification-like and feature extractor asks this module; none keeps its own copy of these rules.
 */
import type { Block } from '../claims/types';
import { shortAnswer } from './context';
import { holderOf, type Holder, type Mention } from './holder';
import { verbSays } from './nlp';
import { inAnotherLanguage } from '../reader/page-language';
import { ABOUT_THE_ROW } from './own-columns';
import { dominantName, vendorWords } from './names';
import { DESCRIPTIVE, DO_NOT_HAVE, NEGATION, NO_PLAN, OURS_BEFORE, PLAN, PLAN_QUALIFIER, clauseAround, statusOfClause, withoutPseudoTriggers } from './triggers';

export type { Holder, JudgedUnit, Mention } from './holder';
export { INTERNAL, namedOtherSubject } from './holder';
export type Status = 'held' | 'planned' | 'denied' | 'conditional' | 'descriptive';

export interface Judgement {
  holder: Holder;
  status: Status;
  /** True when the clause states a status (a status word, possession, a status cell) rather than only naming the topic. */
  stated: boolean;
  /** Offsets of the clause within the unit's text. */
  clause: { start: number; end: number };
  reason: string;
}

// A type or level written after the name: "SOC 2 Type II", "PCI DSS Level 1".
export const TYPE_OR_LEVEL = String.raw`(?:Type\s*(?:I{1,2}|[12])|Level\s*(?:[1-4]|one|I{1,3}))`;

// A clause states a certification status only when it says so: certified, compliant, audited, a report exists …
const STATUS_WORD =
  /\b(?:certifi(?:ed|cation|cate)s?|complian(?:t|ce)|accredit(?:ed|ation)|audit(?:s|ed|ors?)?|attest(?:ed|ation)s?|reports?|achieved|obtained|completed|passed|earned|secured|attained|holds?|held|maintain(?:s|ed)?|renewed|registered|scope|covered|validated|assessed|examined|examination|complete|done)\b/i;
// "We have our SOC2 Type 2", "we hold a current ISO 27001 certificate": possession is a status.
const POSSESSION = /\b(?:we|we['’]ve|I)\s+(?:now\s+|already\s+|also\s+|proudly\s+)?(?:have|has|got|hold|possess|maintain)\s+(?:our|an?|the)?\s*(?:own\s+|current\s+|latest\s+|first\s+|valid\s+)?$/i;

// A table row's status cells: "SOC 2 Type II | In progress", "ISO 27001 | ✓" under "Certified", "PCI DSS | N/A".
const CELL_PLANNED = /^\W*(?:⏳|🔜|🕒|🚧)|^\W*🟡\s*(?:(?:Q[1-4]|H[12])\s*)?(?:20\d\d|in\s+progress|planned|scheduled|underway|soon)\W*$|^\W*(?:in progress|planned|scheduled|underway|under way|upcoming|pending|in review|in audit|expected\b.*|target(?:ed)?\b.*|coming soon|roadmap|q[1-4]\s*20\d\d|h[12]\s*20\d\d|20\d\d\s*\(?(?:planned|target)\)?|observation (?:period|window)\b.*)\W*$/i;
// (PCI DSS's levels are held statuses: "Level 1 Service Provider (AOC on request)".)
const CELL_HELD = /^\W*(?:certified|active|current|completed?|achieved|attested|audited|compliant|valid|yes|✓|✔|☑|✅|x|in place|held|issued|renewed\b.*|since\s+20\d\d|20\d\d|level\s*(?:[1-4]|one|I{1,3})(?:\s+(?:service\s+provider|merchant))?(?:\s*\([^()]*\))?)\W*$/i;
const CELL_DENIED = /^\W*(?:no|none|no\s+(?:report|certificate|certification|attestation)s?|not (?:certified|applicable|yet|currently|held|supported|available)|n\/a|na|—|–|-|✗|✘|❌|not pursued|not currently pursued|never in scope|not in scope|out of scope)\W*$/i;
const ISSUED_BY_ANY_AFTER = /^\s*(?:Type\s*\S+\s*)?(?:reports?|certificates?|certifications?|attestations?)\s+(?:itself\s+|themselves\s+)?(?:is|are|can\s+only\s+be|must\s+be)\s+(?:only\s+|always\s+)?(?:issued|signed|performed|granted)\s+by\s+(?:an?\s+|licensed\s+|independent\s+)+/i;
const WHAT_THEY_ASK_AFTER = /^\s*(?:Type\s*\S+\s*)?(?:is|are)\s+(?:the|what)\s+(?:[\w-]+\s+){0,2}?(?:that\s+)?(?:they|customers|buyers|clients|prospects|auditors|most\s+\w+|our\s+\w+)\s+(?:usually\s+|typically\s+|generally\s+|most\s+often\s+|tend\s+to\s+)?(?:ask|request|expect|want|require|need|look)/i;
const WILL_SHARE = /\b(?:will|shall)\s+(?:continue\s+to\s+)?(?:maintain|hold|keep)\b|\b(?:will|shall)\s+(?:promptly\s+|upon\s+request\s+)?(?:provide|share|send|deliver|furnish|make\s+available)\s+(?:a\s+copy\s+of\s+)?(?:its|our|the|their|a|an)\s+(?:most\s+recent\s+|latest\s+|current\s+|then-current\s+)?(?:[\w-]+\s+){0,3}?(?:report|certificate|attestation|letter)s?\b/i;
const FOOTNOTE_ONLY_AFTER = /^\s*(?:Type\s*\S+\s*)?(?:certificate|certification|report|attestation)?\s*[—–:-]\s*(?:\(?[a-z0-9]{1,2}\)|\[\w{1,2}\]|\*{1,3}|[†‡§]|(?:see\s+)?(?:note|footnote)\s+\w{1,3})\s*\.?\s*$/i;
const HOW_LONG_BEFORE = /(?:^|[.:;!?]\s+)\W*\d+\s+(?:weeks?|days?|months?)\s+(?:from\s+[\w\s-]{1,30}?\s+)?to\s+(?:an?\s+|the\s+|their\s+|first\s+|a\s+clean\s+)*$/i;
const LIST_LABEL = /^\W*(?:compliance|frameworks?|standards?)(?:\s+(?:&|and)\s+\w+)?\s*[:|]\s*/i;
const NOT_HELD_CELL = /\bnot\s+(?:yet\s+|currently\s+)?(?:certified|compliant|audited|attested|held|accredited)\b/i;
// Held once, not now: "Expired", "Withdrawn", "Lapsed — last report covered 2022", "Not renewed; product retired".
const CELL_LAPSED = /^\W*(?:expired|lapsed|withdrawn|revoked|suspended|not\s+renewed|superseded|retired)\b/i;
const HEADER_STATUS = /\b(?:status|state|certified|in progress|planned|held|achieved|current)\b/i;
const TICK = /^\W*(?:✓|✔|☑|✅|x|yes)\W*$/i;

// The next audit of a certificate held now is what is scheduled: "Certified since 2021, surveillance audit scheduled for
// March", "Certified · renewal audit booked for Q2". The plan is the renewal's, not the certificate's. (Not after a
// lapse or a denial: "the certificate lapsed; recertification is planned" stays a plan.)
const HELD_NOW = /\b(?:certified|accredited|compliant|attested|audited|report\s+(?:is\s+)?available|holds?|maintains?|is\s+current)\b/i;
// Not held yet, whatever the renewal words say: "working towards SOC 2 since 2024", "its first annual audit", "In progress".
const NOT_YET_BEFORE = /\b(?:first|initial|inaugural|in\s+progress|working\s+towards?|planned|underway|not\s+yet|pursuing|preparing)\b/i;
const RENEWAL_PLANNED =
  /\b(?:renewal|re-?certification|surveillance|annual|yearly|next|follow-up|periodic|re-?assessment|re-?audit|transition)\s+(?:[\w-]+\s+){0,2}?(?:(?:audits?|assessments?|reviews?|examinations?|cycles?)\s+)?(?:is\s+|are\s+)?(?:scheduled|planned|underway|under\s+way|in\s+progress|due|expected|booked|set|begins|starts|commences|opens|kicks\s+off)\b|\b(?:next|renewal|annual|yearly|20\d\d)\s+(?:audit|observation|review)\s+(?:period|window)\s+(?:opens|begins|starts|will\s+(?:open|begin|start))\b/i;
const STANDARD = /\b(?:SOC\s*-?\s*[123]|ISO(?:\/IEC)?\s*\d{4,5}|HIPAA|PCI(?:[- ]DSS)?|GDPR|FedRAMP|HITRUST|CSA\s+STAR|TISAX)\b/i;
const STANDARD_ALL = new RegExp(STANDARD.source, 'gi');
const norm = (s: string) => s.toUpperCase().replace(/[^A-Z0-9]/g, '').replace(/^ISOIEC/, 'ISO');
function renewsHeld(text: string): boolean {
  const plan = RENEWAL_PLANNED.exec(text);
  // ("Acme is HIPAA compliant, and the annual ISO 27001 assessment commences next quarter": another standard is held.)
  const planned = plan?.[0].match(STANDARD)?.[0];
  const held = plan ? [...text.slice(0, plan.index).matchAll(STANDARD_ALL)].at(-1)?.[0] : undefined;
  if (planned && held && norm(planned) !== norm(held)) return false;
  return !!plan && HELD_NOW.test(text.slice(0, plan.index)) && !NOT_YET_BEFORE.test(text.slice(0, plan.index + plan[0].length)) && !NEGATION.test(text);
}
/** The text with a held certificate's scheduled renewal blanked out (same length), for rules that read plans. */
export function withoutRenewal(text: string): string {
  return renewsHeld(text) ? text.replace(RENEWAL_PLANNED, (m) => ' '.repeat(m.length)) : text;
}

// A question about something of the certificate's, not whether it is held: "Is your SOC 2 report public?".
const ASKS_ATTRIBUTE = /\b(?:public|publish\w*|cop(?:y|ies)|share\w*|scope|exceptions?|qualified|older|when|where|how|which|date|period|bridge)\b/i;

/** The mention stands in a table cell that is a question. */
function inQuestionCell(m: Mention): boolean {
  const cells = m.block.cells;
  if (m.block.kind !== 'table-row' || !cells) return false;
  // The cell the mention falls in, the cells found in the row's text in order.
  let from = 0;
  for (const cell of cells) {
    const at = cell ? m.unit.text.indexOf(cell, from) : -1;
    if (at < 0) continue;
    if (m.at >= at && m.end <= at + cell.length) return /\?\s*$/.test(cell);
    from = at + cell.length;
  }
  return false;
}

const ROADMAP_HEADING = /\b(?:roadmap|coming\s+(?:soon|next)|what['’]s\s+next|up\s+next|planned|on\s+the\s+horizon)\b/i;
const SHIPPED = /\b(?:shipped|done|live|launched|released|complete(?:d)?|achieved|available\s+now|since\s+20\d\d)\b|✓|✔|✅/i;
const STRIP_SEP = /\s[|·•]\s/g;
/**
 * The separators of a strip of items that each name a standard ("ISO 13485 certified | SOC 2 Type 2 | ISO 27001 – in
 * progress | Cyber Essentials Plus"), or [] for a line that is not one: a sentence with a verb before its first item
 * ("Acme holds SOC 2 Type II · ISO 27001 · PCI DSS") or set in the vendor's voice, a list joined by "or"/"and" ("We don't
 * hold ISO 9001 · SOC 2 · or Cyber Essentials yet"), or items about one standard ("ISO 27001 · certified since 2019 ·
 * surveillance audit every year").
 */
function stripSeparators(block: Block, text: string): RegExpMatchArray[] {
  if (block.kind === 'table-row' || !/\s[|·•]\s/.test(text)) return [];
  const seps = [...text.matchAll(STRIP_SEP)];
  if (/\b(?:we|we['’]re|our|us|it|they)\b/i.test(text) || /\s[|·•]\s+(?:or|and|nor)\b/i.test(text)) return [];
  const items = text.split(STRIP_SEP);
  if (/\b(?:is|are|was|were|holds?|has|have|maintains?)\b/i.test(items[0]!)) return [];
  // ("Not yet certified: ISO 9001 · SOC 2": a lead label's status covers every item.)
  const label = items[0]!.match(/^([^:]{1,40}):\s/)?.[1];
  if (label && statusOfClause(label).status !== 'affirmed') return [];
  const named = items.filter((x) => STANDARD.test(x) || /\b(?:Cyber\s+Essentials|C5|IRAP)\b/i.test(x)).length;
  return named >= 2 && (named >= 3 || named === items.length) ? seps : [];
}
// The status of a strip item that is only the name and its status after a dash or colon ("ISO 27001 – in progress | …").
const ITEM_STATUS_LEAD = /^\s*(?:(?:Type\s*(?:I{1,2}|[12])|:\s*20\d\d)\s*)?(?:[–—]|\s-|:)\s*/i;
function itemStatus(after: string): 'planned' | 'denied' | null {
  const lead = ITEM_STATUS_LEAD.exec(after);
  if (!lead) return null;
  const tail = after.slice(lead[0].length).split(STRIP_SEP)[0]!.replace(/[.;,]\s*$/, '').trim();
  if (tail === '' || tail.length > 40) return null;
  if (CELL_PLANNED.test(tail)) return 'planned';
  if (CELL_LAPSED.test(tail) || NOT_HELD_CELL.test(tail) || CELL_DENIED.test(tail)) return 'denied';
  return null;
}

// A column headed by a company's name, perhaps with its role: "Formwell (platform)", "Brightlane (agency)".
const COMPANY_COLUMN = /^[A-Z][\w.&'’-]*(?:\s+[A-Z0-9][\w.&'’-]*){0,2}\s*(?:\([^()]{1,30}\))?$/;
/**
 * The vendor's own column when the header sets it beside another company's ("Framework | Formwell (platform) | Brightlane
 * (agency)"): a header that is the vendor's name alone (with a role in brackets), and another that is a company's name, not a
 * column about the row ("Status", "Notes", "Next Audit").
 */
function ownCompanyColumn(header: readonly string[], vendor: ReadonlySet<string>): number {
  const bare = (h: string) => h.replace(/\([^()]*\)/g, ' ').trim();
  const own = header.findIndex((h, i) => i >= 1 && bare(h) !== '' && bare(h).split(/\s+/).every((w) => vendor.has(w)));
  if (own < 0) return -1;
  const other = header.some((h, i) => i >= 1 && i !== own && COMPANY_COLUMN.test(h.trim()) && !ABOUT_THE_ROW.test(h) && !bare(h).split(/\s+/).some((w) => vendor.has(w)));
  return other ? own : -1;
}

const HELD_IN_NOTE = /\b(?:replaced\s+by|current\s+(?:certificate|report)|valid\s+until|issued|renewed)\b/i;
function rowStatus(block: Block, mentionCell: number, vendor: ReadonlySet<string>): 'held' | 'planned' | 'denied' | 'unclear' | null {
  const cells = block.cells ?? [];
  const header = block.header ?? [];
  const own = ownCompanyColumn(header, vendor);
  for (let i = 0; i < cells.length; i++) {
    if (i === mentionCell) continue;
    // Beside another company's column, only the vendor's own cell says its status.
    if (own >= 0 && i !== own) continue;
    const cell = cells[i]!.trim();
    const h = header[i] ?? '';
    // A tick under a status-named column takes the column's meaning: "Standard | Certified | In progress" / "… |  | ✓".
    if (TICK.test(cell) && HEADER_STATUS.test(h)) {
      if (CELL_PLANNED.test(h)) return 'planned';
      if (CELL_DENIED.test(h)) return 'denied';
      if (CELL_HELD.test(h) || /\bcertified|held|achieved|current\b/i.test(h)) return 'held';
    }
    if (renewsHeld(cell)) return 'held';
    // A cell that opens on its status and goes on to explain it: "In progress. Our observation period began 1 March 2025."
    const head = cell.split(/[.;](?:\s|$)|\s[—–]\s/)[0]!.trim();
    if (head !== cell && head.length <= 40 && !renewsHeld(cell)) {
      // (A cell that goes on to plan, or to say what is held now, is left to the rules below: "Not yet — the audit is booked
      // for Q3", "Expired. Replaced by our ISO 27001:2022 certificate, issued May 2024.", "Pending. Current certificate valid
      // until June 2026". A bare "None." or "No." may answer another question of the row: "SOC 2 Type II exceptions | None.
      // All controls operated effectively".)
      const rest = cell.slice(head.length);
      const plansAfter = PLAN.test(withoutPseudoTriggers(rest)) && !NO_PLAN.test(cell);
      const heldAfter = HELD_NOW.test(rest) || HELD_IN_NOTE.test(rest);
      if (CELL_PLANNED.test(head) && !heldAfter) return 'planned';
      if (!plansAfter && !heldAfter && (CELL_LAPSED.test(head) || NOT_HELD_CELL.test(head))) return 'denied';
    }
    if (CELL_PLANNED.test(cell)) return 'planned';
    // ("❌ (see below)": a cross with a pointer is a cross. "Controls mapped, not certified": the cell says it is not.)
    const bare = cell.replace(/\s*\([^()]*\)\s*$/, '');
    if (CELL_DENIED.test(bare) && (HEADER_STATUS.test(h) || cells.length === 2 || i === own || /[✗✘❌]/.test(bare))) return 'denied';
    if (NOT_HELD_CELL.test(cell)) return 'denied';
    if (CELL_LAPSED.test(cell)) return 'denied';
    // "ISO 27001? | Not something we've pursued yet — ask us if it's a blocker": a question's answer cell that opens on
    // a no, with no plan after it.
    if (cells.length === 2 && /\?\s*$/.test(cells[1 - i] ?? '') && !ASKS_ATTRIBUTE.test(cells[1 - i] ?? '') && shortAnswer(cell) === 'no') return PLAN.test(withoutPseudoTriggers(cell)) && !NO_PLAN.test(cell) ? 'planned' : 'denied';
    if (CELL_HELD.test(cell) && (HEADER_STATUS.test(h) || cells.length === 2 || !/^\d+$/.test(cell))) return 'held';
  }
  // The vendor's own cell says nothing the rules know: the other company's cells do not speak for it.
  return own >= 0 ? 'unclear' : null;
}

// The clause after a denial that carries on about the same thing: "…, but it is on our roadmap", "; an audit is planned".
const CARRIED_PLAN = /^\s*(?:[,;:—–]\s*)?(?:(?:but|though|however|although)\s*,?\s*)?(?:it|this|that|one|(?:an?|the|our)\s+(?:\w+\s+)?(?:audit|assessment|certification|report))\b/i;

// The standard's name used for something else: "PCI DSS policies", "SOC 2-style controls", "ISO 27001 requirements",
// "the HIPAA Security Rule", "SOC 2 Type II policies". (An aim, "on our radar", is a plan: triggers.ts.)
const NOT_THE_STANDARD =
  /^[\s-]*(?:(?:Type\s*(?:I{1,2}|[12])|Level\s*(?:[1-4]|one|I{1,3})|:?\s*20\d\d)[\s-]*)?(?:(?:or|and|\/|&)\s*(?:SOC\s*[123]|ISO(?:\/IEC)?\s*\d{4,5}(?::\d{4})?|PCI(?:\s*DSS)?|HIPAA|GDPR)\s+)?(?:(?:security|privacy|breach notification|omnibus|enforcement)\s+rule|rules?|act|regulations?|law|style|like|aligned|based|policies|policy|controls?|requirements?|principles?|guidelines?|guidance|framework|training|course|checklist|templates?|questionnaires?|paperwork|evidence\s+(?:requests?|exports?|collection|packs?|library|automation)|(?:control\s+)?mappings?|exports?|toolkits?|starter\s+kits?|modules?|dashboards?|playbooks?|automation|readiness\s+(?:dashboards?|toolkits?|kits?|checklists?|templates?|modules?)|stage\s*(?:1|one|I)\s+(?:(?:certification|readiness|documentation)\s+)?(?:(?:audit|assessment|review)\s+)?(?:letters?|reports?|summary|findings))\b/i;

// "an examination under the AICPA's SOC 2 framework", "audits performed against the ISO 27001 requirements": an audit
// of the vendor under the standard's framework.
const EXAMINED_UNDER = /\b(?:audits?|examinations?|assessments?|attestations?|audited|examined|assessed)\s+(?:(?:performed|conducted|carried\s+out|done)\s+)?(?:under|against|in\s+accordance\s+with|according\s+to)\s+(?:the\s+)?(?:(?:AICPA|ISO)['’]s\s+)?$/i;

/** Whether the words right after a mention make it the name of something else (its policies, controls, rule, guidance). */
export function namesSomethingElse(before: string, after: string): boolean {
  // "an independent firm audited our SOC 2 Type II controls", "we meet all PCI DSS requirements": the audit, or the
  // compliance, is with the standard.
  return NOT_THE_STANDARD.test(after) && !/\b(?:audited|attested|examined|assessed|certified|tested|validated|meets?|meeting|met|compl(?:y|ies|ying|iant)\s+with|in compliance with|satisf(?:y|ies|ied)|fulfil+s?|adheres?\s+to|conforms?\s+to)\s+(?:our|the|its|all|all of the|every)?\s*(?:applicable\s+)?$/i.test(before) && !EXAMINED_UNDER.test(before);
}

// "Prospective customers may request our PCI DSS attestation", "should you require proof of our SOC 2 compliance":
// what the customer asks for is the vendor's own, so the asking does not make the mention descriptive.
const CUSTOMER_ASKS = /\b(?:customers?|clients?|prospects?|buyers?|you|auditors?)\s+(?:\w+\s+)?(?:require|ask|request|need|want)s?\b/i;

// "Larger hospital groups often ask for a SOC 2 report", "enterprise buyers require SOC 2 compliance": what someone
// asks for, with no possessive of the vendor's before it, says nothing of whether the vendor has it.
const DEMANDED =
  /\b(?:(?:one\s+|the\s+|a\s+|their\s+|only\s+)?(?:conditions?|requirements?|prerequisites?|demands?)\s*(?:was|is|were|:)\s*|ask(?:s|ed|ing)?\s+(?:by\s+(?:[\w'’-]+\s+){1,5}?)?(?:us\s+)?(?:for|about)|request(?:s|ed|ing)?|requir(?:e|es|ed|ing)|need(?:s|ed|ing)?|want(?:s|ed|ing)?|expect(?:s|ed|ing)?|look(?:s|ed|ing)?\s+for|demand(?:s|ed|ing)?|insist(?:s|ed|ing)?\s+on)\s+(?:(?:a|an|some|proof\s+of|evidence\s+of|(?:vendors?|suppliers?|partners?)\s+(?:with|to\s+have))\s+)?(?:current\s+|recent\s+|valid\s+|formal\s+)?$/i;

// "A SOC 2 audit would run us somewhere north of $40k", "ISO 27001 could take a year": the certification as the
// subject of a hypothetical verb says what it would take, not that the vendor has it.
const WOULD_AFTER = new RegExp(String.raw`^\s*(?:${TYPE_OR_LEVEL}\s+)?(?:(?:[A-Z][\w-]*\s+)?(?:audit|certification|certificate|report|attestation|assessment|compliance|programme|program|examination)\s+)?(?:alone\s+)?(?:would|could|might)\b(?!\s+(?:not\s+)?(?:be\s+)?(?:shared|provided|sent|made\s+available))(?!\s+not\s+be\s+more)`, 'i');

// ("We don't currently have plans to undergo a SOC 2 audit", "no plans for a SOC 2 audit"; only a plan to get it, not "no
// plans to drop our SOC 2 report" or "to share the SOC 2 report outside of NDA")
const NO_PLAN_FOR = new RegExp(String.raw`\b(?:no|not\s+any|${DO_NOT_HAVE}(?:\s+any)?)\s*${PLAN_QUALIFIER}(?:plans?|intentions?)\s+(?:for\s+(?:an?\s+|any\s+)?(?:[\w-]+\s+)?|to\s+(?:(?:undergo|pursue|obtain|get|seek|achieve|begin|start|undertake|become|complete|go\s+through|apply\s+for|commission|conduct)\s+(?:an?\s+|any\s+|the\s+)?(?:[\w-]+\s+)?)?)$`, 'i');

// A mention as an indefinite, general subject: "A SOC 2 audit costs …", "An ISO 27001 certificate typically takes …",
// "Getting a SOC 2 report requires …".
const NOT_IMPLIED = /(?:\b(?:does|do|did)\s*(?:not|n['’]t)\s+(?:mean|imply|indicate|suggest|signify|claim)|\b(?:not|isn['’]t|is\s+not)\s+(?:a\s+)?(?:claim|assertion|statement|promise|representation)\s+that|\bnot\s+to\s+be\s+(?:confused|mistaken)\s+(?:with|for))\b[^,;:]{0,80}$/i;
const DESCRIBED_AS = /\bcall(?:s|ed|ing)?\s+(?:us|it|them|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})\s+["“‘']?\s*$|\b(?:describ\w*|call(?:s|ed|ing)?|label(?:s|l?ed|l?ing)?|list(?:s|ed|ing)?|advertis\w*|market(?:s|ed|ing)|present(?:s|ed|ing)|referr?(?:s|ed|ing)?\s+to|bill(?:s|ed|ing)|tout\w*|promot\w*)\s+(?:us|it|them|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})\s+as\s+(?:being\s+|a\s+|an\s+)?["“‘']?\s*$/;
const OWN_DESCRIPTION = /\b(?:registry|register|CertSearch|IAF|certification\s+bod(?:y|ies)|auditor)\b|\b(?:we|I)\s+(?:\w+\s+){0,2}?(?:describ|call|label|list|advertis|market|present|refer|bill|tout|promot)/i;
const HAPPENED = /\b(?:since|has|have|had|was|were|been|available|issued|clean|unqualified|passed|completed|received|covers?|covered)\b/i;
const OTHER_SUBJECT_OPENS = /^(?:our|the|its)\s+(?:[\w-]+\s+){0,3}?(?:providers?|hosts?|partners?|sub-?processors?|vendors?|suppliers?|operators?|data[\s-]+cent(?:er|re)s?|clouds?)\b/i;
/** "ISO 27001: Hetzner's data centres are certified …": the clause after a label opens on another company's things. */
function othersPossession(m: Mention, after: string): boolean {
  const name = after.match(/^\s*(?:the\s+)?([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})['’]s?\s+(?!own\b)/)?.[1];
  if (!name || /^(?:Our|We|This|The|Its|Their)$/.test(name)) return false;
  const vendor = vendorWords(m.page);
  return !name.split(/\s+/).some((w) => vendor.has(w)) && (vendor.size > 0 || dominantName(m.page) !== name.split(/\s+/)[0]);
}
// "We're often asked whether Acme has its own SOC 2 report": what someone asks.
const ASKED_WHETHER = /\b(?:ask(?:s|ed|ing)?|wonder(?:s|ed|ing)?|question(?:s|ed|ing)?|enquir(?:e|es|ed|ing)|inquir(?:e|es|ed|ing))\s+(?:us\s+|me\s+|them\s+)?(?:whether|if)\b[^.;:?!—–()]*$/i;
// ("A note on ISO 27001: you may see …", "One clarification about SOC 2: …")
const TOPIC_LABEL_BEFORE = /(?:^|[.!?]\s+)(?:(?:(?:an?|one)\s+)?(?:(?:quick|short|brief|final|further)\s+)?(?:note|word|update|clarification|comment|remark|aside)s?\s+(?:on|about|regarding|concerning)|on|about|regarding|re|as\s+for|as\s+to|concerning)\s+$/i;
const QUANTIFIED_BEFORE = /\b(?:most|many|all|any|some|every|each|typical|standard|usual)\s+(?:of\s+(?:the\s+)?)?$/i;
const AUDITS_AFTER = new RegExp(String.raw`^\s*(?:${TYPE_OR_LEVEL}\s+)?(?:audits?|auditors?|examinations?|assessments?|assessors?|engagements?|reports?|certifications?|programmes?|programs?|frameworks?|controls?\s+sets?)\b`, 'i');
// ("We're seven people and a SOC 2 audit is a big lift": after a conjunction too.)
const GENERIC_BEFORE = /(?:^|[.:;!?]\s+|,?\s+(?:and|but|so|because|since|as|while|though|although)\s+|\b(?:getting|obtaining|achieving|pursuing|earning)\s+)(?:a|an)\s+(?:(?:full|formal|first|typical|proper|real|standard|basic|single)\s+)?$/i;
const GENERIC_AFTER = new RegExp(
  String.raw`^\s*(?:${TYPE_OR_LEVEL}\s+)?(?:(?:audit|certification|certificate|report|attestation|assessment|examination|programme|program)s?\s+)?(?:(?:plus|and|with|together\s+with)\s+(?:[\w-]+\s+){1,4}?)?(?:(?:typically|usually|often|generally|normally|easily|alone)\s+)?(?:(?:can|could|may|might|will|would)\s+(?:easily\s+)?)?(?:costs?|cost|takes?(?!\s+place)|take(?!\s+place)|requires?|involves?|needs?|lasts?|runs?\s+(?:to|into|about|around)|is\s+(?:expensive|costly|(?:a|an)\s+(?:big|major|large|significant|expensive|costly|long|lengthy)\b))\b`,
  'i',
);

// "… is a/an …" right after the name: the mention opens a definition.
// ("A SOC 2 report is a different examination, focused on …": the kind of paper, defined.)
const DEFINED_AS_A = new RegExp(String.raw`^\s*(?:${TYPE_OR_LEVEL}\s+)?(?:(?:report|audit|examination|attestation|certificate|certification)\s+)?(?:is|are)\s+(?:a|an)\b`, 'i');
/** The rest of the mention's sentence after its clause (the next clause or clauses, up to the sentence's end). */
function restOfSentence(text: string, clause: { end: number }): string {
  return text.slice(clause.end).split(/(?<=[.!?])\s/)[0] ?? '';
}

const DENIED_BACK = /^\W*(?:(?:and|but|yet)\s+)?(?:we|we['’]ve|[A-Z][\w&.-]*)\s+(?:(?:have|has|had|do|does|did)\s*(?:not|n['’]t)|(?:have|has|had)?\s*never)\s+(?:yet\s+|ever\s+|currently\s+)?(?:undertaken|undergone|pursued|obtained|completed|done|had|got|gotten|sought|achieved|received|hold|have)\s+(?:one|it|that|this|such\s+an?\s+\w+|one\s+yet)\b/i;

const HELD_BACK = /^\W*(?:(?:and|but|yet)\s+)?(?:we|[A-Z][\w&.-]*)\s+(?:(?:have|has|had)\s+)?(?:held|hold|holds|achieved|obtained|received|passed|completed|undertaken|done|maintained|earned|renewed)\s+(?:it|one|this|that)\b|^\W*(?:(?:and|but|yet)\s+)?we\s+(?:have|hold)\s+(?:the|its|a\s+current)\s+(?:report|certificate|certification)\b|^\W*(?:(?:and|but|yet)\s+)?(?:our|its)\s+(?:Type\s*\S+\s+)?(?:report|certificate|certification)\s+(?:was|is|has\s+been)\s+(?:issued|renewed|received|completed|available)\b/i;

// "… who require SOC 2 will find our report in the portal": the vendor's own paper in the same clause answers the demand.
// ("… so that's where our audit budget goes": what the audit costs is no paper of the vendor's.)
// ("…: for them we provide our ISO certificate" is the paper of another standard.)
const OWN_PAPER_AFTER = /\b(?:our|its)\s+(?!(?:ISO|PCI|HIPAA|FedRAMP|CSA|C5|TISAX|Cyber|NIST|HITRUST|GDPR)\b)(?:\w+\s+)?(?:reports?|certificat\w+|attestations?|audits?)\b(?!\s+(?:budgets?|costs?|spend(?:ing)?|fees?|money|funds?|bills?|invoices?)\b)/i;

// "Customers ask for ISO 27001 rather than SOC 2", "we chose ISO 27001 instead of SOC 2": the alternative not taken.
// "We are SOC 2 certified, rather than merely aligned with it": what the vendor is contrasted with says nothing of it.
const CONTRASTED = /\b(?:rather\s+than|instead\s+of|in\s+lieu\s+of|as\s+opposed\s+to|not\s+(?:merely|just|simply|only))\b[^,;.]*/gi;
const COMMAND_FLAG_BEFORE = /(?:^|\s)--?[a-z][\w-]*[\s=]+["']?$/i;
// ("… in lieu of relying on a SOC 2 report", "instead of requesting a SOC 2 report": a gerund between them.)
const NOT_TAKEN_BEFORE = /\b(?:rather\s+than|instead\s+of|in\s+(?:place|lieu)\s+of|as\s+opposed\s+to)\s+(?:[a-z]+ing\s+(?:on\s+|for\s+|to\s+|with\s+)?)?(?:an?\s+|the\s+)?(?:(?:full|formal|separate|dedicated|standalone|costly|expensive|American|US|U\.S\.|European|international|[A-Z][a-z]+-style)\s+)?$/i;

// The mention opens its clause as the subject of "is a/an/the <kind of standard>" that the vendor does not qualify
// ("… is a certification we have held since 2020" is the vendor's).
// ("A SOC 2 report is a different examination, focused on …": an indefinite article defines too.)
const DEFINES = /^\s*(?:the\s+|an?\s+)?$/i;
const DEFINITION_AFTER =
  /^\s*(?:\([^)]{0,40}\)\s*)?(?:(?:Type\s*(?:I{1,2}|[12])|Level\s*(?:1|one|I))\s+)?(?:(?:standard|framework|report|certification|certificate|audit)\s+)?(?:is|are)\s+(?:[a-z]+ly\s+)?(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:attestation|standard|framework|regulation|law|act|scheme|specification|certification|examination|audit(?:ing)? (?:standard|framework|procedure))s?\b(?!\s+(?:that\s+|which\s+)?(?:we|our)\b)/i;

// A glossary: "Glossary", "Security terms, explained", "Key terms", "What these terms mean", "Definitions".
const GLOSSARY = /\b(?:glossary|terms?,?\s+(?:explained|defined)|key\s+terms|(?:security|compliance)\s+(?:terms|jargon)|what\s+(?:these|the|those)\s+(?:terms|acronyms|words)\s+mean|definitions|acronyms)\b/i;

// A list of frameworks drawn on, not certificates held: "Frameworks that inform our security programme:",
// "Frameworks we draw on:", "Standards referenced:".
const LEAD_DESCRIBES = /^\s*(?:the\s+)?(?:frameworks?|standards?|guidelines?|best practices)\b(?![^:]*\b(?:certified|certifications?\s+(?:we\s+)?hold|held|achieved|attested|audited)\b)|\b(?:draw on|inform|referenced|we follow|we align)\b/i;

// "Compliance status SOC 2 — Not yet" (a section title a text page runs into its first line), "View SOC 2 Type 1 Report —
// Coming 2026" (a link's verb and noun): the words around a label that still leave it a bare label.
const LABEL_TITLE_BEFORE = /^\s*(?:(?:[A-Z][\w-]*\s+){0,2}(?:status|certifications?|compliance|attestations?|audits?)\s*[:—–-]?\s*|(?:view|download|request|read|see|get)\s+(?:the\s+|our\s+)?)$/i;
const LINK_NOUN_AFTER = /^\s*(?:bridge\s+)?(?:reports?|certificates?|attestations?|letters?|summary)\b/i;

/**
 * Judges one mention. `structural` says the unit is a badge or listing whose context (a certifications
 * list, a status table) vouches for a status even without a status word.
 */
export function judge(m: Mention): Judgement {
  const text = m.unit.text;
  let clause = clauseAround(text, m.at, m.end);
  // An item of a strip ("ISO 9001 in progress | SOC 2 – certified since 2021 | Cyber Essentials planned"): another item's
  // status is its own.
  const seps = stripSeparators(m.block, text);
  if (seps.length > 0) {
    const prev = seps.filter((x) => x.index! + x[0].length <= m.at).at(-1);
    const next = seps.find((x) => x.index! >= m.end);
    clause = { start: Math.max(clause.start, prev ? prev.index! + prev[0].length : 0), end: Math.min(clause.end, next ? next.index! : text.length) };
  }
  // A bare label before a dash or a semicolon ("SOC 2 — targeted for 2027", "ISO 27001 – in progress") takes its status
  // from the clause after it.
  let labelled = false;
  // (Also a label after a section title run into it, "Compliance status SOC 2 — Not yet", or a link's words, "View SOC 2 Type 1
  // Report — Coming 2026".)
  const labelBefore = text.slice(clause.start, m.at).replace(LABEL_TITLE_BEFORE, '');
  const labelAfter = text.slice(m.end, clause.end).replace(/^\s*Type\s*(?:I{1,2}|[12])\b/i, '').replace(LINK_NOUN_AFTER, '');
  if (/^[\W_]*$/.test(labelBefore + labelAfter) && clause.end < text.length) {
    const itemEnd = seps.find((x) => x.index! >= clause.end)?.index;
    clause = { start: clause.start, end: Math.min(itemEnd ?? text.length, clauseAround(text, Math.min(text.length, clause.end + 3)).end) };
    labelled = true;
  }
  const clauseText = text.slice(clause.start, clause.end);
  const before = text.slice(clause.start, m.at);
  const judged = holderOf(m, clause);
  // "ISO 27001 — Our data centre partner, Hetzner Online, operates ISO 27001-certified data centres": the clause after a
  // bare label speaks of its own subject; "On ISO 27001: Google Cloud, which hosts Acme, is certified against ISO 27001": a
  // topic label whose sentence names the standard again (that mention is judged; "On ISO 27001: Acme has been certified
  // since 2021" is the label's own statement).
  // (Also a label before a colon inside the clause: "ISO 27001: Hetzner's data centres are certified to ISO/IEC 27001".)
  const asLabel = labelled || (/^[\W_]*$/.test(text.slice(clause.start, m.at)) && /^\s*(?:Type\s*(?:I{1,2}|[12])\s*)?:\s*\S/i.test(text.slice(m.end, clause.end)));
  const afterLabel = asLabel ? text.slice(m.end, clause.end).replace(/^[\s\w]*?[—–:;-]\s*/, '') : '';
  const { holder, reason: whoReason } =
    asLabel && judged.holder === 'vendor' && (OTHER_SUBJECT_OPENS.test(afterLabel) || othersPossession(m, afterLabel))
      ? { holder: 'third-party' as Holder, reason: 'the clause after the label is about another company' }
      : TOPIC_LABEL_BEFORE.test(text.slice(0, m.at)) && /^\s*(?:Type\s*\S+\s*)?[:—–][^.!?]*\b(?:SOC|ISO|PCI|HIPAA)\b/.test(text.slice(m.end))
        ? { holder: 'none' as Holder, reason: 'a topic label ("On ISO 27001:")' }
        : judged;

  let status: Status;
  // ("Compliance: SOC 2 · ISO 27001 · GDPR": a label over a list of frameworks states no status.)
  let stated = STATUS_WORD.test(text.slice(0, clause.end).replace(LIST_LABEL, (l) => ' '.repeat(l.length)).slice(clause.start)) || POSSESSION.test(text.slice(0, m.at));
  let why: string;
  // A whole table row: its status cells decide, skipping the cell the mention opens.
  // (Or the row's first sentence: "Wexford Classic | SOC 2 Type II | Expired | Last period ended 30 June 2024. Product
  // retired." is read by its status cell too.)
  const wholeRow = m.block.kind === 'table-row' && m.unit.start === 0;
  const item = seps.length > 0 ? itemStatus(text.slice(m.end)) : null;
  const row = wholeRow ? rowStatus(m.block, (m.block.cells ?? []).findIndex((c) => c.length > 0 && text.slice(m.at, m.at + c.length) === c), vendorWords(m.page)) : null;
  if (row === 'unclear') {
    status = 'descriptive';
    why = "the vendor's own column says nothing the rules know";
  } else if (row) {
    status = row;
    stated = true;
    why = `the row's status says ${row}`;
  } else if (inQuestionCell(m)) {
    // "B2 | Do you hold ISO/IEC 27001 certification? | Our hosting provider … maintains ISO/IEC 27001": the question
    // cell asks; the answer cell's own mention is judged on its own.
    status = 'descriptive';
    why = 'asked in a question cell of the row';
  } else if (m.kind !== 'feature' && inAnotherLanguage(text)) {
    // "Einen SOC-2-Bericht bieten wir nicht an …", "Estamos en la ventana de observación de nuestra auditoría SOC 2 …": the
    // judge reads English; a sentence in another language is a mention whose status it cannot tell.
    status = 'descriptive';
    why = 'a sentence in another language';
  } else if (item) {
    // "ISO 13485:2016 certified | SOC 2 Type 2 | ISO 27001 – in progress | Cyber Essentials Plus": an item of a strip
    // whose own status follows it after a dash or colon.
    status = item;
    stated = true;
    why = `the item's own status says ${status}`;
  } else if (GLOSSARY.test(m.block.headings.at(-1) ?? '') || GLOSSARY.test(m.block.label ?? '')) {
    // "Security terms, explained" / "ISO/IEC 27001 — An international standard for …": a glossary explains the term.
    status = 'descriptive';
    why = 'a glossary entry explains the term';
  } else {
    const s = statusOfClause(clauseText, m.at - clause.start);
    why = s.why;
    // "We have no immediate plans to pursue SOC 2": the no-plan phrase (a pseudo-trigger elsewhere in a sentence)
    // governs the mention right after it.
    if (NOT_IMPLIED.test(before)) {
      // "It does not mean ColdLink itself holds a SOC 2 report": what a badge or brochure does not imply states nothing.
      status = 'descriptive';
      why = 'what something does not mean';
    } else if (ASKED_WHETHER.test(before)) {
      // "We're often asked whether Tessellate has its own SOC 2 report": what someone asks states nothing, unless the next
      // words answer it ("It does: our Type II report covers 2024", "We do.").
      const answer = m.block.text.slice(m.unit.end).match(/^\s*(?:(?:yes|yep)\b|(?:it|we|they)\s+(?:does|do|is|are|has|have)\b(?!\s*n['’]?o?t\b))/i);
      status = answer ? 'held' : 'descriptive';
      stated = stated || !!answer;
      why = answer ? 'what someone asks, answered yes' : 'what someone asks';
    } else if (DESCRIBED_AS.test(before) && !OWN_DESCRIPTION.test(before)) {
      // 'a reseller's website describing Ferrywork as "SOC 2 compliant"': someone else's words about the vendor.
      status = 'descriptive';
      why = "someone else's description of the vendor";
    } else if (NO_PLAN_FOR.test(before)) {
      status = 'denied';
      why = 'no plan for it';
    } else if (s.status === 'conditional') status = 'conditional';
    else if (s.status === 'planned' && DESCRIPTIVE.test(before)) {
      // "Our controls are mapped to ISO 27001 Annex A, which we use to plan our roadmap": the mention is what the
      // controls are mapped to; the plan is about something else.
      status = 'descriptive';
      why = 'describes or aligns with the standard';
    }
    else if (m.kind !== 'feature' && namesSomethingElse(text.slice(0, m.at), text.slice(m.end))) {
      status = 'descriptive';
      why = 'the name of its policies, controls, rule or guidance';
    }
    else if (DEFINES.test(before) && DEFINITION_AFTER.test(text.slice(m.end, clause.end))) {
      // "SOC 2 is a US attestation", "ISO 27001 is the international standard for …": the standard explained.
      status = 'descriptive';
      why = 'defines the standard';
    } else if (s.status === 'planned' && renewsHeld(clauseText)) {
      status = 'held';
      why = 'held; what is scheduled is its renewal audit';
    } else if (s.status === 'planned') status = 'planned';
    else if (s.status === 'negated') {
      // "We are not SOC 2 certified yet, but it is on our roadmap for next year": a plan for the same thing, in
      // the next clause of the sentence with the thing as its pronoun or its audit, makes the denial a plan.
      const tail = restOfSentence(text, clause);
      const carried = CARRIED_PLAN.test(tail) && statusOfClause(tail.replace(/^\W*(?:but|though|however|although)?\W*/i, '')).status === 'planned';
      status = carried ? 'planned' : 'denied';
      if (carried) why = 'denied today, planned in the next clause';
    }
    else if (GENERIC_BEFORE.test(before) && GENERIC_AFTER.test(text.slice(m.end, clause.end))) {
      // "A SOC 2 audit costs more than we made last year", "An ISO 27001 certification typically takes a year": what
      // such an audit is like in general, not one the vendor has.
      status = 'descriptive';
      why = 'what such an audit costs or takes in general';
    }
    else if (QUANTIFIED_BEFORE.test(before) && AUDITS_AFTER.test(text.slice(m.end, clause.end)) && !(/\b(?:every|each|all)\s+(?:of\s+(?:the\s+)?)?$/i.test(before) && HAPPENED.test(text.slice(m.end, clause.end))) && !/\b(?:we|our|us)\b/i.test(before) && !before.split(/\W+/).some((w) => vendorWords(m.page).has(w))) {
      // "Recruiting data sits squarely in scope for most SOC 2 audits", "any ISO 27001 auditor will ask for this": such
      // audits in general, not one the vendor has ("we have passed every SOC 2 audit" is the vendor's).
      status = 'descriptive';
      why = 'such audits in general';
    }
    else if (WOULD_AFTER.test(text.slice(m.end, clause.end)) && !OURS_BEFORE.test(before)) {
      status = 'conditional';
      why = 'a hypothetical: what it would cost or take';
    }
    else if (LEGACY_SCOPE.test(text.slice(m.end, clause.end)) && !/\b(?:now|today|currently|current)\b/i.test(text.slice(m.end, clause.end))) {
      // "Brightwell issued a SOC 2 Type II report in 2022 for the original Brightwell Timesheets application", "… covers
      // only Wexford Classic": about a product that is no longer the one offered.
      status = 'descriptive';
      why = 'about a former product';
    }
    else if (FOOTNOTE_ONLY_AFTER.test(text.slice(m.end)) || HOW_LONG_BEFORE.test(before)) {
      // "ISO/IEC 27001 certificate — (b)": the status is in a footnote; "14 weeks from kickoff to SOC 2 Type II report": how
      // long it took someone, a case study's figure.
      status = 'descriptive';
      why = 'a footnote pointer or a how-long figure';
    }
    else if (ISSUED_BY_ANY_AFTER.test(text.slice(m.end, clause.end)) && /\b(?:the|a|an|every|each|any)\s+$/i.test(before)) {
      // "the SOC 2 report itself is issued by an independent CPA firm": how such a report comes about, not one held.
      status = 'descriptive';
      why = 'how such a report is issued';
    }
    else if (WHAT_THEY_ASK_AFTER.test(text.slice(m.end, clause.end))) {
      // "our customers are US-based and SOC 2 is the attestation they ask for": what customers ask for.
      status = 'descriptive';
      why = 'what customers ask for';
    }
    else if (COMMAND_FLAG_BEFORE.test(before)) {
      // "keyhound reports export --framework soc2 --from 2024-10-01": a command's argument, not a statement.
      status = 'descriptive';
      why = "a command line's argument";
    }
    else if (NOT_TAKEN_BEFORE.test(before)) {
      status = 'descriptive';
      why = 'the alternative not taken';
    }
    else if (DEMANDED.test(before) && !/^\s*(?:we|I)\s+(?:\w+\s+)?(?:require|expect)/i.test(before) && !OWN_PAPER_AFTER.test(text.slice(m.end, clause.end))) {
      status = 'descriptive';
      why = 'what someone asks for, not what the vendor has';
    }
    else if ((DESCRIPTIVE.test(clauseText.replace(CONTRASTED, '')) || DESCRIPTIVE.test(before)) && !(OURS_BEFORE.test(before) && CUSTOMER_ASKS.test(before))) {
      status = 'descriptive';
      why = 'describes or aligns with the standard';
    } else {
      // The words are silent: ask compromise whether the verb governing the clause is negated or future.
      // Only for certificates and agreements: a feature's status is read by its extractor's rules on the clause.
      // ("… and will provide its most recent SOC 2 report to Covered Entity": a report to be shared exists.)
      const verb = stated && m.kind !== 'feature' && !WILL_SHARE.test(clauseText) ? verbSays(withoutPseudoTriggers(clauseText), m.page, m.at - clause.start) : null;
      status = verb === 'negated' ? 'denied' : verb === 'future' ? 'planned' : 'held';
      if (verb) why = `the verb is ${verb}`;
    }
  }
  // "SOC 2 is a North American attestation and we have not undertaken one" (denied), "SOC 2 is an international standard,
  // and we have held it since 2019" (held): a clause that only described or named the certification takes the status
  // of the next clause when that one points back to it ("one", "it").
  const definedHere = DEFINES.test(before) && DEFINED_AS_A.test(text.slice(m.end, clause.end));
  if (!row && (status === 'descriptive' || (status === 'held' && (!stated || definedHere)))) {
    const next = restOfSentence(text, clause);
    const back = DENIED_BACK.test(next) ? 'denied' : HELD_BACK.test(next) ? 'held' : null;
    if (back) return { holder, status: back, stated: true, clause, reason: `${holder} (${whoReason}); ${back} in the next clause, which points back to it` };
  }
  // A bare list item ("SOC 2", "SOC 2 ✓") takes its status from the list's lead-in: "Certifications we don't hold
  // (yet):" denies, "Coming in 2026:" plans, "Frameworks that inform our programme:" only describes.
  const lead = m.block.kind === 'list-item' ? m.block.lead : undefined;
  if (lead && !row && status === 'held' && /^[\W_]*$/.test(`${text.slice(clause.start, m.at)} ${text.slice(m.end, clause.end)}`.replace(new RegExp(String.raw`\b${TYPE_OR_LEVEL}\b`, 'gi'), ''))) {
    const l = statusOfClause(lead).status;
    if (l === 'negated' || l === 'planned') return { holder, status: l === 'negated' ? 'denied' : 'planned', stated: true, clause, reason: `${holder} (${whoReason}); ${l} by the list's lead "${lead.slice(0, 60)}"` };
    if (DESCRIPTIVE.test(lead) || LEAD_DESCRIBES.test(lead)) return { holder, status: 'descriptive', stated, clause, reason: `${holder} (${whoReason}); described by the list's lead "${lead.slice(0, 60)}"` };
  }
  // An item of a roadmap ("Security roadmap" / "Q1 2025 — SOC 2 Type II report", "Later: ISO 27001") is a plan, unless
  // the item says it shipped.
  if (m.block.kind === 'list-item' && !row && status === 'held' && ROADMAP_HEADING.test(m.block.headings.at(-1) ?? '') && !SHIPPED.test(text)) {
    return { holder, status: 'planned', stated: true, clause, reason: `${holder} (${whoReason}); an item of the roadmap "${m.block.headings.at(-1)!.slice(0, 40)}"` };
  }
  // "Our ISO/IEC 27001 Stage 2 audit is complete with no major nonconformities": the last audit done, the certificate still
  // to come, unless the sentence says it came ("… completed in 2023 and we have been certified since").
  if (status === 'held' && m.kind !== 'feature' && !row && STAGE_TWO_DONE.test(clauseText) && !CERTIFICATE_CAME.test(text)) {
    return { holder, status: 'planned', stated: true, clause, reason: `${holder} (${whoReason}); the Stage 2 audit is done, the certificate not yet said to be issued` };
  }
  // "Wexford held an ISO 27001 certificate for its old product; it was withdrawn when the product was retired", "We were
  // PCI DSS certified in 2019, but the certificate lapsed": a later clause closes the held past the mention names.
  // ("…, but the certificate lapsed and recertification is planned for 2026": the plan after the lapse is the status.)
  const lapse = status === 'held' && m.kind !== 'feature' ? LAPSED_BACK.exec(withoutPseudoTriggers(text.slice(m.end))) : null;
  // (Only about this certificate: not when another standard or badge, or a renewal, stands between — "…; our Cyber
  // Essentials badge, which expired in May, is being renewed", "we renewed the certificate, which expired in March".)
  const between = lapse ? text.slice(m.end, m.end + lapse.index) : '';
  if (lapse && !STANDARD.test(between) && !/\b(?:badges?|logos?|seals?|editions?|versions?|(?:is|are|was|were|being|been|we|we've|have|has)\s+(?:being\s+)?renewed|renewal|replaced|new\s+one)\b/i.test(`${between} ${text.slice(m.end + lapse.index, m.end + lapse.index + lapse[0].length + 60)}`)) {
    const planned = statusOfClause(text.slice(m.end + lapse.index + lapse[0].length)).status === 'planned';
    return { holder, status: planned ? 'planned' : 'denied', stated: true, clause, reason: `${holder} (${whoReason}); held once, a later clause says it lapsed${planned ? ', and plans it again' : ''}` };
  }
  return { holder, status, stated, clause, reason: `${holder} (${whoReason}); ${status}${why ? ` (${why})` : ''}` };
}

const LEGACY_SCOPE = /^[^.;]{0,80}?\b(?:for|covering|covers|covered|of|on|in\s+scope\s+for|scoped\s+to)\s+(?:only\s+)?(?:the\s+|our\s+|its\s+|their\s+)?(?:(?:original|legacy|old|older|former|previous|retired|discontinued|deprecated|sunset(?:ted)?|end-of-life)\s+(?:[\w-]+\s+){0,3}?(?:products?|applications?|apps?|platforms?|services?|systems?|codebases?|offerings?|versions?|editions?|stacks?|suites?)\b|[A-Z][\w-]*\s+(?:Classic|Legacy)\b)/;
const STAGE_TWO_DONE = /\bstage\s*(?:2|two|II)\b(?:\s+(?:certification\s+)?(?:audit|assessment))?[^.;]{0,40}?\b(?:is|was|has\s+been|were)\s+(?:now\s+|successfully\s+)?(?:complete|completed|done|passed|finished)\b|\b(?:completed|passed|finished|cleared)\s+(?:our|the|its)\s+(?:[\w/:.-]+\s+){0,4}?stage\s*(?:2|two|II)\b/i;
const CERTIFICATE_CAME = /\b(?:certified|accredited|certification\s+(?:is\s+)?(?:maintained|held)|(?:maintained|hold|held|kept)\s+(?:the\s+|our\s+|it\b)|surveillance|re-?certif\w*)\b|\bcertificat\w*\s+(?:was\s+|has\s+been\s+|were\s+|have\s+been\s+)?(?:issued|granted|awarded|received)\b|\b(?:received|obtained|were\s+awarded|was\s+awarded|have\s+been\s+awarded)\s+(?:our|the|its)\s+(?:[\w/:.-]+\s+){0,3}?certificat/i;
// A later clause that says the certificate just named lapsed: "…, but the certificate lapsed", "…; it has since expired".
const LAPSED_BACK =
  /\b(?:it|that|this|they|which|the\s+(?:certificate|certification|report|attestation|program(?:me)?|compliance|registration)|our\s+(?:certificate|certification|report|attestation|registration))\s+(?:has\s+|had\s+|have\s+)?(?:since\s+|then\s+|later\s+)?(?:lapsed|expired|been\s+withdrawn|was\s+withdrawn|were\s+withdrawn|was\s+not\s+renewed|wasn['’]t\s+renewed)\b|\b(?:and|but)\s+(?:has|have|had)\s+(?:since\s+|then\s+|now\s+)?(?:lapsed|expired|been\s+withdrawn)\b|\b(?:it|that|this|we|they|the\s+(?:certificate|certification|report))\s+(?:is|are)\s+no\s+longer\s+(?:certified|compliant|valid|current)\b|\b(?:but|and)\s+(?:is|are)\s+no\s+longer\s+(?:certified|compliant)\b|\bno\s+longer\s+(?:hold|have|maintain)\s+(?:it|them|that|this|the\s+(?:certificate|certification|report|attestation))\b|\blet\s+(?:it|them)\s+lapse\b/i;


// Must judge: "We are SOC 2 Type II certified" vendor/held; "Acme is not currently SOC 2 certified" vendor/denied;
// "SOC 2 Type II audit underway" vendor/planned; "SOC 2 | In progress" planned; "Our hosting provider is ISO 27001
// certified" third-party; "We use infrastructure and services that are either ISO-27001 certified or SOC-2 certified"
// third-party; "helps teams achieve SOC 2" customer; "If you need SOC 2, contact us" conditional; "our practices
// resonate with the key components of SOC 2" descriptive; "MFA is available on all plans; SSO is coming soon" —
// MFA held, SSO planned (each in its own clause); "staff must use SSO to reach production" internal.
