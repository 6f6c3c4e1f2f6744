/**
 * Who a mention of a certification or a feature is about (the judge's "holder", ./judge.ts): the vendor, a third
 * party (host, cloud, subprocessor, "the infrastructure and services we use", a named company), the customer ("your
 * audit", "helps you achieve", customers' own audits), the vendor's own staff and systems (for features), or no one.
 */
import type { Block, Page } from '../claims/types';
import { LEVEL_TERM, THIRD_PARTY_ROLE, attributionOf } from './context';
import { THIRD_PARTY, dominantName, ownTitle, providerNames, vendorWords } from './names';
import { endsWithQuestion } from './sentences';

export type Holder = 'vendor' | 'third-party' | 'customer' | 'internal' | 'none';

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


// The customer's certificate, not the vendor's. ("helps you achieve and maintain SOC 2, ISO 27001 and PCI DSS": the rest of the list too.)
// "your SOC 2 audit", and the rest of a list it opens: "their SOC 2 and ISO 27001 audits".
// (Also a list after their own credentials: "Studios can upload evidence of their own certifications (SOC 2, ISO 27001)".)
const CUSTOMER_OWNED = /\b(?:your|their|customers?['’]s?|clients?['’]s?)\s+(?:own\s+|first\s+|next\s+|annual\s+|upcoming\s+)?(?:(?:[\w/:.-]+\s+){0,3}?(?:certifications?|certificates?|reports?|attestations?|audits?|credentials?|accreditations?)\s*(?:[(:—–]\s*(?:(?:such\s+as|like|including|e\.g\.,?)\s+)?|,?\s+(?:such\s+as|like|including|e\.g\.,?)\s+))?(?:(?:[\w/:.-]+\s+){0,3}[\w/:.-]+(?:,\s+|\s+(?:and|or|&)\s+)){0,3}$/i;
// "Join 1,800+ companies that use Veritrack to achieve and maintain SOC 2, ISO 27001": customers use the product to get it.
const USE_TO_ACHIEVE = /(?<!\b(?:we|I|[Ww]e['’]ve|[Ww]e\s+also|[Ww]e\s+currently)\s+)\b(?:use|uses|using|rely\s+on|relies\s+on)\s+(?:[\w.-]+\s+){1,3}?to\s+(?:achieve|get|obtain|maintain|pass|prepare\s+for|reach|earn|win)\b(?:\s+and\s+\w+)?\s+(?:[\w/:.-]+(?:,\s+|\s+(?:and|or|&)\s+|\s+)){0,6}$/i;
// ("LoyalLoop helps retailers meet their own obligations under the Privacy Principles and frameworks such as SOC 2")
const HELPS_CUSTOMERS =
  /\b(?:help(?:s|ing)?|enabl(?:e|es|ing)|get(?:s|ting)?|guid(?:e|es|ing)|support(?:s|ing)?|mak(?:e|es|ing)\s+it\s+(?:easier|simpler|faster|quicker)\s+for)\s+(?:you|(?!(?:us|we|our\s+(?:own\s+)?(?:company|business|team))\b)(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:to\s+|in\s+)?(?:achiev\w*|get|getting|becom\w*|pass\w*|reach\w*|maintain\w*|(?:prepar\w*|collect\w*|gather\w*|assembl\w*)(?:\s+[\w-]+){0,2}?\s+for|through|ready for|meet\w*)\s+(?:[\w-]+\s+){0,3}(?:[\w-]+,?\s+(?:including|such\s+as|like|e\.g\.)\s+|(?![^.;]*\b(?:we|our|us|is|are|itself|holds?|which|certified|accredited|audited)\b)[^.;]{0,140}?\b(?:frameworks?|standards?|regulations?|requirements?)\s+(?:including|such\s+as|like|e\.g\.)\s+)?(?:(?:[\w/:.-]+\s+){0,3}[\w/:.-]+(?:,\s+|\s+(?:and|or|&)\s+)){0,3}$/i;
// The one a help phrase helps, when it may be the vendor: "the company", or a name (group 1).
const HELPED_ONE = /\b(?:help(?:s|ed|ing)?|enabl(?:e|es|ed|ing)|support(?:s|ed|ing)?|guid(?:e|es|ed|ing))\s+(?:the\s+(?:company|business|organi[sz]ation|firm|group)\b|([A-Z][\w&.-]*))/;
// "Thousands of merchants have passed PCI DSS audits with Acme", "our healthcare customers passed HIPAA audits":
// the customers' own audits on the vendor's platform.
const CUSTOMERS_PASSED =
  /^\s*(?:(?:many|most|some|all|our|thousands of|hundreds of|dozens of)\s+)*(?:[\w-]+\s+)?(?:customers|clients|merchants|users|teams|organi[sz]ations|companies|businesses|startups|hospitals|practices)\s+(?:(?:have|has|had)\s+)?(?:already\s+|successfully\s+)?(?:passed|completed|achieved|obtained|received|earned|undergone|gone through)\s+(?:their\s+|its\s+)?$/i;
// "Many of our customers are brands who are working toward SOC 2 themselves", "Our customers are often preparing for SOC 2
// audits of their own": customers on their way to their own.
const CUSTOMERS_WORKING_TOWARD =
  /^\s*(?:(?:many|most|some|all|several|our|your|a\s+lot)\s+(?:of\s+(?:our|your|the|them)\s+)?)*(?:[\w-]+\s+)?(?:customers|clients|merchants|users|brands|organi[sz]ations|companies|businesses|tenants|buyers)\s+(?:(?:are|include)\s+(?:[\w-]+\s+){0,2}?(?:who|that)\s+)?(?:are|is)?\s*(?:(?:often|currently|also|now|actively|themselves)\s+)?(?:working\s+(?:toward|towards|on)|preparing\s+for|pursuing|going\s+through|seeking|in\s+the\s+middle\s+of)\s+(?:their\s+(?:own\s+|first\s+)?|an?\s+)?$/i;
// "…, and more than 600 have achieved ISO 27001 certification using the platform": a count of organisations is customers.
const COUNT_PASSED =
  /^\s*(?:(?:last|this)\s+(?:year|quarter|month)\s*,?\s*|in\s+20\d\d\s*,?\s*)?(?:(?:more\s+than|over|nearly|almost|about|some|around)\s+)?[\d,.]+\+?\s*(?:k\s+)?(?:of\s+(?:them|these|our\s+customers)\s+)?(?:(?:have|has|had)\s+)?(?:already\s+|successfully\s+)?(?:passed|completed|achieved|obtained|received|earned)\s+(?:their\s+|its\s+|a\s+|an\s+)?(?:clean\s+|first\s+)?$/i;
// "1,400+ SOC 2 reports achieved by customers", "300+ ISO 27001 certifications supported": a count of certificates is others'.
const COUNT_OF_THEM = /(?:^|\s)\d[\d,.]*\s*(?:\+|k\+?)\s*$/i;
// ("Most customers on our Growth plan go from kickoff to a SOC 2 Type I report in under 10 weeks": the customers' reports.)
const CUSTOMERS_BEFORE = /\b(?:customers|clients|users)\s+(?:include|includes|such as|like|range from)\b[^.]*$|\b(?:most|many|all|our|typical|some)\s+(?:of\s+our\s+)?(?:customers|clients|users|teams)\b[^.;]{0,60}?\b(?:go|get|move|reach|went|got|moved|reached)\s+(?:from\s+[^.;]{1,40}?\s+)?to\s+(?:an?\s+|their\s+(?:first\s+)?)?$/i;

// Someone else's certificate.
// (Or the standard names the kind of data centre: "ISO 27001 data centres" in a list of what the service runs on.)
const ATTRIBUTIVE_AFTER =
  /^[\s:-]*(?:(?:Type\s*(?:I{1,2}|[12])|:?\s*20\d\d|Level\s*(?:1|one|I))\s*)?[-\s]*(?:(?:certified|compliant|accredited|audited|attested)\s+(?:[\w-]+\s+){0,2}?(?:enterprises|companies|customers|clients|organi[sz]ations|partners|vendors|providers|suppliers|businesses|firms|banks|insurers|data\s*cent(?:er|re)s|facilities|hosts|clouds?|infrastructure|services)|(?:data\s*cent(?:er|re)s|datacent(?:er|re)s|hosting\s+(?:providers?|facilities)|colocation\s+facilities)(?!\s+(?:controls?|audits?|scope|teams?|policy|policies)\b))\b/i;
const USED_THING_RELATIVE =
  /\b(?:use|uses|using|rely on|relies on|run on|runs on|built on|host(?:ed)? on|work with|works with|partner with|choose|select|only work with)\b[^.;]*?\b(?:that|which|who)\s+(?:are|is|have been|has been|hold|holds|maintain|maintains)\b[^.;]*$/i;
const REQUIRED_OF_OTHERS = /\b(?:require[sd]?|requiring|expect|ensure)\s+(?:all\s+|our\s+|that\s+(?:all\s+|our\s+)?)?(?:sub-?processors?|vendors?|suppliers?|providers?|partners?|third[- ]part(?:y|ies))\b/i;
// The roles other companies play for the vendor: "our hosting provider", "a storage supplier", "our banking partner".
const OTHER_ROLE = String.raw`(?:providers?|hosts?|facility(?!\s+management)|sub-?processors?|processors?|partners?|vendors?|suppliers?|contractors?|aggregators?|gateways?|acquirers?|banks?|carriers?|resellers?|operators?|data cent(?:er|re)s?|facilities(?=\s+(?:that|which)\s+(?:house|host|run|store|power))|colocation\s+(?:sites?|providers?)|${THIRD_PARTY})`;
// What another company does with a certificate of its own: holds it, or obtained, passed, shares or publishes it.
const OWNS_VERB = String.raw`(?:is|are|has|have|holds?|maintains?|provides?|publishes?|shares?|supplies?|issues?|obtain(?:s|ed)?|receive(?:s|d)?|complete(?:s|d)?|pass(?:es|ed)?|undergo(?:es)?|underwent|achieve(?:s|d)?|earn(?:s|ed)?)`;
// "Bank feeds come from our aggregator, which is SOC 2 audited", "a storage supplier that is ISO 27001 certified":
// a relative clause hung on another company's role describes that company.
const RELATIVE_ON_ROLE = String.raw`\b(?:our|the|its|their|a|an)\s+(?:[\w-]+\s+){0,3}?${OTHER_ROLE}\s*,?\s+(?:which|who|that)\s+${OWNS_VERB}\s+`;
const ROLE_RELATIVE = new RegExp(
  [
    String.raw`${RELATIVE_ON_ROLE}(?:[\w-]+\s+){0,4}$`,
    // and goes on: "our payments partner, which is PCI DSS certified and issues annual SOC 1 and SOC 2 reports"
    String.raw`${RELATIVE_ON_ROLE}[^.;]{0,80}?\band\s+${OWNS_VERB}\s+(?:[\w-]+\s+){0,6}$`,
    String.raw`${RELATIVE_ON_ROLE}(?:us\s+with\s+)?(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+){0,8}$`,
  ].join('|'),
  'i',
);
// "Our cloud provider is HIPAA compliant", "Our payment processor, Stripe, also holds PCI DSS Level 1", "Our custody partner
// for cold storage, Keelhaven Trust Company, holds …".
const ROLE_SUBJECT =
  new RegExp(String.raw`\b(?:our|the|its|their|a|an)\s+(?:[\w-]+\s+){0,2}?${OTHER_ROLE}(?:['’]s?)?(?:\s+(?:for|of|in|at)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?(?:\s+(?:that\s+|which\s+)?we\s+(?:use|rely on|work with|chose|selected)|\s+(?:that|which)\s+(?:house|hosts?|runs?|stores?|holds?|operates?|power)\s+(?:our|the)\s+[\w-]+(?:\s+[\w-]+)?)?(?:\s*,\s*[^,.;]{1,40},)?\s+(?:(?:also|itself|currently|already|do|does|did)\s+)?(?:is|are|has|have|holds?|maintains?|performs?|conducts?|undergoes?|will|was|were|offers?|signs?|(?:provides?|publishes?|shares?|supplies?|issues?)\s+(?:us\s+with\s+)?(?:its|their)\b)\b`, 'i');

// "… runs on AWS and uses Vonaq for video; both maintain SOC 2 Type II reports": a pronoun for the companies the
// sentence has just named (they, both, each of them, these providers) is the subject, not the vendor.
const OTHERS_PRONOUN =
  /^\s*(?:(?:and|but)\s+)?(?:both(?:\s+of\s+(?:them|these|those))?|each(?:\s+of\s+(?:them|these|those))?|all(?:\s+(?:three|four|five|of\s+them))?|they|these|those)(?:\s+(?:providers?|partners?|vendors?|suppliers?|services|companies|platforms|sub-?processors?|clouds?|hosts?))?\s+(?:(?:also|each|both|all|independently|separately)\s+)?(?:maintain|hold|have|has|are|is|publish|provide|share|undergo|underwent|complete|pass|obtain|achieve|carr)\w*\b/i;
const OTHERS_NAMED = new RegExp(String.raw`\b(?:runs?\s+on|built\s+on|hosted\s+(?:on|by|with)|uses?|using|relies\s+on|rely\s+on|partners?\s+with|works?\s+with|through|via)\b|\b${OTHER_ROLE}\b`, 'i');

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
const STATUS_VERB = String.raw`is|are|has|have|holds?|maintains?|was|were|guarantees?|offers?|provides?|commits?`;
const SUBJECT_BEFORE_VERB = new Map<string, RegExp>();
export function namedOtherSubject(page: Page, text: string, verbs = STATUS_VERB): string | null {
  let re = SUBJECT_BEFORE_VERB.get(verbs);
  if (!re) SUBJECT_BEFORE_VERB.set(verbs, (re = new RegExp(String.raw`^\s*([A-Z][\w.&-]+(?:\s+[A-Z][\w.&-]+){0,2})(?:['’]s)?\s+(?:${verbs})\b`)));
  const m = text.replace(/^\s*(?:yes|no|not yet|correct)\b[.,!:;]?\s*/i, '').match(re);
  if (!m || !page.title) return null;
  const name = m[1]!;
  // (Nor a standard's name, "PCI DSS is a demanding audit and we have completed it", nor a contract's name for the vendor,
  // "Processor maintains …", "Service Provider has obtained …".)
  if (/^(?:We|Our|All|The|This|It|Data|Every|Each|Any|You|Your|Customer|Customers|SOC|ISO|PCI|HIPAA|GDPR|Processor|Supplier|Service|Provider|Vendor|Contractor|Company|Licensor)\b/.test(name)) return null;
  const own = `${ownTitle(page)} ${page.siteName ?? ''} ${page.url ?? ''}`.toLowerCase();
  const vendor = vendorWords(page);
  const words = name.split(/\s+/);
  if (words.some((w) => vendor.has(w) || vendor.has(w.replace(/\.\w+$/, '')) || own.includes(w.toLowerCase().replace(/\.\w+$/, '')))) return null;
  return providerNames(page).has(words[0]!) || /^[A-Z]{2,}$|^[A-Z][a-z]+[A-Z]|\s/.test(name) || dominantName(page) !== words[0] ? name : null;
}

// A label or row naming the certificate, whose value says who holds it: "ISO/IEC 27001 | Held by Musea Holding AG for its
// corporate IT", "SOC 2 Type II | Hosting provider (Amazon Web Services) — report from AWS Artifact"; and "ISO 27001
// certification refers to Microsoft Azure", "the SOC 2 badge applies to our parent company", "the certificates you see in
// the table above belong to our subprocessors".
const HELD_BY = /^\W*(?:[Hh]eld|[Mm]aintained|[Oo]wned|[Oo]btained|[Ii]ssued|[Pp]rovided|[Cc]overed|[Aa]udited)\s+(?:by|to|for)\s+(?:the\s+)?([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}|our\s+[\w\s-]{1,40})/;
const REFERS_TO = /^[\s\w/:()'’-]{0,100}?\b(?:refers?|apply|applies|belongs?|relates?|pertains?)\s+(?:only\s+)?to\s+(?:the\s+)?([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}|our\s+[\w\s-]{1,40}|[a-z][\w\s-]{1,40})/;
/** The value of the label-value pair whose label holds the mention; null when the mention is not in a label. */
function labelledValue(m: Mention): string | null {
  const { block, unit } = m;
  if (block.kind !== 'label-value' || !block.label || unit.start + m.at >= block.label.length) return null;
  return (block.value ?? block.text.slice(block.label.length)).trim();
}

function heldByOther(m: Mention): string | null {
  const { page, block, unit } = m;
  const vendor = vendorWords(page);
  const isOther = (who: string) => (/^(?:our\s|[a-z])/.test(who) ? THIRD_PARTY_ROLE.test(who) : !who.split(/\s+/).some((w) => vendor.has(w)));
  // The value of the label or row the mention names.
  const cells = block.cells ?? [];
  const named = labelledValue(m) ?? (block.kind === 'table-row' && cells.length > 1 && unit.text.slice(m.at, m.at + cells[0]!.length) === cells[0] ? cells.slice(1).join(' ') : null);
  if (named !== null) {
    const by = named.match(HELD_BY)?.[1];
    if (by && isOther(by)) return `the value says it is held by ${by.trim()}`;
    // ("PCI DSS | Level 1 Service Provider" names a level, not a provider.)
    const role = named.replace(LEVEL_TERM, '').match(THIRD_PARTY_ROLE);
    if (role && role.index! < 12) return `the value names a ${role[0]}`;
  }
  // A row of a table with a holder column ("Framework | Holder | Status": "ISO 27001 | Amazon Web Services | Inherited"),
  // or a cell that says the row is held by someone else or inherited from them.
  if (block.kind === 'table-row' && cells.length > 1) {
    const header = block.header ?? [];
    for (let i = 0; i < cells.length; i++) {
      const cell = cells[i]!.trim();
      if (cell === '' || unit.text.slice(m.at, m.at + cell.length) === cell) continue;
      if (HOLDER_COLUMN.test(header[i] ?? '') && /^[A-Z]/.test(cell) && isOther(cell.replace(/,?\s+(?:Inc|Ltd|LLC|GmbH|B\.V|AG|SAS|Pty)\.?$/i, ''))) return `the row's holder is ${cell}`;
      const by = cell.match(HELD_BY)?.[1];
      if (by && isOther(by)) return `the row says it is held by ${by.trim()}`;
      if (INHERITED_CELL.test(cell)) return `the row says it is inherited (${cell.slice(0, 40)})`;
    }
  }
  // "You may see SOC 2 on our infrastructure provider's website: …": what is seen on someone else's page is theirs.
  if (SEEN_BEFORE.test(unit.text.slice(0, m.at)) && SEEN_AT_OTHERS.test(unit.text.slice(m.end))) return 'it is seen on another company\'s page';
  // "The ISO 27001 certificate above is issued to Formwell B.V.": whom the certificate is issued to.
  const issuedTo = unit.text.slice(m.end).match(ISSUED_TO)?.[1];
  if (issuedTo && isOther(issuedTo.replace(/\s+(?:B\.V|Inc|Ltd|LLC|GmbH|AG|SAS|Pty|plc)\.?$/i, ''))) return `it is issued to ${issuedTo.trim()}`;
  // "The platform your data sits on (Formwell) holds a SOC 2 Type II report": the subject named in brackets.
  const bracketed = unit.text.slice(0, m.at).match(BRACKETED_SUBJECT)?.[1];
  if (bracketed && isOther(bracketed)) return `${bracketed} is the subject`;
  const refers = unit.text.slice(m.end).match(REFERS_TO)?.[1];
  if (refers && isOther(refers)) return `it refers to ${refers.trim()}`;
  // "The ISO 27001 badge above reflects the certifications held by the cloud providers on which Acme runs": whose it shows.
  const shows = unit.text.slice(m.end).match(SHOWS_HELD_BY)?.[1];
  if (shows && isOther(shows.trim())) return `it shows what ${shows.trim()} hold(s)`;
  // "you may see ISO 27001 among the logos because several of our cloud providers hold it": the reason names the holder.
  if (BECAUSE_OTHERS_HOLD.test(unit.text.slice(m.end)) && !/\b(?:our|its)\s+own\b/i.test(unit.text.slice(0, m.at))) return 'the sentence says others hold it';
  // "the ISO 27001 certificate that covers our infrastructure is Hetzner's, not ours": a possessive predicate.
  const whose = unit.text.slice(m.end).match(IS_THEIRS);
  if (whose && (whose[2] || isOther(whose[1]!))) return `it is ${whose[1]}'s`;
  return null;
}
const ISSUED_TO = /^\s*(?:\S+\s+){0,2}?(?:certificates?|certifications?|reports?|attestations?)\s+(?:above\s+|below\s+|shown\s+(?:above|below)\s+|listed\s+(?:above|below)\s+)?(?:is|was|has\s+been|are|were)\s+(?:issued|granted|awarded|made\s+out|registered)\s+to\s+(?:the\s+)?([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})/;
const BRACKETED_SUBJECT = /\(\s*([A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2})\s*\)\s*,?\s+(?:also\s+|itself\s+|already\s+)?(?:holds?|has|have|maintains?|is|are|carries|obtained|achieved|completed)\b[^.;()]*$/;
const SEEN_BEFORE = /\b(?:see|notice|find|spot|read|come\s+across|encounter)\s+["“‘']?$/i;
const SEEN_AT_OTHERS = /^\s*(?:Type\s*\S+\s*)?["”’']?\s+(?:(?:logos?|badges?|seals?|marks?)\s+)?(?:on|in|at|among|from)\s+(?:the\s+|our\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:providers?|hosts?|sub-?processors?|vendors?|partners?|suppliers?|clouds?|data\s*cent(?:er|re)s?)['’]?s?\s+(?:own\s+)?(?:website|site|pages?|trust\s+(?:center|centre|page|portal)|compliance\s+(?:page|portal|site)|documentation|docs|portal|listings?|logos?|badges?)\b/i;
const SHOWS_HELD_BY = /^[^.;]{0,60}?\b(?:reflects?|represents?|shows?|indicates?|denotes?|means?|stands?\s+for)\s+(?:the\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:held|maintained|obtained|issued|earned|achieved)\s+by\s+(?:the\s+|its\s+)?([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}|our\s+[\w\s-]{1,40}|[a-z][\w\s-]{1,40})/;
const BECAUSE_OTHERS_HOLD = new RegExp(String.raw`^[^.;]{0,100}?\b(?:because|as|since|given\s+that)\s+(?:(?:several|some|many|all|most|each|both)\s+(?:of\s+)?)?(?:our|the|its)\s+(?:[\w-]+\s+){0,2}?${OTHER_ROLE}\s+(?:also\s+)?(?:hold|holds|have|has|maintain|maintains|carry|carries)\s+(?:it|them|this|that|these|those|one)\b`, 'i');
// ("the SOC 2 Type II report we can point you to is our hosting provider's")
const IS_THEIRS = /^[^.;:]{0,80}?\b(?:is|are)\s+(?:all\s+|entirely\s+|only\s+)?([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}|(?:our|the|its)\s+(?:[\w-]+\s+){0,2}?(?:providers?|hosts?|partners?|suppliers?|vendors?|sub-?processors?|processors?|operators?))['’]s?(?!\w)(,?\s+(?:not|rather\s+than)\s+(?:ours|ours\b|our\s+own|[A-Z][\w&.-]*['’]s))?/;
const HOLDER_COLUMN = /^\s*(?:(?:certificate\s+)?holder|held\s+by|owner|owned\s+by|entity|legal\s+entity|issued\s+to|who\s+holds\s+it|organi[sz]ation|company)\s*$/i;
// ("SOC 2 Type II | Via AWS | …", "PCI DSS | Through Stripe")
const INHERITED_CELL = /^\W*inherited\b|^\W*(?:via|through)\s+(?:our\s+)?[A-Z]|\binherited\s+(?:from|via|through)\b|\((?:held\s+)?by\s+(?:the\s+|our\s+)?(?:provider|host|hosting\s+provider|sub-?processor|cloud(?:\s+provider)?|data[\s-]*cent(?:er|re)|operator)\)/i;

const QUOTED_SPEECH_BEFORE = /\b(?:read|reads|see|saw|seen|hear|heard|say|says|said|claim|claims|claimed|state|states|stated|write|writes|wrote|advertis\w+|market\w*)\s+(?:that\s+)?["“‘][^"”’]{0,200}$/i;
// A quotation that opens the block, or follows a name and a dash ("Meridian Health — “We run …”"), long enough to be speech.
const QUOTE_OPENS = /^\W{0,3}(?:[A-Z][^“"—–]{0,80}?\s[—–-]\s*)?([“"«])/;
const OWN_SPEAKER = /\bour\b/i;
// Someone else's attribution: "— Dana Ruiz, CISO, Cobalt Bank" (name, role, organisation), or an organisation's kind.
const OTHER_ORG = /,[^,]+,\s*\S|\b(?:Bank|Banking|Credit\s+Union|Health|Hospital|Clinic|Klinikum|Trust|Group|Insurance|Mutual|University|College|School|District|Council|Agency|Markets|Lending|Capital|Partners|Society|Foundation|Charity|Inc|Ltd|LLC|GmbH|plc)\b/;
function quotedOther(page: Page, block: Block, at: number): boolean {
  const text = block.text;
  const open = QUOTE_OPENS.exec(text);
  if (!open) return false;
  const start = open.index + open[0].length;
  if (at < start) return false;
  const closer = open[1] === '“' ? '”' : open[1] === '«' ? '»' : '"';
  const close = text.indexOf(closer, start);
  if (close >= 0 && close < at) return false;
  if ((close < 0 ? text.length : close) - start < 30) return false;
  // The attribution: after the closing mark, or the next short block ("— Dana Ruiz, CISO, Cobalt Bank").
  const next = page.blocks[block.index + 1];
  const by = `${close >= 0 ? text.slice(close + 1) : ''} ${next && next.text.length <= 160 ? next.text : ''}`;
  const vendor = vendorWords(page);
  const prefix = text.slice(0, open.index + open[0].length - 1);
  const other = OTHER_ORG.test(by) || /\p{L}/u.test(prefix.replace(/\W+$/, ''));
  // ("— Dana Ruiz, CISO, Cobalt Bank (Acme customer since 2021)": the vendor named as the relationship is no speaker.)
  const named = `${by} ${prefix}`.replace(/\b(?:an?\s+)?[A-Z][\w&-]*\s+(?:customer|client|user|partner)s?\b/g, ' ');
  return other && !(OWN_SPEAKER.test(by) || named.split(/[^\w&-]+/).some((w) => vendor.has(w)));
}

/** Who the mention at [at, end) of the unit is about. */
export function holderOf(m: Mention, clause: { start: number; end: number }): { holder: Holder; reason: string } {
  const { page, block, unit } = m;
  const text = unit.text;
  const before = text.slice(0, m.at);
  const clauseBefore = text.slice(clause.start, m.at);
  const clauseText = text.slice(clause.start, clause.end);
  // “We're an ISO 27001-certified bank with our own SOC 2 Type II program …” — Dana Ruiz, CISO, Cobalt Bank: a quoted
  // testimonial is the speaker's, unless its attribution names the vendor ("…,” said Jane Doe, CEO of Acme).
  if (m.kind !== 'feature' && quotedOther(page, block, unit.start + m.at)) return { holder: 'third-party', reason: "a quoted testimonial: someone else's words" };
  // 'Customers sometimes read "Helvetia Cloud is ISO 27001 and SOC 2 certified"', 'you'll see vendors say "our hosting is
  // ISO 27001 certified"': words quoted from someone else, unless the vendor quotes itself ("we say …").
  if (m.kind !== 'feature' && QUOTED_SPEECH_BEFORE.test(before) && !/\b(?:we|I|our|you\s+can)\b/i.test(before.replace(/["“‘][^"”’]*$/, ''))) return { holder: 'third-party', reason: "someone else's quoted words" };
  // "We have a Wexford Metrics SOC 2 Type II report on file. Does it still count?": a FAQ question's statement is the
  // asker's, not the vendor's.
  if (block.kind === 'question' && m.kind !== 'feature' && !/\?\s*$/.test(text) && /\?["'”’)]*\s*$/.test(block.text)) return { holder: 'customer', reason: "the asker's words in a question" };
  // "… go through Stripe, which is certified as a PCI DSS Level 1 Service Provider": a relative clause hung on a
  // name other than the vendor's describes that name.
  // ("Google Cloud, which maintains SOC 1, SOC 2 and SOC 3 reports and is certified to ISO/IEC 27001": the relative goes on.)
  const relative = before.match(/\b([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}),?\s+(?:which|who)\s+(?:is|are|has|have|holds?|maintains?)\s+(?:(?:(?!\b(?:we|our|us)\b)[^.;]){0,120}?\s+and\s+(?:is|are|has|have|holds?|maintains?)\s+)?(?:[\w-]+\s+){0,4}$/);
  if (relative && !relative[1]!.split(/\s+/).some((w) => vendorWords(page).has(w) || w === dominantName(page))) return { holder: 'third-party', reason: `describes ${relative[1]}` };
  if (ROLE_RELATIVE.test(before)) return { holder: 'third-party', reason: 'describes a company that serves the vendor' };
  if (m.kind === 'feature') {
    if (INTERNAL.test(clauseText)) return { holder: 'internal', reason: "the vendor's own staff or systems" };
    if (ROLE_SUBJECT.test(clauseBefore)) return { holder: 'third-party', reason: 'a provider is the subject' };
    return { holder: 'vendor', reason: 'offered to customers' };
  }
  if (m.kind === 'certification') {
    const other = heldByOther(m);
    if (other) return { holder: 'third-party', reason: other };
    // "SOC 2 Type II" / "This badge reflects the SOC 2 Type II report held by our parent company …": a label whose value
    // names the certification again is only a label; the value's own mention is judged.
    if (labelledValue(m)?.toLowerCase().includes(unit.text.slice(m.at, m.end).toLowerCase())) return { holder: 'none', reason: 'a label; its value names it again' };
  }
  // (Not when the one helped is the vendor: "Drata helps Acme maintain SOC 2", "our team supports the company in …".)
  // (Asked only when a help phrase matched: this runs for every certification mention.)
  const helpsVendor = () => {
    const helped = HELPED_ONE.exec(before);
    return !!helped && (!helped[1] || vendorWords(page).has(helped[1]));
  };
  if (m.kind === 'certification' && (CUSTOMER_OWNED.test(clauseBefore) || ((HELPS_CUSTOMERS.test(clauseBefore) || HELPS_CUSTOMERS.test(before)) && !helpsVendor()) || CUSTOMERS_BEFORE.test(clauseBefore) || USE_TO_ACHIEVE.test(clauseBefore) || USE_TO_ACHIEVE.test(before) || CUSTOMERS_PASSED.test(clauseBefore) || CUSTOMERS_WORKING_TOWARD.test(clauseBefore) || COUNT_PASSED.test(clauseBefore.split(/,?\s+and\s+|,\s+/).at(-1)!) || COUNT_OF_THEM.test(clauseBefore))) return { holder: 'customer', reason: "the customer's certification" };
  const who = attributionOf(page, block, { text, start: unit.start, end: unit.end }, unit.start + m.at);
  if (who.who === 'third-party') return { holder: 'third-party', reason: who.reason };
  if (ATTRIBUTIVE_AFTER.test(text.slice(m.end))) return { holder: 'third-party', reason: 'the certificate describes other organisations' };
  if (USED_THING_RELATIVE.test(before)) return { holder: 'third-party', reason: 'describes what the vendor uses' };
  if (/^\s*unlike\s+[^,]+,\s*(?:who|which|that)\s+[^,]*$/i.test(before)) return { holder: 'third-party', reason: 'describes the others the vendor is contrasted with' };
  if (REQUIRED_OF_OTHERS.test(clauseText)) return { holder: 'third-party', reason: 'required of suppliers' };
  if (ROLE_SUBJECT.test(clauseBefore)) return { holder: 'third-party', reason: 'a provider is the subject' };
  // The companies may be named in the sentence before: "We run on AWS and Twilio. Both hold SOC 2 reports."
  const earlier = clause.start > 0 ? text.slice(0, clause.start) : (block.text.slice(Math.max(0, unit.start - 240), unit.start).trimEnd().split(/(?<=[.!?])\s+/).at(-1) ?? '');
  if (OTHERS_PRONOUN.test(clauseBefore) && !endsWithQuestion(earlier) && OTHERS_NAMED.test(earlier)) return { holder: 'third-party', reason: 'the companies just named are the subject' };
  return { holder: 'vendor', reason: who.reason };
}
