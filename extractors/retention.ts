import type { Block, Candidate, Extractor, Page } from '../claims/types';
import { attributionOf, isQuestionSentence, leadOf, mayHoldClaim, questionOf } from '../language/context';
import { mayHoldDuration, findDurations, rankWindows, type Duration } from '../language/duration';
import { candidate, evidenceAt } from '../language/evidence';
import { splitSentences, type Sentence } from '../language/sentences';
import { NOT_OR_NEVER } from '../language/triggers';

const FIELD = 'retentionDays';

// The end of the customer relationship: what the deletion window is counted from.
const LIFE_PLUS = /\b(?:life|lifetime|duration|term|length)\s+of\s+(?:your|the|its|their|our|each|a)\s+(?:[\w-]+\s+)?(?:subscription|agreement|contract|account|licen[cs]e|service|engagement)\s+(?:plus|\+|and\s+(?:an?\s+)?(?:further|additional|extra)?)\b/;
const END_OF_ACCOUNT = new RegExp(
  [
    String.raw`\b(?:cancel(?:l?ation|l?ed|s)?|terminat(?:e|ed|es|ion|ing)|uninstall(?:ed|ation|s|ing)?|de-?activat(?:e|ed|ion)|off-?board\w*|departed|churn(?:s|ed)?)\b`,
    // "retained for the life of your subscription plus ninety days": the days after it ends.
    LIFE_PLUS.source,
    // ("after your plan ends", "of the account being closed")
    String.raw`\b(?:account|workspace|organi[sz]ation|subscription|tenant|contract|agreement|service|team|licen[cs]e|(?:paid\s+)?plan)s?\s+(?:(?:with|between)\s+(?:us|[\w&.-]+(?:\s+[\w&.-]+){0,2})\s+)?(?:is\s+|are\s+|has been\s+|have been\s+|was\s+|gets\s+|being\s+)?(?:(?:soft-)?deleted|closed|ends?|ended|expires?|expired|expiry|expiration|deletion|closure|cancell?ed|lapses?|lapsed)\b`,
    String.raw`\b(?:delet(?:e|es|ed|ing)|clos(?:e|es|ed|ing)|cancel(?:s|led|ling)?|end(?:s|ed|ing)?|leav(?:e|es|ing))\s+(?:your\s+|the\s+|an\s+|their\s+|a\s+)?(?:\w+\s+)?(?:account|workspace|subscription|organi[sz]ation|contract|tenant)s?\b`,
    String.raw`\b(?:remov(?:e|es|ed|ing)|disconnect(?:s|ed|ing)?)\s+(?:the|our|this)\s+(?:extension|app|application|add-?on|plugin|plug-in|integration|bot)\b`,
    String.raw`\bdelet\w*\s+\/?account\b`,
    String.raw`\b(?:expiry|expiration|termination|cancell?ation|closure|deletion)\s+of\s+(?:the\s+|your\s+|an?\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:subscription|contract|agreement|account|workspace|term|services?)\b`,
    String.raw`\bend\s+of\s+(?:the\s+|your\s+|our\s+)?(?:provision\s+of\s+(?:the\s+)?)?(?:contract|subscription|agreement|services?|term|relationship|engagement)\b`,
    String.raw`\b(?:after|once|when)\s+(?:you|they|the\s+(?:customer|user|client)|(?:our\s+)?(?:customers?|users?|clients?))\s+(?:leaves?|stops?\s+using|ceases?\s+(?:to\s+use|using)|no\s+longer\s+uses?)\b`,
    String.raw`\bgrace\s+period\b`,
    // a subscription left to lapse: "upon non-renewal", "if you choose not to renew", "ends without renewal", "fail to renew"
    String.raw`\bnon-?renewal\b|${NOT_OR_NEVER}\s+(?:to\s+)?renew(?:ed|s)?\b|\bwithout\s+renewal\b|\bfail(?:s|ure)?\s+to\s+renew\b`,
    // "retained for the duration of the Subscription Term and for a period of six (6) months thereafter"
    String.raw`\b(?:duration|term|length|life(?:time)?)\s+of\s+(?:the|your|its|their|each)\s+(?:[\w-]+\s+)?(?:subscription|agreement|contract|account|licen[cs]e|service)(?:\s+term)?\b[^.;]*\b(?:thereafter|afterwards|after\s+that)\b`,
    // "kept for as long as your account is active and for 2 years thereafter"
    String.raw`\b(?:account|subscription|contract|agreement)s?\s+(?:is|are|remains?)\s+(?:active|open|in force)\b[^.;]*\b(?:thereafter|afterwards|after that)\b`,
  ].join('|'),
  'i',
);
// "Cancelled and completed booking requests are cleared after 12 months": a booking cancelled, not the account.
const ENDED_OTHER_THING =
  /\b(?:cancell?ed|terminated|deactivated|closed)\s+(?:(?:and|or|&)\s+[\w-]+\s+)?(?:[\w-]+\s+)?(?:bookings?|appointments?|orders?|requests?|invoices?|meetings?|transactions?|jobs?|runs?|events?|reservations?|payments?|calls?|sessions?|shipments?|deliveries|tickets?|tasks?|items?|messages?|e-?mails?|visits?|trips?|classes|lessons?|shifts?)\b/gi;
