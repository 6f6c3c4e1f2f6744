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
import type { Block, Page } from '../claims/types';
import { attributionOf } from './context';
import { dominantName, providerNames, vendorWords } from './names';
import { verbSays } from './nlp';
import { DESCRIPTIVE, clauseAround, statusOfClause, withoutPseudoTriggers } from './triggers';

export type Holder = 'vendor' | 'third-party' | 'customer' | 'internal' | 'none';
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

/** A span of a block's text that a claim is read from (a sentence, a whole row or label/value pair). */
export interface JudgedUnit {
  text: string;
  start: number;
  end: number;
}

export interface Mention {
  page: Page;
  block: Block;
  unit: JudgedUnit;
  /** Offsets of the mention within `unit.text`. */
  at: number;
  end: number;
  /**
   * Certifications are judged strictly for holder (a provider's, a customer's); agreements (a DPA, a BAA the
   * vendor signs) the same but the customer's paper is still signed by the vendor ("we sign your DPA");
   * features only for staff use and a named provider subject.
   */
  kind: 'certification' | 'agreement' | 'feature';
}

// A clause states a certification status only when it says so: certified, compliant, audited, a report exists …
const STATUS_WORD =
  /\b(?:certifi(?:ed|cation|cate)s?|complian(?:t|ce)|accredit(?:ed|ation)|audit(?:s|ed|ors?)?|attest(?:ed|ation)s?|reports?|achieved|obtained|completed|passed|holds?|renewed|registered|scope|covered|validated|assessed)\b/i;