// It must say the data goes (or is kept until then): a deletion or retention verb, or a grace period.
const DELETION = /\b(?:delet\w*|purg\w*|remov\w*|eras\w*|destr\w*|wip(?:e|ed|es|ing)|dispos\w*|anonymi[sz]\w*|retain\w*|retention|kept|keep|keeps|held|grace period|soft-delete|remains? (?:available|accessible))\b|\b(?:data|content|files|workspace|records|everything|account data)\s+(?:still\s+)?stays?\b(?=[^.;]{0,40}\b(?:in|on)\s+(?:the|our)\s+(?:system|platform|servers?)\b)|\bstays?\s+(?:still\s+)?(?:available|accessible|read-only)\b/i;
// Windows that are not the customer-data deletion window.
const OTHER_DATA = /\b(?:backups?|back-ups?|snapshots?|logs?|log files|audit (?:trails?|records?)|sessions?|cookies?|tokens?|TTL|billing|invoices?|financial|tax|transaction|accounting|payments?|overdue|past due|trial|suspen\w+|inactiv\w+|(?<!(?:\bnot|n['’]t|\bnever|\bwithout|\bno|\bfails?\s+to|\bfailure\s+to)\s+(?:be\s+|been\s+|to\s+)?)(?<!\bnon-?)renew\w*|access rights|credentials|passwords?|anonymi[sz]ed|aggregated|aggregate|statistics|analytics|usage (?:metadata|data)|call (?:detail )?records?|CDRs?|export\s+(?:files?|archives?|links?)|exported\s+(?:files?|archives?))\b/i;
const AGE_BEFORE = /\b(?:older\s+than|aged\s+(?:over|more\s+than))\s*$/i;
// "(for example, "delete event registrations 12 months after the event")": an illustration of a setting, no window.
// (No word boundary after "e.g.": the full stop ends it.)
const EXAMPLE_BRACKET = /^[([]\s*(?:(?:for example|for instance|eg|such as|like)\b|e\.g\.)/i;
// (…or skip the window: "You can skip the waiting period: Delete organization now deletes everything immediately".)
const CUSTOMER_SETTING = /\b(?:you|admins?|administrators?|owners?|customers?)\s+(?:can|may)\s+(?:also\s+)?(?:set|choose|configure|pick|select|define|enable|turn\s+on|skip|bypass|shorten|expedite)\b|\bconfigurable\b/i;
const DATA = /\b(?:data|content|information|records?|files?|embeddings|everything|account|workspace|tenant|projects?|documents?|messages|photos|images|uploads|attachments)\b/i;
const IMMEDIATE_DELETION = /\b(?:delet\w*|purg\w*|remov\w*|eras\w*|destr\w*|wip(?:e|ed|es)|cascade\w*)/i;
const PAREN = /\([^()]*\)|\[[^\][]*\]/g;

/** The ";"-bounded stretch of a sentence holding offset `at` ("active accounts plus a 90-day grace period; logs ..."). */
function segmentAround(text: string, at: number): { start: number; end: number } {
  const start = text.lastIndexOf(';', at - 1) + 1;
  const next = text.indexOf(';', at);
  return { start, end: next < 0 ? text.length : next };
}

// "Everything else, including your customer list, invoice templates and uploaded files, is deleted …": the
// examples of the customer's own data are not other kinds of data with their own windows.
const EXAMPLES_OF_DATA =
  /\b((?:everything|anything)(?:\s+else)?|(?:all\s+)?(?:(?:other|remaining)\s+)?(?:of\s+)?(?:your\s+|customer\s+|the\s+)?(?:data|content|information))\s*,?\s*\(?(?:including|such as|like|e\.g\.,?)\s+[^.;()]*?(?:\)|,(?=\s+(?:is|are|will|gets?|get)\b)|(?=\s+(?:is|are|will|gets?|get)\b))/gi;
// The same between dashes: "Everything else — dashboard users, webhook logs, uploaded files — is deleted …".
const DASHED_EXAMPLES = /\b((?:everything|anything)(?:\s+else)?|(?:all\s+)?(?:of\s+)?(?:(?:other|remaining)\s+)?(?:your\s+|customer\s+|the\s+|its\s+|their\s+)?(?:data|content|information|workspaces?|accounts?|tenants?|projects?|organi[sz]ations?))\s*[—–]\s*[^—–.;]*[—–]/gi;
// "all of its pipelines, logs, artefacts, caches, secrets and settings are purged": a list of three or more after
// "all of its" is everything the account holds, whatever one item is called.
// Without "its": "All findings, fingerprints, audit logs and settings are deleted" is the account's content when most of
// what it lists is not a kind of data with its own window (logs, backups, invoices).
const ALL_OF_LIST = /\ball\s+(?:of\s+)?(?:(?:its|your|their|the)\s+)?(?:[\w-]+(?:\s+[\w-]+)?,\s+){2,}[^.;]*?(?=\s+(?:are|is|will|gets?)\b)/gi;
function allOfList(list: string): string {
  if (/^all\s+(?:of\s+)?(?:its|your|their|the)\s/i.test(list)) return 'all data';
  const items = list.replace(/^all\s+(?:of\s+)?/i, '').split(/\s*,\s*(?:and\s+|or\s+|&\s+)?|\s+(?:and|or|&)\s+/).filter((x) => x.trim() !== '');
  return items.filter((x) => OTHER_DATA.test(x)).length * 2 < items.length ? 'all data' : list;
}
// "its repositories' data, artifacts, caches, secrets and logs within 30 days": a list of three or more things that
// holds the customer's data is the account's whole content, whatever else it names.
// (Or after "all" when its first item is the customer's data: "We delete all workspace metadata, diff snapshots and logs
// within 30 days", not "All invoices, receipts and billing records are kept for 7 years".)
const LIST_WITH_DATA = /\b(?:all\s+(?:of\s+)?(?:(?:its|your|their|the)\s+)?|(?:its|your|their|the)\s+)(?:[\w'’-]+(?:\s+[\w'’-]+){0,2},\s+){1,}(?:[\w'’-]+\s+){0,3}?(?:and|&)\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}?(?=\s+(?:are|is|will|gets?|within|in|after|no\s+later\s+than|by|upon|following|from)\b)/gi;
const CUSTOMER_DATA_WORD = /\b(?:data|metadata|content|files|documents|repositor(?:y|ies)['’]?|records|projects|messages|attachments|uploads)\b/i;
// Backups as one more place the data is deleted from: "all Customer Data, including copies contained in backups,", "purge
// it from production and backups".
// ("…, including data held in disaster-recovery snapshots, …")
const BACKUPS_INCLUDED = /,?\s*(?:including|incl\.)\s+(?:any\s+|all\s+)?(?:(?:copies|data|records|those)\s+(?:contained\s+|held\s+|stored\s+|kept\s+)?in\s+)?(?:our\s+|the\s+|its\s+|their\s+|any\s+)?(?:(?:disaster[- ]recovery|DR|offsite|off-site|encrypted)\s+)?(?:backups?|back-ups?|snapshots?|replicas?|backup\s+(?:copies|systems|media|storage))\b\s*,?/gi;
const PLACE_AND_BACKUPS = /\bfrom\s+(?:(?:all|our|the|its|their)\s+)*(?:production|live|primary|active|main)?(?:\s*(?:systems?|storage|databases?|environments?|servers?|platform|app|application|service|product|infrastructure))?\s*,?\s*(?:and|as\s+well\s+as|including)\s+(?:from\s+)?(?:(?:all|our|the|its|their)\s+)*back-?ups?(?:\s+(?:systems?|storage|copies|media))?\b/gi;
/**
 * A list that is the account's content: after "its/your/their/the", one naming the customer's data; after "all" alone, one
 * whose first item is the customer's data and most of whose items are not kinds with their own windows (not "All billing
 * records, invoices and payment data", "all usage data, invoices and receipts").
 */
function listHoldsData(list: string): boolean {
  if (!/^all\s+(?!(?:of\s+)?(?:its|your|their|the)\s)/i.test(list)) return CUSTOMER_DATA_WORD.test(list);
  const items = list.replace(/^all\s+/i, '').split(/\s*,\s*(?:and\s+|or\s+|&\s+)?|\s+(?:and|or|&)\s+/).filter((x) => x.trim() !== '');
  return CUSTOMER_DATA_WORD.test(items[0] ?? '') && !OTHER_DATA.test(items[0] ?? '') && items.filter((x) => OTHER_DATA.test(x)).length * 2 < items.length;
}
function withoutExamples(text: string): string {
  return text
    .replace(BACKUPS_INCLUDED, ' ')
    .replace(PLACE_AND_BACKUPS, 'from production')
    .replace(EXAMPLES_OF_DATA, '$1')
    .replace(DASHED_EXAMPLES, '$1')
    .replace(ALL_OF_LIST, allOfList)
    .replace(LIST_WITH_DATA, (m) => (listHoldsData(m) ? 'all data' : m));
}

// An active deletion verb whose subject is the vendor ("we … and then erase the sponsor's data …", "Tallybook deletes …"):
// what it deletes is its object, after it; what the sentence named before it ("we deliver the archive (data, audit
// trails …) to the sponsor") is not what is deleted.
const DELETE_VERB = /\b(?:delet|purg|eras|destroy|wip|remov)\w*\b/gi;
const FIRST_DELETE_VERB = new RegExp(DELETE_VERB.source, 'i');
const ACTIVE_LEAD = /(?:\b(?:we|it|they)|\b[A-Z][\w&.-]*|\b(?:and|then)|,)\s+(?:(?:will|shall|then|also|permanently|securely|automatically|irreversibly)\s+){0,3}$/;

/** What a sentence's first deletion verb deletes: the words after it, to the end of its clause. */
function deletedObject(text: string): string {
  const verb = FIRST_DELETE_VERB.exec(text);
  // (A bracket is an aside: "30-day post-uninstall deletion (backups may persist up to 7 additional days)".)
  return verb ? text.slice(verb.index).replace(PAREN, ' ').split(/[,;]/)[0]! : '';
}

/** Part of the segment that a duration belongs to: everything before it, the active deletion's object, or its bracket. */
function ownWords(seg: string, d: Duration): string {
  for (const m of seg.matchAll(PAREN)) if (m.index! <= d.start && d.end <= m.index! + m[0].length) return m[0];
  const verb = [...seg.slice(0, d.start).matchAll(DELETE_VERB)].at(-1);
  if (verb && ACTIVE_LEAD.test(seg.slice(0, verb.index))) return seg.slice(verb.index, d.end);
  // "At the end of those 30 days we delete the export file": the window comes first, what is deleted after it.
  // (A bracket before the window is an aside: "we deliver a complete export (PDF/A documents, audit trail in CSV) and then
  // retain your tenant for ninety (90) days".)
  return `${seg.slice(0, d.end).replace(PAREN, ' ')} ${verb ? '' : deletedObject(seg.slice(d.end))}`;
}

// A sentence that counts from a period the sentence before set: "At the end of those 30 days we delete …",
// "After that period, all data is erased", "Thereafter it is purged within 14 days".
const REFERS_BACK = /\b(?:(?:those|these|that|this|the same|the)\s+(?:\w+\s+)?(?:\d+|[a-z]+)[- ]?(?:(?:business|calendar)\s+)?(?:days?|weeks?|months?)|(?:that|this|the|such)\s+(?:[\w-]+\s+){0,3}?(?:period|window)|thereafter|after (?:that|this|which)|afterwards)\b/i;

// A window that follows another: "at the end of that 30-day export window we delete the tenant within a further 60
// days" is 90 days after the account ends.
const FURTHER_BEFORE = /\b(?:a|an|the)?\s*(?:further|additional|another|extra|following|next|subsequent)\s+$/i;

// A period the text defines and names, as contracts do: "read-only for a period of thirty (30) days (the "Export
// Period")"; a later "within ten (10) Business Days after expiry of the Export Period" counts from its end.
const DEFINES_PERIOD = /\(\s*(?:the\s+)?["“]([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})["”]\s*\)/g;
const AFTER_NAMED = /^[\s,]*(?:[\w-]+\s+){0,2}?(?:after|following|from)\s+(?:the\s+)?(?:expiry|end|expiration|close|lapse|conclusion)\s+of\s+(?:the\s+|such\s+)?["“]?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})/;
type NamedPeriods = Map<string, { days: number; text: string }>;
const NAMED_BEFORE =
  /\b(?:[Aa]fter|[Ff]ollowing|[Oo]nce|[Ww]hen|[Uu]pon|[Oo]n|[Aa]t)\s+(?:(?:the\s+)?(?:expiry|end|expiration|close|closure|lapse)\s+of\s+)?(?:the\s+|this\s+|such\s+)?["“]?([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})["”]?(?:\s+(?:closes|ends|expires|has\s+(?:closed|ended|expired|passed)|is\s+over|lapses))?\s*,/g;
function namedPeriods(page: Page): NamedPeriods {
  const out: NamedPeriods = new Map();
  for (const block of page.blocks) {
    if (!block.text.includes('(')) continue;
    for (const s of splitSentences(block.text)) {
      for (const m of s.text.matchAll(DEFINES_PERIOD)) {
        // The period just before its name, or one whose span the words between say ("For thirty (30) days following the
        // termination of the Agreement (the "Export Period")"): no other duration and no full stop between them.
        const d = findDurations(s.text.slice(0, m.index)).at(-1);
        const between = d ? s.text.slice(d.end, m.index) : '';
        // A contract's own term ("an initial term of twelve (12) months (the "Initial Term")") is no window after the account.
        if (/\b(?:term|trial|notice|subscription|renewal)\b/i.test(m[1]!)) continue;
        if (d && (between.length <= 3 || (between.length <= 100 && /^\s*(?:following|after|from|of|upon|on)\b/i.test(between) && END_OF_ACCOUNT.test(between)))) out.set(m[1]!.toLowerCase(), { days: d.days, text: s.text });
      }
    }
  }
  return out;
}

// The customer's own duty to keep records, often a law's: "the tax agency requires businesses to keep records for six
// years", "you must retain payroll records for 3 years after an employee leaves". Not how long the vendor keeps data.
const CUSTOMER_KEEPS =
  /\b(?:requires?|required|obliges?|obliged|obligates?|expects?)\s+(?:you|your\s+[\w-]+|businesses|employers|companies|customers|clients|organi[sz]ations|taxpayers|firms|practices|clinics|schools|merchants|landlords|controllers?)\s+to\s+(?:keep|retain|store|hold|maintain|preserve)\b|\b(?:you|businesses|employers|companies|customers|clients|organi[sz]ations|taxpayers|firms|practices|controllers?)\s+(?:(?:generally|usually|typically|normally|may|will)\s+)?(?:must|should|are (?:legally )?(?:required|obliged|expected) to|have to|need to)\s+(?:keep|retain|store|hold|maintain|preserve)\b/i;

const LEGAL_HOLD =
  /\b(?:obliged|required|obligated|bound)\s+(?:by\s+law\s+)?to\s+(?:keep|retain|preserve|hold)\b|\b(?:kept|retained|held|preserved)\s+(?:[\w-]+\s+){0,4}?(?:for\s+)?(?:the\s+|a\s+)?(?:statutory|legally\s+required|legal|regulatory|mandatory)\s+(?:retention\s+)?periods?\b/i;

// The length of something else: the contract, a trial, a notice period ("the 12-month term", "a 30-day trial", "30 days' notice").
const TERM_AFTER = /^['’]?[- ]?(?:(?:free|initial|minimum|renewal|subscription|contract|written|prior)[- ])?(?:terms?|trials?|subscriptions?|contracts?|commitments?|billing (?:periods?|cycles?)|plans?|notice)\b/i;

// "When the 60-day read-only window closes, we delete your data within thirty (30) days": the second window counts from
// the end of the first, named just before it in the same sentence. (A contract's "12-month term" is no such window.)
const WINDOW_OPENER = /\b(?:after|when|once|following|at the end of|upon (?:the )?(?:end|expiry|expiration|close) of|on (?:expiry|expiration) of)\s+(?:the|that|this|your|its|their|such|a|an)\s+(?:[\w-]+\s+){0,2}?$/i;
const WINDOW_NOUN =
  /^[- ]?(?:[\w-]+[- ]){0,2}?(?:window|grace period|(?:export|read-only|retrieval|recovery|download|soft-delete|deactivation|suspension|holding|cooling-off|quarantine|restoration|reactivation)\s+period)\b(?:\s+(?:closes|has closed|ends|has ended|expires|has expired|lapses|elapses|is over|has passed|runs out))?[^.;]{0,80}$/i;
function closedWindowBefore(before: string): Duration | undefined {
  const prev = findDurations(before).at(-1);
  if (!prev || !WINDOW_OPENER.test(before.slice(Math.max(0, prev.start - 40), prev.start))) return undefined;
  return WINDOW_NOUN.test(before.slice(prev.end)) ? prev : undefined;
}

function read(page: Page, block: Block, s: Sentence, prev: Sentence | undefined, next: Sentence | undefined, named: NamedPeriods): Candidate<number>[] {
  const out: Candidate<number>[] = [];
  // The question an answer answers ("What happens to my notes when I cancel?") and a heading that names the
  // end of the account ("Account deletion") say what the window is counted from.
  const heading = block.headings.at(-1) ?? '';
  // A table row's first cell names the event its other cells describe ("Org account closed | Data retained 180 days …").
  const rowEvent = block.kind === 'table-row' && block.cells && block.cells.length > 1 && !block.cells[0]!.includes(s.text) && !OTHER_DATA.test(block.cells[0]!) ? block.cells[0] : null;
  const around = [leadOf(page, block), block.label, questionOf(page, block), END_OF_ACCOUNT.test(heading) ? heading : null, rowEvent].filter(Boolean).join(' ');
  // The sentence before sets the period this one refers to, or the next one says what happens at its end.
  const before = prev && REFERS_BACK.test(s.text) ? prev : null;
  const nextDays = next && REFERS_BACK.test(next.text) ? findDurations(next.text).map((x) => x.days) : null;
  const found = findDurations(s.text);
  // "deleted within 60 days; we shortened this from 60 to 30 days": the replaced 60 is no window.
  const replacedHere = new Set(found.flatMap((d) => (d.replacedHours === undefined ? [] : [d.replacedHours])));
  for (const d0 of found) {
    if (replacedHere.has(d0.hours) && d0.replacedHours === undefined) continue;
    const seg = segmentAround(s.text, d0.start);
    const segText = s.text.slice(seg.start, seg.end);
    const d = { ...d0, start: d0.start - seg.start, end: d0.end - seg.start };
    const own = ownWords(segText, d);
    // "On termination …, the account is suspended and data is held for a 14-day grace period": the suspension is the
    // state during the window after the end, not a suspension for non-payment.
    const ownData = END_OF_ACCOUNT.test(own.split(/\bsuspen/i)[0]!) ? own.replace(/\b(?:is|are|gets?|will\s+be|becomes?)\s+suspended\b/gi, ' ') : own;
    if (OTHER_DATA.test(withoutExamples(ownData))) continue;
    // An age rule or a setting of the customer's, not a window after the account ends: "delete conversations older than
    // 12 months", "you can set an auto-delete period", "files more than 90 days old".
    if (CUSTOMER_KEEPS.test(segText)) continue;
    // "… the term of your subscription and an additional 6 years for invoices", "… plus 90 days of backups": the added
    // window is other records'.
    if (LIFE_PLUS.test(segText) && /^\s*(?:of|for|in)\b/i.test(segText.slice(d.end))) continue;
    // "… Spendlane will notify the Customer's designated contact within thirty-six (36) hours": a notice window, not a deletion one.
    if (/\b(?:notify|notifies|notified|notification|inform|informs)\b[^.;]{0,60}$/i.test(segText.slice(0, d.start))) continue;
    // Records the law makes the vendor keep: "records that we are obliged to keep under AML rules are retained for the
    // statutory period (currently five years)" is an exception to the deletion window, not the window.
    const hold = LEGAL_HOLD.exec(segText.slice(0, d.end));
    // (Not "Unless we are required to retain it by law, we delete all customer data within 30 days".)
    if (hold && !/\b(?:unless|except|save)\b[^.;]{0,40}$/i.test(segText.slice(0, hold.index))) continue;
    if (AGE_BEFORE.test(segText.slice(0, d.start)) || TERM_AFTER.test(segText.slice(d.end)) || /^\s*old\b/i.test(segText.slice(d.end)) || CUSTOMER_SETTING.test(own) || EXAMPLE_BRACKET.test(own)) continue;
    // The event may sit in another ";" part ("delete their account at any time; data is removed within 30 days").
    // (Not when what the next sentence deletes is something else: "At the end of those 30 days we delete the export file.")
    const nextObject = next ? deletedObject(next.text) : '';
    const withNext = !!next && nextDays !== null && nextDays.every((days) => days === d0.days) && !(OTHER_DATA.test(nextObject) && !CUSTOMER_DATA_WORD.test(nextObject));
    // Counted from the end of an earlier window: one named and defined elsewhere, or one set just before ("a further 60 days").
    // …or named before it: "After the Export Window closes, Pagewright shall delete … within thirty (30) days".
    const namedBefore = [...s.text.slice(0, d0.start).matchAll(NAMED_BEFORE)].at(-1)?.[1];
    const namedTerm = AFTER_NAMED.exec(s.text.slice(d0.end, d0.end + 80))?.[1] ?? (namedBefore && named.has(namedBefore.toLowerCase()) ? namedBefore : undefined);
    const fromNamed = namedTerm ? named.get(namedTerm.toLowerCase()) : undefined;
    const earlier = FURTHER_BEFORE.test(s.text.slice(Math.max(0, d0.start - 20), d0.start))
      ? [...(before ? findDurations(before.text) : []), ...findDurations(s.text.slice(0, d0.start))].at(-1)
      : closedWindowBefore(s.text.slice(0, d0.start));
    const ctx = [s.text, around, before ? before.text : '', withNext ? next.text : '', fromNamed?.text ?? ''].join(' ');
    if (!END_OF_ACCOUNT.test(ctx.replace(ENDED_OTHER_THING, ' ')) || !DELETION.test(ctx) || (!DATA.test(ctx) && !IMMEDIATE_DELETION.test(ctx))) continue;
    // "offenders are immediately terminated": "immediately" counts only next to a deletion verb.
    if (d0.immediate && !IMMEDIATE_DELETION.test(s.text.slice(Math.max(0, d0.start - 40), d0.end + 40))) continue;
    if (/\bgrace\s+period\b/i.test(segText) && OTHER_DATA.test(segText) && !/\b(?:uninstall|cancel|terminat|delet)/i.test(segText)) continue;
    if (d0.hours > 24 * 366 * 10) continue;
    if (attributionOf(page, block, s, s.start + d0.start).who === 'third-party') continue;
    const strong = /\b(?:cancel|terminat|uninstall|delet|clos|ends?\b|expir)/i.test(segText);
    // Quote the ";" part when it names the event itself, else the whole sentence so the quote shows it.
    const from = before && (fromNamed || !END_OF_ACCOUNT.test(s.text + ' ' + around)) ? before.start : s.start;
    const to = withNext && IMMEDIATE_DELETION.test(next.text) ? next.end : s.end;
    const ev = END_OF_ACCOUNT.test(segText) && from === s.start && to === s.end ? evidenceAt(block, s.start + seg.start, s.start + seg.end) : evidenceAt(block, from, to);
    const days = (d0.immediate ? 0 : d0.days) + (fromNamed?.days ?? earlier?.days ?? 0);
    const counted = fromNamed ? ` after the ${fromNamed.days} days of "${namedTerm}"` : earlier ? ` after the ${earlier.days} days before it` : '';
    out.push(candidate(FIELD, days, ev, strong ? 0.85 : 0.75, `"${d0.text}"${counted} after the account ends`));
  }
  // "immediately, with a 7-day soft-delete window": the data is gone at the end of the longest window.
  if (out.length > 1) {
    const max = Math.max(...out.map((c) => c.value));
    return out.filter((c) => c.value === max).slice(0, 1);
  }
  return out;
}

/**
 * The sentence a sentence that refers back ("After the 30 days, …", "After the 30-day read-only period, …") counts from:
 * the nearest of the three before it that states a period, or the last sentence of the block before under the same
 * heading (a numbered clause: "7.2 … read-only for 30 days" / "7.3 After the 30-day read-only period, …"); else the one
 * just before it. Its offsets are only used within its own block.
 */
function earlierPeriod(page: Page, block: Block, sentences: readonly Sentence[], i: number): Sentence | undefined {
  const s = sentences[i]!;
  if (!REFERS_BACK.test(s.text)) return sentences[i - 1];
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) if (findDurations(sentences[j]!.text).length > 0) return sentences[j];
  if (i > 0) return sentences[i - 1];
  const prev = page.blocks[block.index - 1];
  if (!prev || prev.kind === 'heading' || prev.headings.at(-1) !== block.headings.at(-1)) return undefined;
  const last = splitSentences(prev.text).at(-1);
  // Another block's sentence: lend its text only (its quote cannot be cut from this block).
  return last && findDurations(last.text).length > 0 ? { text: last.text, start: s.start, end: s.start } : undefined;
}

export const extractor: Extractor<number> = {
  meta: {
    id: 'retention',
    field: FIELD,
    version: 2,
    description: 'Days after cancellation, termination, uninstall or account deletion until customer data is deleted.',
  },
  extract(page): Candidate<number>[] {
    const all: Candidate<number>[] = [];
    const named = namedPeriods(page);
    for (const block of page.blocks) {
      if (!mayHoldClaim(block) || !mayHoldDuration(block.text)) continue;
      const sentences = splitSentences(block.text);
      sentences.forEach((s, i) => {
        if (!isQuestionSentence(s.text)) all.push(...read(page, block, s, earlierPeriod(page, block, sentences, i), sentences[i + 1], named));
      });
    }
    // The most direct reading wins; between equals, the longest window (the data may exist until then).
    // A value the page says it replaced ("shortened … from 60 to 30 days") no longer holds wherever else it is stated.
    return rankWindows(page, all, (days) => days * 24);
  },
};

// Must read right: "purged within 30 days of account cancellation" 30; "After uninstall: 30-day grace period, then
// permanent deletion" 30; "after an audit period [30 days max] after the account is terminated" 30; "Data is removed
// as soon as the uninstall is completed" 0; "kept for a minimum of 90 days, after which it will be removed" 90;
// "active accounts plus a 90-day grace period" 90; "When a workspace is deleted: ... deleted within 60 days" 60.
// Must not be fooled by: "backups retained 30 days"; "logs retained 30–90 days"; "billing records up to 10 years";
// "retained for the duration of the contract"; "LLM providers only retain Customer Data for 30 days";
// "30-day expiry" of session cookies; "revoked on termination within 24 hours" (staff access).