// "We have our SOC2 Type 2", "we hold a current ISO 27001 certificate": possession is a status.
const POSSESSION = /\b(?:we|we['’]ve|I)\s+(?:now\s+|already\s+|also\s+|proudly\s+)?(?:have|has|got|hold|possess|maintain)\s+(?:our|an?|the)?\s*(?:own\s+|current\s+|latest\s+|first\s+|valid\s+)?$/i;

// The customer's certificate, not the vendor's.
const CUSTOMER_OWNED = /\b(?:your|their|customers?['’]s?|clients?['’]s?)\s+(?:own\s+|first\s+|next\s+|annual\s+|upcoming\s+)?$/i;
const HELPS_CUSTOMERS =
  /\b(?:help(?:s|ing)?|enabl(?:e|es|ing)|get(?:s|ting)?|guid(?:e|es|ing)|support(?:s|ing)?)\s+(?:you|customers?|clients?|teams?|companies|organi[sz]ations|startups|businesses)\s+(?:to\s+|in\s+)?(?:achiev\w*|get|getting|becom\w*|pass\w*|reach\w*|maintain\w*|prepar\w* for|through|ready for|meet\w*)\s+(?:[\w-]+\s+){0,3}$/i;
// "Thousands of merchants have passed PCI DSS audits with Acme", "our healthcare customers passed HIPAA audits":
// the customers' own audits on the vendor's platform.
const CUSTOMERS_PASSED =
  /^\s*(?:(?:many|most|some|all|our|thousands of|hundreds of|dozens of)\s+)*(?:[\w-]+\s+)?(?:customers|clients|merchants|users|teams|organi[sz]ations|companies|businesses|startups|hospitals|practices)\s+(?:(?:have|has|had)\s+)?(?:already\s+|successfully\s+)?(?:passed|completed|achieved|obtained|received|earned|undergone|gone through)\s+(?:their\s+|its\s+)?$/i;
const CUSTOMERS_BEFORE = /\b(?:customers|clients|users)\s+(?:include|includes|such as|like|range from)\b[^.]*$/i;

// Someone else's certificate.
const ATTRIBUTIVE_AFTER =
  /^[\s:-]*(?:(?:Type\s*(?:I{1,2}|[12])|:?\s*20\d\d|Level\s*(?:1|one|I))\s*)?[-\s]*(?:certified|compliant|accredited|audited|attested)\s+(?:[\w-]+\s+){0,2}?(?:enterprises|companies|customers|clients|organi[sz]ations|partners|vendors|providers|suppliers|businesses|firms|banks|insurers|data\s*cent(?:er|re)s|facilities|hosts|clouds?|infrastructure|services)\b/i;
const USED_THING_RELATIVE =
  /\b(?:use|uses|using|rely on|relies on|run on|runs on|built on|host(?:ed)? on|work with|works with|partner with|choose|select|only work with)\b[^.;]*?\b(?:that|which|who)\s+(?:are|is|have been|has been|hold|holds|maintain|maintains)\b[^.;]*$/i;
const REQUIRED_OF_OTHERS = /\b(?:require[sd]?|requiring|expect|ensure)\s+(?:all\s+|our\s+|that\s+(?:all\s+|our\s+)?)?(?:sub-?processors?|vendors?|suppliers?|providers?|partners?|third[- ]part(?:y|ies))\b/i;
// The roles other companies play for the vendor: "our hosting provider", "a storage supplier", "our banking partner".
const OTHER_ROLE = String.raw`(?:providers?|hosts?|sub-?processors?|processors?|partners?|vendors?|suppliers?|contractors?|aggregators?|gateways?|acquirers?|banks?|carriers?|resellers?|data cent(?:er|re)s?|third[- ]part(?:y|ies))`;
// "Bank feeds come from our aggregator, which is SOC 2 audited", "a storage supplier that is ISO 27001 certified":
// a relative clause hung on another company's role describes that company.
const ROLE_RELATIVE = new RegExp(String.raw`\b(?:our|the|its|their|a|an)\s+(?:[\w-]+\s+){0,3}?${OTHER_ROLE}\s*,?\s+(?:which|who|that)\s+(?:is|are|has|have|holds?|maintains?)\s+(?:[\w-]+\s+){0,4}$`, 'i');
// "Our cloud provider is HIPAA compliant", "Our payment processor, Stripe, also holds PCI DSS Level 1".
const ROLE_SUBJECT =
  new RegExp(String.raw`\b(?:our|the|its|their|a|an)\s+(?:[\w-]+\s+){0,2}?${OTHER_ROLE}(?:['’]s?)?(?:\s+(?:that\s+|which\s+)?we\s+(?:use|rely on|work with|chose|selected))?(?:\s*,\s*[^,.;]{1,40},)?\s+(?:(?:also|itself|currently|already)\s+)?(?:is|are|has|have|holds?|maintains?|performs?|conducts?|undergoes?|will|was|were|offers?|signs?)\b`, 'i');

/** The vendor's own staff and systems: "staff access to production requires SSO" is no product feature. */
export const INTERNAL = new RegExp(
  [
    // the vendor's people as the subject, with "our", "all/every/each", or the vendor's name: "Employees must use
    // SSO", "our engineers use hardware keys", "enforced for all employees", "Acme staff" — never "your staff"
    String.raw`^\s*(?:all\s+)?(?:employees?|staff|personnel|engineers?|contractors?|team members)\b`,
    String.raw`\b(?:our|its|all of our)\s+(?:own\s+)?(?:employees?|staff|personnel|engineers?|contractors?|workforce|team members)\b`,
    // the vendor's own teams using it: "our support team uses SSO when accessing your account"
    String.raw`\b(?:our|its)\s+(?:support|engineering|operations|ops|security|IT|success)\s+(?:team|staff|engineers?|agents?)\s+(?:uses?|must use|logs? in with|signs? in (?:with|through)|authenticates? with)\b`,
    String.raw`(?<!\b(?:your|their|customers?['’]?s?|clients?['’]?s?)\s+)\b(?:all|every|each|new|authori[sz]ed)\s+(?:\w+\s+)?(?:employees?|staff|workforce|engineers?|personnel)\b`,
    String.raw`(?<!\b(?:your|their|the|a|an|customer|client)\s+)\b(?!(?:Your|Their|Our|The|A|An|Customer|Client|Customers|Clients|Partner|Partners)\b)[A-Z][\w-]+['’]?s?\s+(?:staff|employees?|engineers?|personnel)\b|\bemployee (?:permissions|access|accounts?)\b|\bwithin [A-Z][\w-]+,`,
    // the vendor's own systems and access to them
    String.raw`\b(?:internally|company accounts|internal (?:systems|tools|tooling|access|admin(?:istration)?(?: tools| tooling)?)|production (?:systems|access|environment|infrastructure|servers|permissions)|access to production|access to (?:our )?(?:systems|infrastructure)|(?:core|critical|corporate|internal) systems|our\s+(?:\w+\s+){0,3}(?:systems|infrastructure|tools)|administrative access)\b`,
  ].join('|'),
  'i',
);

/** A sentence whose subject is a named company the page does not name as itself ("Stripe is certified …"). */
export function namedOtherSubject(page: Page, text: string): string | null {
  const m = text.replace(/^\s*(?:yes|no|not yet|correct)\b[.,!:;]?\s*/i, '').match(/^\s*([A-Z][\w.&-]+(?:\s+[A-Z][\w.&-]+){0,2})(?:['’]s)?\s+(?:is|are|has|have|holds?|maintains?|was|were|guarantees?|offers?|provides?|commits?)\b/);
  if (!m || !page.title) return null;
  const name = m[1]!;
  if (/^(?:We|Our|All|The|This|It|Data|Every|Each|Any|You|Your|Customer|Customers)\b/.test(name)) return null;
  const own = `${page.title} ${page.siteName ?? ''} ${page.url ?? ''}`.toLowerCase();
  const vendor = vendorWords(page);
  const words = name.split(/\s+/);
  if (words.some((w) => vendor.has(w) || vendor.has(w.replace(/\.\w+$/, '')) || own.includes(w.toLowerCase().replace(/\.\w+$/, '')))) return null;
  return providerNames(page).has(words[0]!) || /^[A-Z]{2,}$|^[A-Z][a-z]+[A-Z]|\s/.test(name) || dominantName(page) !== words[0] ? name : null;
}

/** Who the mention at [at, end) of the unit is about. */
export function holderOf(m: Mention, clause: { start: number; end: number }): { holder: Holder; reason: string } {
  const { page, block, unit } = m;
  const text = unit.text;
  const before = text.slice(0, m.at);
  const clauseBefore = text.slice(clause.start, m.at);
  const clauseText = text.slice(clause.start, clause.end);
  // "… go through Stripe, which is certified as a PCI DSS Level 1 Service Provider": a relative clause hung on a
  // name other than the vendor's describes that name.
  const relative = before.match(/\b([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}),?\s+(?:which|who)\s+(?:is|are|has|have|holds?|maintains?)\s+(?:[\w-]+\s+){0,4}$/);
  if (relative && !relative[1]!.split(/\s+/).some((w) => vendorWords(page).has(w) || w === dominantName(page))) return { holder: 'third-party', reason: `describes ${relative[1]}` };
  if (ROLE_RELATIVE.test(before)) return { holder: 'third-party', reason: 'describes a company that serves the vendor' };
  if (m.kind === 'feature') {
    if (INTERNAL.test(clauseText)) return { holder: 'internal', reason: "the vendor's own staff or systems" };
    if (ROLE_SUBJECT.test(clauseBefore)) return { holder: 'third-party', reason: 'a provider is the subject' };
    return { holder: 'vendor', reason: 'offered to customers' };
  }
  if (m.kind === 'certification' && (CUSTOMER_OWNED.test(clauseBefore) || HELPS_CUSTOMERS.test(clauseBefore) || CUSTOMERS_BEFORE.test(clauseBefore) || CUSTOMERS_PASSED.test(clauseBefore))) return { holder: 'customer', reason: "the customer's certification" };
  const who = attributionOf(page, block, { text, start: unit.start, end: unit.end }, unit.start + m.at);
  if (who.who === 'third-party') return { holder: 'third-party', reason: who.reason };
  if (ATTRIBUTIVE_AFTER.test(text.slice(m.end))) return { holder: 'third-party', reason: 'the certificate describes other organisations' };
  if (USED_THING_RELATIVE.test(before)) return { holder: 'third-party', reason: 'describes what the vendor uses' };
  if (/^\s*unlike\s+[^,]+,\s*(?:who|which|that)\s+[^,]*$/i.test(before)) return { holder: 'third-party', reason: 'describes the others the vendor is contrasted with' };
  if (REQUIRED_OF_OTHERS.test(clauseText)) return { holder: 'third-party', reason: 'required of suppliers' };
  if (ROLE_SUBJECT.test(clauseBefore)) return { holder: 'third-party', reason: 'a provider is the subject' };
  return { holder: 'vendor', reason: who.reason };
}

// A table row's status cells: "SOC 2 Type II | In progress", "ISO 27001 | ✓" under "Certified", "PCI DSS | N/A".
const CELL_PLANNED = /^\W*(?:in progress|planned|scheduled|underway|under way|upcoming|pending|in review|in audit|expected\b.*|target(?:ed)?\b.*|coming soon|roadmap|q[1-4]\s*20\d\d|h[12]\s*20\d\d|20\d\d\s*\(?(?:planned|target)\)?|observation (?:period|window)\b.*)\W*$/i;
const CELL_HELD = /^\W*(?:certified|active|current|completed?|achieved|attested|audited|compliant|valid|yes|✓|✔|☑|✅|x|in place|held|issued|renewed\b.*|since\s+20\d\d|20\d\d)\W*$/i;
const CELL_DENIED = /^\W*(?:no|none|not (?:certified|applicable|yet|currently|held|supported|available)|n\/a|na|—|–|-|✗|✘|❌|not pursued|not currently pursued)\W*$/i;
const HEADER_STATUS = /\b(?:status|state|certified|in progress|planned|held|achieved|current)\b/i;
const TICK = /^\W*(?:✓|✔|☑|✅|x|yes)\W*$/i;

function rowStatus(block: Block, mentionCell: number): 'held' | 'planned' | 'denied' | null {
  const cells = block.cells ?? [];
  const header = block.header ?? [];
  for (let i = 0; i < cells.length; i++) {
    if (i === mentionCell) continue;
    const cell = cells[i]!.trim();
    const h = header[i] ?? '';
    // A tick under a status-named column takes the column's meaning: "Standard | Certified | In progress" / "… |  | ✓".
    if (TICK.test(cell) && HEADER_STATUS.test(h)) {
      if (CELL_PLANNED.test(h)) return 'planned';
      if (CELL_DENIED.test(h)) return 'denied';
      if (CELL_HELD.test(h) || /\bcertified|held|achieved|current\b/i.test(h)) return 'held';
    }
    if (CELL_PLANNED.test(cell)) return 'planned';
    if (CELL_DENIED.test(cell) && (HEADER_STATUS.test(h) || cells.length === 2)) return 'denied';
    if (CELL_HELD.test(cell) && (HEADER_STATUS.test(h) || cells.length === 2 || !/^\d+$/.test(cell))) return 'held';
  }
  return null;
}

// The clause after a denial that carries on about the same thing: "…, but it is on our roadmap", "; an audit is planned".
const CARRIED_PLAN = /^\s*(?:[,;:—–]\s*)?(?:(?:but|though|however|although)\s*,?\s*)?(?:it|this|that|one|(?:an?|the|our)\s+(?:\w+\s+)?(?:audit|assessment|certification|report))\b/i;

// The standard's name used for something else: "PCI DSS policies", "SOC 2-style controls", "ISO 27001 requirements",
// "the HIPAA Security Rule", "SOC 2 Type II policies". (An aim, "on our radar", is a plan: triggers.ts.)
const NOT_THE_STANDARD =
  /^[\s-]*(?:(?:Type\s*(?:I{1,2}|[12])|Level\s*(?:[1-4]|one|I{1,3})|:?\s*20\d\d)[\s-]*)?(?:(?:security|privacy|breach notification|omnibus|enforcement)\s+rule|rules?|act|regulations?|law|style|like|aligned|based|policies|policy|controls?|requirements?|principles?|guidelines?|guidance|framework|training|course|checklist|templates?)\b/i;

/** Whether the words right after a mention make it the name of something else (its policies, controls, rule, guidance). */
export function namesSomethingElse(before: string, after: string): boolean {
  // "an independent firm audited our SOC 2 Type II controls", "we meet all PCI DSS requirements": the audit, or the
  // compliance, is with the standard.
  return NOT_THE_STANDARD.test(after) && !/\b(?:audited|attested|examined|assessed|certified|tested|validated|meets?|meeting|met|compl(?:y|ies|ying|iant)\s+with|in compliance with|satisf(?:y|ies|ied)|fulfil+s?|adheres?\s+to|conforms?\s+to)\s+(?:our|the|its|all|all of the|every)?\s*(?:applicable\s+)?$/i.test(before);
}

// "Prospective customers may request our PCI DSS attestation", "should you require proof of our SOC 2 compliance":
// what the customer asks for is the vendor's own, so the asking does not make the mention descriptive.
const OURS_ASKED = /\b(?:our|its)\s+(?:own\s+|current\s+|latest\s+|most recent\s+|annual\s+)?$/i;
const CUSTOMER_ASKS = /\b(?:customers?|clients?|prospects?|buyers?|you|auditors?)\s+(?:\w+\s+)?(?:require|ask|request|need|want)s?\b/i;

// The mention opens its clause as the subject of "is a/an/the <kind of standard>" that the vendor does not qualify
// ("… is a certification we have held since 2020" is the vendor's).
const DEFINES = /^\s*(?:the\s+)?$/i;
const DEFINITION_AFTER =
  /^\s*(?:\([^)]{0,40}\)\s*)?(?:(?:Type\s*(?:I{1,2}|[12])|Level\s*(?:1|one|I))\s+)?(?:(?:standard|framework|report|certification|audit)\s+)?(?:is|are)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:attestation|standard|framework|regulation|law|act|scheme|specification|certification|audit(?:ing)? (?:standard|framework|procedure))s?\b(?!\s+(?:that\s+|which\s+)?(?:we|our)\b)/i;

// A list of frameworks drawn on, not certificates held: "Frameworks that inform our security programme:",
// "Frameworks we draw on:", "Standards referenced:".
const LEAD_DESCRIBES = /^\s*(?:the\s+)?(?:frameworks?|standards?|guidelines?|best practices)\b(?![^:]*\b(?:certified|certifications?\s+(?:we\s+)?hold|held|achieved|attested|audited)\b)|\b(?:draw on|inform|referenced|we follow|we align)\b/i;

/**
 * Judges one mention. `structural` says the unit is a badge or listing whose context (a certifications
 * list, a status table) vouches for a status even without a status word.
 */
export function judge(m: Mention): Judgement {
  const text = m.unit.text;
  let clause = clauseAround(text, m.at, m.end);
  // A bare label before a dash or a semicolon ("SOC 2 — targeted for 2027", "ISO 27001 – in progress") takes its status
  // from the clause after it.
  if (/^[\W_]*$/.test(text.slice(clause.start, m.at) + text.slice(m.end, clause.end).replace(/^\s*Type\s*(?:I{1,2}|[12])\b/i, '')) && clause.end < text.length) {
    clause = { start: clause.start, end: clauseAround(text, Math.min(text.length, clause.end + 3)).end };
  }
  const clauseText = text.slice(clause.start, clause.end);
  const before = text.slice(clause.start, m.at);
  const { holder, reason: whoReason } = holderOf(m, clause);

  let status: Status;
  let stated = STATUS_WORD.test(clauseText) || POSSESSION.test(text.slice(0, m.at));
  let why: string;
  // A whole table row: its status cells decide, skipping the cell the mention opens.
  const wholeRow = m.block.kind === 'table-row' && m.unit.start === 0 && m.unit.end === m.block.text.length;
  const row = wholeRow ? rowStatus(m.block, (m.block.cells ?? []).findIndex((c) => c.length > 0 && text.slice(m.at, m.at + c.length) === c)) : null;
  if (row) {
    status = row;
    stated = true;
    why = `the row's status says ${row}`;
  } else {
    const s = statusOfClause(clauseText, m.at - clause.start);
    why = s.why;
    if (s.status === 'conditional') status = 'conditional';
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
    } else if (s.status === 'planned') status = 'planned';
    else if (s.status === 'negated') {
      // "We are not SOC 2 certified yet, but it is on our roadmap for next year": a plan for the same thing, in
      // the next clause of the sentence with the thing as its pronoun or its audit, makes the denial a plan.
      const tail = text.slice(clause.end).split(/(?<=[.!?])\s/)[0] ?? '';
      const carried = CARRIED_PLAN.test(tail) && statusOfClause(tail.replace(/^\W*(?:but|though|however|although)?\W*/i, '')).status === 'planned';
      status = carried ? 'planned' : 'denied';
      if (carried) why = 'denied today, planned in the next clause';
    }
    else if ((DESCRIPTIVE.test(clauseText) || DESCRIPTIVE.test(before)) && !(OURS_ASKED.test(before) && CUSTOMER_ASKS.test(before))) {
      status = 'descriptive';
      why = 'describes or aligns with the standard';
    } else {
      // The words are silent: ask compromise whether the verb governing the clause is negated or future.
      // Only for certificates and agreements: a feature's status is read by its extractor's rules on the clause.
      const verb = stated && m.kind !== 'feature' ? verbSays(withoutPseudoTriggers(clauseText), m.page, m.at - clause.start) : null;
      status = verb === 'negated' ? 'denied' : verb === 'future' ? 'planned' : 'held';
      if (verb) why = `the verb is ${verb}`;
    }
  }
  // A bare list item ("SOC 2", "SOC 2 ✓") takes its status from the list's lead-in: "Certifications we don't hold
  // (yet):" denies, "Coming in 2026:" plans, "Frameworks that inform our programme:" only describes.
  const lead = m.block.kind === 'list-item' ? m.block.lead : undefined;
  if (lead && !row && status === 'held' && /^[\W_]*$/.test(`${text.slice(clause.start, m.at)} ${text.slice(m.end, clause.end)}`.replace(/\b(?:Type\s*(?:I{1,2}|[12])|Level\s*(?:[1-4]|one|I{1,3}))\b/gi, ''))) {
    const l = statusOfClause(lead).status;
    if (l === 'negated' || l === 'planned') return { holder, status: l === 'negated' ? 'denied' : 'planned', stated: true, clause, reason: `${holder} (${whoReason}); ${l} by the list's lead "${lead.slice(0, 60)}"` };
    if (DESCRIPTIVE.test(lead) || LEAD_DESCRIBES.test(lead)) return { holder, status: 'descriptive', stated, clause, reason: `${holder} (${whoReason}); described by the list's lead "${lead.slice(0, 60)}"` };
  }
  return { holder, status, stated, clause, reason: `${holder} (${whoReason}); ${status}${why ? ` (${why})` : ''}` };
}


// Must judge: "We are SOC 2 Type II certified" vendor/held; "Acme is not currently SOC 2 certified" vendor/denied;
// "SOC 2 Type II audit underway" vendor/planned; "SOC 2 | In progress" planned; "Our hosting provider is ISO 27001
// certified" third-party; "We use infrastructure and services that are either ISO-27001 certified or SOC-2 certified"
// third-party; "helps teams achieve SOC 2" customer; "If you need SOC 2, contact us" conditional; "our practices
// resonate with the key components of SOC 2" descriptive; "MFA is available on all plans; SSO is coming soon" —
// MFA held, SSO planned (each in its own clause); "staff must use SSO to reach production" internal.
