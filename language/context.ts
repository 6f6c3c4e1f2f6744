/**
 * Whose claim is a sentence, and where does it sit (FAQ answer, list item under a lead)?
 * Shared by every extractor that must not credit the vendor with a subprocessor's certificate.
 *
 *   attributionOf(page, block, sentence, at) -> { who: 'vendor' | 'third-party', reason }
 *   questionOf(page, block)  -> the FAQ question a block answers, or null
 *   leadOf(page, block)      -> the lead-in a list item hangs from, or null
 *   shortAnswer(text)        -> 'yes' | 'no' | null for "Yes.", "Not yet.", "No, we don't ..."
 *   isQuestionSentence(text) -> true for "Is Acme SOC 2 certified?" (a question is never a claim)
 *   mayHoldClaim(block)      -> false for headings and for question blocks with no inline answer
 *   providerNames(page), vendorWords(page) -> re-exported from ./names.ts
 *   THIRD_PARTY_ROLE         -> regex for "our infrastructure provider", "sub-processors", "data centres"
 *
 * Polarity and time (negated / planned / conditional) live in ./polarity.ts.
 */
import type { Block, Page } from '../claims/types';
import type { Sentence } from './sentences';
import { splitSentences, endsWithQuestion } from './sentences';
import { NOT_A_NAME, THIRD_PARTY, THIRD_PARTY_HEADING, dominantName, providerNames, vendorWords, writtenAsName } from './names';
import { escapeRegExp } from './regex';
import { CLAUSE_BREAK } from './triggers';

export { providerNames, vendorWords } from './names';

export type Attribution = 'vendor' | 'third-party';

/** Nouns naming someone other than the vendor: "our infrastructure provider", "Amazon's data center operations". */
// The customer's duty, not a claim of the vendor's: "If you run it yourself, you are responsible for … database encryption".
export const CUSTOMER_DUTY = /\b(?:you|customers?|the\s+customer|self-?hosters?|operators?)\s+(?:are|is|remain|remains)\s+(?:solely\s+|fully\s+)?responsible\s+for\b|\b(?:it\s+is|it['’]s)\s+up\s+to\s+you\b|\byour\s+(?:own\s+)?responsibility\b|\byou\s+(?:must|need\s+to|should|have\s+to)\s+(?:configure|enable|set\s+up|manage|provide|handle)\b/i;
// A provider named by its role as a clause's subject: "The partner encrypts …", "Each subprocessor on this list states …".
export const PROVIDER_ROLE_SUBJECT = /^\W*(?:the|our|its|their|this|that|each)\s+(?:[\w-]+\s+){0,3}?(?:partners?|providers?|processors?|sub-?processors?|vendors?|hosts?|suppliers?)\s+(?:also\s+|then\s+)?$/i;
/** PCI DSS's names for validation levels, "Level 1 Service Provider": a level the vendor holds, not another company. */
export const LEVEL_TERM = /\blevel\s*(?:[1-4]|one|two|I{1,3})\s+(?:service\s+providers?|merchants?)\b/gi;
// "The Toronto and Montréal facilities that house our infrastructure are certified …": a facility as the subject.
const FACILITY_SUBJECT = /^\s*(?:[Tt]he\s+|[Oo]ur\s+|[Ii]ts\s+)?(?:(?:[A-Z][\p{L}-]*\s+){1,2}(?:(?:and|&)\s+(?:[A-Z][\p{L}-]*\s+){1,2})?)?(?:facilit(?:y|ies)|data\s*cent(?:er|re)s?|datacent(?:er|re)s?|colocation\s+(?:sites?|facilit(?:y|ies)))\b(?:\s+(?:that|which)\s+(?:house|host|hold|run)s?\s+[^,.;]{1,60}?)?\s+(?:are|is|have|has|hold|holds|maintain|maintains|carry)\b[^.;]*$/u;
// "AWS, Stripe and our video partner all hold …"; the clause may start after the first comma: "Stripe and our video
// partner all hold …".
const NAME_LIST_SUBJECT = /^\s*(?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}\s*,\s*){0,5}[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}\s+(?:and|&)\s+(?:(?:our|their)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?|[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})\s+(?:all|both|each)\s+(?:hold|have|maintain|are|carry|publish)\s*$/;
const ROLE_OF = /[’'`]s\s+(?:[\w-]+\s+){0,2}?(?:partners?|providers?|suppliers?|vendors?|processors?|sub-?processors?|acquirers?|hosts?|manufacturers?|resellers?|contractors?)\b/i;
const PAGE_KIND_WORD = /^(?:certifications?|compliance|security|trust|privacy|platform|cloud|infrastructure|hosting|products?|overview|services?|audits?|attestations?|standards?|frameworks?|reports?|assurance|governance|policies|controls?)$/i;
/** "Atlas, our analytics platform", "our Atlas product": a name the page gives as the vendor's own. */
function ownProduct(page: Page, name: string): boolean {
  const esc = escapeRegExp(name);
  const own = new RegExp(String.raw`\b${esc},\s+our\b|\bour\s+${esc}\b`);
  return page.blocks.some((b) => own.test(b.text));
}
const OTHER_COMPANY_HEADING = /^\s*([A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2})\s*(?:\(\s*(?:the\s+|our\s+)?(?:underlying\s+)?(?:platform|provider|host|hosting|infrastructure|cloud|partner|processor|sub-?processor|supplier|vendor|parent(?:\s+company)?|licensor)\s*\)|[—–:-]\s*(?:the\s+|our\s+)?(?:underlying\s+)?(?:platform|hosting|infrastructure|cloud)\s+(?:provider|partner|vendor|host))\s*$/;
export const THIRD_PARTY_ROLE =
  new RegExp(String.raw`\b(?:(?:sub-?|payment\s+)processors?|(?:cloud|hosting|infrastructure|service|storage|database|payment|email|data|AI|LLM|model|CDN)\s+(?:providers?|vendors?|partners?)|(?<!\b(?:a|an|leading|trusted)\s)(?:providers?|vendors?)(?!\s+of\b)|data[\s-]*cent(?:er|re)s?|data\s+halls?|co-?locat(?:ion|ions|ed|es|e|ing)\b|hosting facilit(?:y|ies)|(?:facilit(?:y|ies)|buildings?|sites?|premises)\s+(?:that\s+|where\s+|in\s+which\s+)?we\s+(?:colocate|co-locate|rent|lease|use|sit\s+in)\b|CDNs?|content delivery networks?|(?:banking|bank|card|financial|issuing|telecom|network|logistics|delivery|technology|hardware|reseller|channel|implementation|payments?)\s+partners?|card\s+issuers?|(?:these|those|such)\s+partners\b|\b(?:the|our)\s+(?:parent\s+)?(?:institute|university|group|holding|foundation|parent)['’]s\b|(?:issuing|partner|sponsor|correspondent|acquiring)\s+banks?|parent\s+(?:company|group|organi[sz]ation)|group\s+compan(?:y|ies)|sister\s+compan(?:y|ies)|${THIRD_PARTY})\b`, 'i');
const OPENING_PHRASE = /^\s*(?:per|as\s+per|under|according\s+to|pursuant\s+to|in\s+line\s+with|in\s+accordance\s+with|following|after|upon|on|in|for|at|by|with|as\s+(?:set\s+out|described|stated)\s+in)\s+[^,]*$/i;
const APPOSITIVE = /(\b[A-Z][\w.&-]*)\s*,\s*(?:a|an|which|who|whose|that|both|each|all|either)\s+[^,.;]*$/;
// "Microsoft Azure holds ISO 27001 certification": a named subject that is not the vendor (known from title or URL).
// (Names may have letters beyond ASCII: "Kōwhai Cloud's facilities hold …".)
// "As our payment provider, Stripe holds …": the name after the comma is the provider just introduced (an integration page's
// title may name it too).
const AS_ROLE_BEFORE = /^\W*(?:as|like)\s+(?:one\s+of\s+)?(?:our|its|their|a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:providers?|partners?|processors?|vendors?|hosts?|suppliers?|sub-?processors?)\b/i;
const NAMED_SUBJECT = /^\s*(?:the\s+)?((?:\p{Lu}[\p{L}\p{N}_.&-]*\s+){0,3}\p{Lu}[\p{L}\p{N}_.&-]*)(?:\s+and\s+(?:\p{Lu}[\p{L}\p{N}_.&-]*\s*){1,3})?(?:[’'`]s(?:\s+[\w-]+){0,3}?)?\s+(?:(?:both|each|also|all|itself)\s+)?(?:[a-z]+\s+){0,2}?(?:is|are|has|have|holds?|maintains?|achieved|obtained|received|issued|published|passed|earned|secured|was|were|undergoes|completed|operates?|encrypts?|talks?|connects?|transmits?|communicates?|sends?)\b/u;
// What may stand between a certification's name and the word it qualifies: "Type II", "(Type 2)", ":2022".
const TYPE_OR_YEAR = String.raw`\(?\s*(?:type\s*(?:i{1,2}|[12])|:\d{4})\s*\)?`;
const ATTRIBUTIVE_NOUN = new RegExp(String.raw`^[\s-]*(?:${TYPE_OR_YEAR}[\s-]*)*(?:certified|compliant|accredited|audited|attested)\s+(?!organi[sz]ation|company|business|vendor|platform|service|product|solution|team|provider\b)([a-z][\w-]*)`, 'i');
// "SOC 2-compliant infrastructure (AWS)": what a certificate qualifies here is someone's hosting.
const HOSTING_NOUN = /^(?:infrastructure|data|datacenters?|facilit(?:y|ies)|hosting|hosts?|servers?|cloud|clouds|storage|databases?|vector|providers?|vendors?|partners?|sub-?processors?|suppliers?|third)$/i;
// "ISO 27001 data centre", "SOC 2 hosting": the standard names the facility's or the host's certificate, right before it.
const FACILITY_QUALIFIED = new RegExp(String.raw`^(?:\s*${TYPE_OR_YEAR})*\s+(data\s*cent(?:re|er)s?|datacent(?:re|er)s?|facilit(?:y|ies)|hosting|colocation|co-location)\b(?!\s+(?:operations|standards?|requirements|controls|are\s+in\s+scope))`, 'i');
// Not a noun: "SOC 2 Type II certified and our hosting provider is too".
const FUNCTION_WORD = /^(?:and|or|but|nor|by|for|in|on|to|with|since|as|at|of|from|under|across|against|the|a|an|our|its|their|is|are|was|were|until|through|via|so|then|too|also|annually|yearly)$/i;
const PRECEDES_ATTRIBUTIVE = /\b(?:on|in|with|by|at|uses?|using|across|within|from|through|via)\s+(?:our\s+|the\s+|a\s+|an\s+)?$/i;
// A sentence with no subject of its own: lower-case start, or a pronoun/anaphoric noun phrase. Case matters:
// with the i flag [a-z] would match every sentence and every sentence would walk back through the block.
const ANAPHOR = /^(?:[a-z]|(?:[Tt]his|[Tt]hese|[Tt]hey|[Tt]heir|[Ii]ts|[Ii]t|[Ss]uch|[Tt]he audit|[Tt]hose)\b)/;

/** The FAQ question a block answers: its `question`, a question heading right above it, or a question block just before. */
export function questionOf(page: Page, block: Block): string | null {
  if (block.question) return block.question;
  const h = block.headings.at(-1);
  if (h && endsWithQuestion(h)) return h;
  const prev = page.blocks[block.index - 1];
  if (prev && (prev.kind === 'question' || (prev.kind !== 'list-item' && endsWithQuestion(prev.text) && prev.text.length < 200))) return prev.text;
  return null;
}

// "Can Acme help with my company's ISO 27001 audit?", "Do you support our SOC 2 compliance?": asked in the customer's
// voice about the customer's own certification. A "Yes" to it claims nothing of the vendor's.
const ASKS_ABOUT_OWN = /\b(?:help|assist|support|use|using|prepar|evidence|speed|simplif|streamlin|meet)\w*\b[^?]*\b(?:my|our|me|us|I)\b|\b(?:my|our)\s+(?:own\s+)?(?:[\w'’-]+\s+){0,2}$/i;
/** Whether a question on a certification asks about the customer's own: the words before its first mention of `topic` say so. */
export function asksAboutOwn(question: string, topic: RegExp): boolean {
  const at = question.search(topic);
  return at >= 0 && ASKS_ABOUT_OWN.test(question.slice(0, at));
}

/** The lead-in a list item hangs from: its `lead`, or the paragraph ending in ":" just above its list. */
export function leadOf(page: Page, block: Block): string | null {
  if (block.kind !== 'list-item') return null;
  if (block.lead) return block.lead;
  for (let i = block.index - 1; i >= 0; i--) {
    const b = page.blocks[i]!;
    if (b.kind === 'list-item') continue;
    return b.kind === 'paragraph' && /:\s*$/.test(b.text) ? b.text : null;
  }
  return null;
}

/** A question, not a claim: "Is Acme SOC 2 certified?", or a bold FAQ line with its "?" lost ("Are you SOC 2 compliant"). */
export function isQuestionSentence(text: string): boolean {
  return /\?["”’)]*\s*$/.test(text) || /^\s*(?:[Dd]o|[Dd]oes|[Dd]id|[Ii]s|[Aa]re|[Cc]an|[Ww]ill|[Hh]ave|[Hh]as|[Ww]hat|[Hh]ow|[Ww]here|[Ww]hen|[Ww]hich|[Ww]ho|[Ww]hy)\s+(?:[Yy]ou|[Yy]our|[Ww]e|[Oo]ur|[Ii]t|[Tt]hey|[Tt]here|[A-Z])/.test(text) && !/[.!]\s*$/.test(text);
}

/** Blocks a claim can be read from: not headings, and a question block only when an answer follows its "?". */
export function mayHoldClaim(block: Block): boolean {
  return block.kind !== 'heading' && (block.kind !== 'question' || /\?["”’)]*\s+\S/.test(block.text));
}

/** "Yes." / "Yes, we ..." -> 'yes'; "No." / "Not yet." / "Not currently" / "No, ..." -> 'no'. */
export function shortAnswer(text: string): 'yes' | 'no' | null {
  text = withoutAnswerMark(text);
  const rest = text.replace(/^\s*(?:currently|unfortunately|sadly|at (?:this|the) (?:time|moment)|as of (?:today|now)|today)\s*,?\s*/i, '');
  if (/^\s*(?:no|not(?=\s*(?:[.!,;:—–-]|$))|not (?:yet|currently|at (?:this|the moment|the time|present)|today)|nope|not something (?:that\s+applies|(?:we|I)(?:['’]ve|\s+have)?\s+(?:hold|have|pursued?|offer|got|done|obtained|sought|achieved))\b|we (?:are not|aren['’]t|do not|don['’]t|have not|haven['’]t))\b/i.test(rest)) return 'no';
  if (/^\s*(?:yes|yep|correct|absolutely|we (?:are|do))\b/i.test(text)) return 'yes';
  return null;
}

// The subject's clause: the judge's clause breaks, plus a colon before a new independent clause ("… compliance: Acme is …").
const SUBJECT_BREAK = new RegExp(`${CLAUSE_BREAK.source}|:\\s+(?=[A-Z])`, 'gi');
// (Letters beyond ASCII too: "Kōwhai Cloud's facilities hold …".)
// ("Amazon Web Services' own SOC 1, SOC 2 Type II and ISO 27001 reports": a plural possessive, and the rest of its list.)
const POSSESSIVE = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}.&-]*(?:\s+\p{Lu}[\p{L}\p{N}.&-]*){0,3}?)(?:[’'`]s|(?<=s)[’'`])\s+(?:own\s+)?(?:[\p{L}\p{N}-]+\s+){0,2}(?:(?:[\p{L}\p{N}/:.-]+\s+){0,3}[\p{L}\p{N}/:.-]+(?:,\s+|\s+(?:and|or|&)\s+)){0,3}$/u;
const STANDARDS_BODY = /^(?:AICPA|ISO|IEC|NIST|HHS|CSA|ENISA|BSI|SSC|PCI|CISA|ANSI|IAF|UKAS|DAkkS|ISACA)$/;

/** An answer's text without its "A:" / "Answer:" marker (a FAQ written as "Q: … A: …"). */
export function withoutAnswerMark(text: string): string {
  // ("Honest answer: no, not yet.", "Short answer: yes.")
  return text.replace(/^\s*(?:A|(?:(?:the\s+)?(?:short|honest|quick|simple|brief|straight|official)\s+)?[Aa]nswer)\s*:\s*/i, '');
}

/** The words before a mention that can be its subject: the current clause, unless it restarts with "we"/"our". */
// A contract names its parties by role, capitalised and with no article: in the vendor's DPA "Processor shall notify
// Customer" and "Processor holds ISO/IEC 27001" are the vendor. "Our processor", "a Sub-processor" and "Processor's
// hosting provider" are others.
const CONTRACT_PARTY = /(?<![\w-])(?<!\b(?:[Oo]ur|[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Ee]ach|[Aa]ny|[Ee]very|[Ss]uch|[Yy]our|[Tt]hat|[Tt]his|[Oo]ther|[Aa]nother)\s+)(?:Data Processor|Processor|Service Provider|Provider|Supplier|Vendor)(?![\w-])(?![’']s\s+(?:[\w-]+\s+){0,2}(?:providers?|vendors?|partners?|sub-?processors?|suppliers?)\b)/g;
const COUNTERPARTY = /\b(?:Customer|Controller|Client|Licensee|Subscriber)\s+(?:shall|may|must|will|agrees|acknowledges|is responsible)\b/;
// The verb that ends a clause's subject: "Our hosting provider | runs the data centres", "We | host everything on Hetzner".
const SUBJECT_VERB = /\b(?:is|are|was|were|has|have|had|holds?|maintains?|runs?|stores?|hosts?|uses?|provides?|process(?:es)?|offers?|operates?|manages?|handles?|keeps?|builds?|serves?|relies|rely|works?|partners?(?=\s+with\b)|supports?|sells?|makes?|gives?|takes?|delivers?)\b/i;
// A party defined as in a contract: 'Acme Ltd ("Vendor")', '(the "Processor")'.
const PARTY_DEFINED = /\(\s*(?:the\s+)?["“](?:Data Processor|Processor|Service Provider|Provider|Supplier|Vendor)["”]\s*\)/;
const CONTRACTS = new WeakMap<Page, boolean>();
function isContract(page: Page): boolean {
  let known = CONTRACTS.get(page);
  if (known === undefined) CONTRACTS.set(page, (known = page.blocks.some((b) => COUNTERPARTY.test(b.text) || PARTY_DEFINED.test(b.text))));
  return known;
}

// "Postrelay — the email service we use — holds SOC 2": a name with its role between dashes.
const NAME_WITH_ROLE = /(?:^|[,;]\s*(?:and\s+)?)\s*([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})\s[—–]\s([^—–.;]{1,100})\s[—–]\s[^—–]*$/;
const REPORTING_THAT = /^[^;:.]{0,80}?\b(?:seen|heard|read|noticed|note|noted|(?:point(?:s|ed)?|find(?:s)?|found)\s+out|know|knows|known|aware|remember|mind|true|fact|clear|noting|mentioning|says?|said|claims?|tells?|told|reports?|reported|announces?|announced|learn(?:ed|t)?|find|found)\s+that\s+(?!(?:it|they|its|their|he|she)\b)/i;
const REPORTS_OF_ITSELF = /^(\s*[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})\s+(?:[a-z]+\s+){0,2}?(?:says?|said|reports?|reported|states?|stated|confirms?|confirmed|claims?|notes?|noted|announces?|announced)\s+that\s+(?:it|they)\s+/;
function subjectIsThirdParty(page: Page, said: string): string | null {
  // Nothing before the mention: no subject to be someone else's.
  if (!/[A-Za-z]/.test(said)) return null;
  const aside = /[—–]/.test(said) ? said.match(NAME_WITH_ROLE) : null;
  if (aside && !vendorWords(page).has(aside[1]!.split(/\s+/)[0]!) && (THIRD_PARTY_ROLE.test(aside[2]!) || /\b(?:partner|provider|service|host|operator|processor|vendor|platform)\b/i.test(aside[2]!)) && !/^\s*(?:the\s+)?(?:whole|entire)\b|\b(?:we|us)\b(?!\s+use)/i.test(aside[2]!.replace(/\bwe\s+use\b/gi, ''))) return `${aside[1]}, ${aside[2]!.trim()}`;
  // A parenthetical inside commas is no clause of its own: "Our partners, including X and our bank, are …".
  // So is a relative clause inside commas: "Google Cloud, which hosts Acme, holds …". An answer word opens no subject.
  const before = (isContract(page) ? said.replace(CONTRACT_PARTY, (m) => ' '.repeat(m.length)) : said)
    // ("Google Cloud, where we store data and run most inference, maintains …")
    .replace(/,\s*(?:including|such as|e\.g\.|namely|notably|for example|which|who|whose|where|(?:on|in|with|by|through|upon|from)\s+which)\s+[^,;]{1,80},/gi, (m) => ' '.repeat(m.length))
    // An aside between dashes is no clause of its own: "…, and AWS — where the control plane runs — holds ISO 27001".
    .replace(/\s[—–]\s[^—–.;]{1,100}\s[—–]\s/g, (m) => ' '.repeat(m.length))
    .replace(/^\s*(?:A:|Answer:)\s*/i, (m) => ' '.repeat(m.length))
    // ("(AWS, which hosts Acme, is ISO 27001 certified; …)": a bracket or a quotation mark opens no subject.)
    .replace(/^\s*[([“"‘']+/, (m) => ' '.repeat(m.length))
    .replace(/^\s*(?:yes|no|correct)\b\s*[,;:.—–-]?/i, (m) => ' '.repeat(m.length))
    // "You may have seen that Corvane is …", "Note that X holds …", "It's true that X is …": a clause of seeing or saying
    // ending in "that" is no subject; the clause it introduces has its own.
    .replace(REPORTING_THAT, (m) => ' '.repeat(m.length))
    // "AWS reports that it is …": the pronoun is the one who reports.
    .replace(REPORTS_OF_ITSELF, (m, name: string) => name + ' '.repeat(m.length - name.length));
  let from = 0;
  // A clause with no subject of its own ("Ledgerly is a PCI DSS Level 1 Service Provider and is SOC 2 Type II audited")
  // shares the subject of the clause before it: go back past breaks that open on a bare verb.
  const breaks = [0, ...[...before.matchAll(SUBJECT_BREAK)].map((m) => m.index! + m[0].length)];
  let k = breaks.length - 1;
  // "AWS operates data centres in …, and its infrastructure is certified …": "its"/"their" is the one the clause before
  // names, its subject or a provider it names ("We use AWS, and its data centres are …").
  if (k > 0 && /^\s*(?:its|their)\s+(?:[\w-]+\s+){1,3}?(?:is|are|was|were|has|have|holds?|maintains?)\b/i.test(before.slice(breaks[k]!))) {
    const earlier = before.slice(breaks[k - 1]!, breaks[k]);
    const verbAt = earlier.search(SUBJECT_VERB);
    const subject = verbAt > 0 ? earlier.slice(0, verbAt) : earlier;
    // (A provider the clause names only when its subject is "we": "Acme runs on AWS, and its ISMS is certified" is Acme's.)
    const weSpeak = /^\W*(?:we|our\s+(?:[\w-]+\s+){0,2}?(?:team|company|platform|service|product))\b/i.test(subject);
    const name = subject.match(/^\W*([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})\s*$/)?.[1];
    const otherName = name && !/^(?:We|Our|The|It|This|That|They|Their|Its)$/.test(name.split(/\s+/)[0]!) && !name.split(/\s+/).some((w) => vendorWords(page).has(w)) ? name : undefined;
    const whose = weSpeak ? earlier.match(THIRD_PARTY_ROLE)?.[0] ?? earlier.split(/[^\w.&’'-]+/).find((w) => providerNames(page).has(w)) : subjectIsThirdParty(page, subject) ?? otherName;
    if (whose) return `"its" is the third party's (${whose})`;
  }
  // ("…, and it acquires many certifications such as SOC 2": "it" or "they" is that subject again.)
  while (k > 0 && /^\s*(?:(?:it|they)\s+)?(?:also\s+|itself\s+)?(?:is|are|was|were|has|have|had|holds?|maintains?|acquires?|obtains?|achieves?)\b/i.test(before.slice(breaks[k]!))) k--;
  from = breaks[k]!;
  const last = breaks.length - 1;
  // Only that clause's own subject, not the rest of it ("We host everything on Hetzner and are SOC 2 compliant": we).
  const earlierClause = k < last ? before.slice(from, breaks[k + 1]) : '';
  const verbAt = earlierClause.search(SUBJECT_VERB);
  const shared = k < last ? earlierClause.slice(0, verbAt < 0 ? Math.min(60, earlierClause.length) : verbAt) : '';
  // "We, like our cloud provider, are …", "Both Acme and our host are …": the vendor is (one of) the subject(s).
  const region = (k < last ? `${shared} ${before.slice(breaks[last]!)}` : before.slice(from))
    .replace(/,\s*(?:like|as with|just like|similar to|as (?:is|does) |as well as|alongside)\s+[^,]{1,60},/gi, ' ')
    .replace(/^\s*both\s+(?:we|us|[A-Z][\w.&-]*)\s+and\s+[^,]{1,60}?\s+(?=(?:are|have|hold)\b)/i, 'we ');
  // "Unlike many vendors, we are ...": a clause restarting with the vendor's own voice.
  const lastComma = region.lastIndexOf(',');
  const tail = region.slice(lastComma + 1);
  // "Trusted by 40 banking partners, Acme holds …": the vendor's own name restarts it too.
  if (lastComma >= 0 && (/^\s*(?:we|our|us|i)\b/i.test(tail) || (vendorWords(page).has(tail.trim().split(/\s+/)[0] ?? '') && !AS_ROLE_BEFORE.test(region.slice(0, lastComma)))) && !THIRD_PARTY_ROLE.test(tail)) return null;
  // "Acme is not covered by the group's ISO 27001 certificate": the vendor says what it does not hold.
  if (/\b(?:not|n['’]t)\s+(?:currently\s+)?(?:covered|included)\s+(?:by|in)\b/i.test(region)) return null;
  const role = region.match(THIRD_PARTY_ROLE);
  if (role) return `the subject names a third party ("${role[0]}")`;
  // "Our cloud provider and our card-payment collection partner both hold …": a joint subject, split at "and our", is whole
  // again before "both"/"all".
  if (/\b(?:both|all|each)\s+(?:hold|have|are|maintain|carry)\s*$/i.test(before) && THIRD_PARTY_ROLE.test(before) && !/\b(?:we|us)\b/i.test(before) && !before.split(/\W+/).some((w) => vendorWords(page).has(w))) return 'the subject names third parties';
  // "The Toronto and Montréal facilities that house our infrastructure are certified …": facilities are someone's buildings.
  if (FACILITY_SUBJECT.test(region) || FACILITY_SUBJECT.test(before)) return 'the subject is a facility';
  // "AWS, Stripe and our video partner all hold SOC 2 Type II reports": a list of other companies as the subject.
  const listed = region.match(NAME_LIST_SUBJECT) ?? before.match(NAME_LIST_SUBJECT);
  if (listed && !listed[0].split(/[\s,]+/).some((w) => vendorWords(page).has(w)) && !/\b(?:we|us)\b/i.test(listed[0])) return `the subject is a list of other companies ("${listed[0].trim().slice(0, 40)}")`;
  // "Saffron Pay's acquiring partner holds ISO 27001": whoever's partner or supplier it is, it is another company.
  const roleOf = region.match(ROLE_OF);
  if (roleOf) return `the subject is a partner or supplier ("${roleOf[0].trim()}")`;
  const names = providerNames(page);
  for (const w of region.split(/[^\w.&’'-]+/)) if (names.has(w.replace(/[’'`]s$/, ''))) return `the subject is the provider ${w}`;
  const subject = region.match(NAMED_SUBJECT);
  const named = subject?.[1];
  const vendor = vendorWords(page);
  // Only what surely is a name: "AWS", "DigitalOcean", "Microsoft Azure", or a possessor ("Microsoft's Azure
  // platform is …") — not a sentence-initial "Call notes".
  // A capital inside the sentence ("…, and Equinix holds ISO 27001") is a name too.
  const brand = named && (/^[A-Z]{2,}$|^[A-Z][a-z]+[A-Z]/.test(named) || /\s/.test(named) || (writtenAsName(page, named) && ((vendor.size > 0 && !!(page.siteName || page.url)) || named !== dominantName(page) || [...vendorWords(page)].some((w) => writtenAsName(page, w)))) || /^[^’'`]*[’'`]s\s/.test(subject![0].slice(subject![0].indexOf(named) + named.length)) || /(?:,\s*(?:and|but|while|whereas)|;)\s*$/i.test(before.slice(0, from)));
  // With no vendor name known (a generic title), a name the page uses less than its dominant one, or one it
  // introduces as a provider, is still someone else.
  const dominant = dominantName(page);
  const otherThanVendor = (n: string) => !n.split(/\s+/).some((w) => vendor.has(w) || NOT_A_NAME.test(w) || (vendor.size === 0 && w === dominant));
  if (named && otherThanVendor(named) && ((brand && vendor.size > 0) || named.split(/\s+/).some((w) => names.has(w)) || (vendor.size === 0 && dominant !== null && (brand || named.split(/\s+/).length === 1)))) return `the subject is ${named}, not the vendor`;
  // "Microsoft’s ISO 27001 certification" is another's; "Brightlane’s SOC 2 report" on a page with no title is the
  // vendor's only when Brightlane is the page's one dominant name.
  // "the AICPA's SOC 2 standard", "ISO's 27001 standard": the body that publishes a standard holds no certificate of it.
  const possessor = region.match(POSSESSIVE)?.[1];
  const own = possessor && !STANDARDS_BODY.test(possessor) ? possessor : undefined;
  const brandShaped = own !== undefined && /^[A-Z]{2,}$|^[A-Z][a-z]+[A-Z]/.test(own);
  const dom = dominantName(page);
  if (own && !vendor.has(own) && (vendor.size > 0 || brandShaped || (dom !== null && own !== dom) || names.has(own))) return `${own}'s own, not the vendor's`;
  if (/\binherit(?:s|ed|ing)?\b/i.test(region)) return 'inherited from a provider';
  const app = region.match(APPOSITIVE);
  // ("Per our Data Processing Agreement, all Clinic Data is deleted …": a prepositional opening names no company.)
  const opening = app ? region.slice(0, app.index! + app[1]!.length) : '';
  if (app && !vendorWords(page).has(app[1]!) && !OPENING_PHRASE.test(opening)) return `describes ${app[1]}, not the vendor`;
  return null;
}

/**
 * Who makes the claim at offset `at` (default: the sentence start) of `sentence` in `block`?
 * Third party when: the innermost heading is a subprocessor / provider section; the table row sits in a
 * provider table; the list item's lead is about a provider ("Amazon's data center operations have been
 * accredited under:"); the clause before `at` names a provider, host or data centre; the certification
 * qualifies another noun ("hosted on SOC 2 certified data centres"); or the sentence continues a
 * third-party sentence ("This audit ..."). Otherwise the vendor ("we", passive "All data is ...").
 */
export function attributionOf(page: Page, block: Block, sentence: Sentence, at = sentence.start, lookBack = 1): { who: Attribution; reason: string } {
  const third = (reason: string) => ({ who: 'third-party' as const, reason });
  const heading = block.headings.at(-1) ?? '';
  if (THIRD_PARTY_HEADING.test(heading)) return third(`under the heading "${heading}"`);
  // "Inkstone (platform)", "Formwell — our platform partner": a heading that names another company by its role.
  // (Not a heading of the page's own kind, "Certifications (platform)", nor the vendor's own product, "Atlas, our analytics
  // platform".)
  const named = heading.match(OTHER_COMPANY_HEADING)?.[1];
  const vendor = vendorWords(page);
  if (named && vendor.size > 0 && !named.split(/\s+/).some((w) => vendor.has(w) || PAGE_KIND_WORD.test(w)) && !ownProduct(page, named)) return third(`under the heading "${heading}"`);
  if (block.kind === 'table-row' && block.header?.some((h) => /\b(?:provider|sub-?processor|vendor|third[- ]party)\b/i.test(h))) return third('a row of a provider table');
  if (block.kind === 'label-value' && block.label && THIRD_PARTY_ROLE.test(block.label)) return third(`labelled "${block.label}"`);
  const lead = leadOf(page, block);
  if (lead) {
    const why = subjectIsThirdParty(page, lead.replace(/:\s*$/, ''));
    if (why) return third(`the list's lead: ${why}`);
  }
  // "Is Microsoft Azure certified?" answered by "Azure holds SOC 2 …": the answer is about whom the question asks.
  const asked = questionOf(page, block)?.match(/^\s*(?:Q:\s*|Question:\s*)?(?:[Ii]s|[Aa]re|[Dd]oes|[Dd]o|[Hh]as|[Hh]ave)\s+((?:[A-Z][\w.&-]*\s*){1,3})\b/)?.[1]?.trim();
  // Only when the page says who the vendor is (its title, host or one dominant name), or introduces the name as a provider.
  const knowsVendor = vendorWords(page).size > 0 || dominantName(page) !== null;
  if (asked && !/^(?:You|Your|We|Our|It|There|This|That)\b/.test(asked) && (knowsVendor || asked.split(/\s+/).some((w) => providerNames(page).has(w))) && !asked.split(/\s+/).some((w) => vendorWords(page).has(w) || (vendorWords(page).size === 0 && w === dominantName(page)))) return third(`answers a question about ${asked}`);
  const local = at - sentence.start;
  const before = sentence.text.slice(0, local);
  const why = subjectIsThirdParty(page, before);
  if (why) return third(why);
  // "Fly.io — server and database hosting. SOC 2 Type II certified.": a list item led by a provider's name.
  if (block.kind === 'list-item' || block.kind === 'table-row') {
    const name = block.text.match(/^\s*\**([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})\**\s*[—–:|-]\s/)?.[1];
    // …unless the item speaks in the vendor's own voice ("Changed: Our DPA now commits us to …", a changelog tag).
    const ownVoice = /\b(?:[Ww]e|[Oo]ur|us)\b/.test(block.text.slice(block.text.indexOf(name ?? '') + (name?.length ?? 0)));
    // (Not a standard's own row: "PCI DSS | Level 1 Service Provider".)
    if (name && !ownVoice && !vendorWords(page).has(name) && !/^(?:SOC|ISO|PCI|HIPAA|GDPR|FedRAMP|HITRUST|CSA|TISAX)\b/.test(name) && /\b(?:hosting|hosted|provider|processing|infrastructure|database|storage|queue|CDN|payments?|analytics|monitoring|e-?mail delivery|source of|destination)\b/i.test(block.text))
      return third(`a list item naming the provider ${name}`);
  }
  const after = sentence.text.slice(local);
  const attr = after.replace(/^[^]*?(?:SOC\s*-?\s*(?:2|II)|ISO[^\d]{0,8}27001|PCI(?:[- ]?DSS)?(?:\s+v?\d(?:\.\d+)*(?!\d))?(?:\s+Level\s*(?:[1-4]|one|I)\b)?|HIPAA|\d{2,}\s*-?\s*\w+)/i, '');
  const noun = attr.match(ATTRIBUTIVE_NOUN);
  // ("our PCI-compliant payment partner": the noun phrase's head is the provider.)
  const head = noun && !FUNCTION_WORD.test(noun[1]!) ? attr.slice(noun.index! + noun[0].length).match(/^(?:\s+[a-z][\w-]*){0,2}/)![0].trim().split(/\s+/) : [];
  if (noun && (PRECEDES_ATTRIBUTIVE.test(before) || HOSTING_NOUN.test(noun[1]!) || head.some((w) => HOSTING_NOUN.test(w) && !/^(?:vendors?|providers?)$/i.test(w)))) return third(`qualifies "${noun[1]}", not the vendor`);
  const facility = attr.match(FACILITY_QUALIFIED)?.[1];
  if (facility) return third(`qualifies "${facility}", not the vendor`);
  // "ISO 27001 certification is maintained by our cloud provider", "SOC 2 reports for our subprocessors", "the
  // certifications referenced on this page are held by our hosting and infrastructure providers": the holder comes after
  // the mention.
  const clauseAfter = attr.split(/[;.]/)[0]!;
  const agent =
    clauseAfter.match(/^\s*(?::\s*20\d\d\s*)?(?:Type\s*\S+\s*)?(?:(?:,|and|&|or)\s+(?:SOC\s*-?\s*[123]|ISO(?:\/IEC)?\s*\d{4,5}(?::\d{4})?|PCI(?:\s*DSS)?|HIPAA)(?:\s*Type\s*\S+)?\s*)*(?:reports?|certifications?|certificates?|attestations?|audits?|compliance|badges?|logos?|seals?|icons?|marks?)?\s*(?:(?:referenced|shown|listed|displayed|mentioned|named|cited|pictured)\s+(?:[\w-]+\s+){0,3}?)?(?:is|are|was|were)?\s*(?:\w+\s+)?(?:maintained|held|provided|issued|owned|performed|conducted|obtained|achieved)\s+by\s+(?:our\s+|the\s+|its\s+|their\s+|all\s+)?((?:[\w.-]+\s+){0,3}[\w.-]+)/i)?.[1] ??
    clauseAfter.match(/^\s*(?:Type\s*\S+\s*)?(?:reports?|certifications?|certificates?|attestations?|audits?)\s+(?:for|of|from)\s+(?:our\s+|the\s+|its\s+|their\s+|all\s+)?((?:[\w.-]+\s+){0,2}[\w.-]+)/i)?.[1];
  if (agent && (THIRD_PARTY_ROLE.test(agent) || /\b(?:customers?|clients?|users|members)\b/i.test(agent) || agent.split(/\s+/).some((w) => providerNames(page).has(w)))) return third(`held by ${agent}`);
  // "This audit: will be performed ...": a sentence with no subject of its own continues the one before.
  // Bounded look-back: one sentence, never a walk through the whole block (linear in the page).
  if (lookBack > 0 && ANAPHOR.test(sentence.text)) {
    const prev = previousSentence(block.text, sentence.start);
    if (prev && !isQuestionSentence(prev.text) && attributionOf(page, block, prev, prev.end, lookBack - 1).who === 'third-party') return third('continues a sentence about a third party');
  }
  return { who: 'vendor', reason: 'the vendor speaks of itself' };
}

/** The sentence that ends right before `start` in `text` (binary search over the memoised split). */
function previousSentence(text: string, start: number): Sentence | undefined {
  const all = splitSentences(text);
  let lo = 0;
  let hi = all.length - 1;
  let found: Sentence | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid]!.end <= start) {
      found = all[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

// Must read as third party: "Amazon’s data center operations have been accredited under:" + "ISO 27001";
// "Fly.io — server and database hosting (US East). SOC 2 Type II certified."; "our infrastructure provider is
// SOC 2 compliant"; "Embeddings stored in Turbopuffer, a SOC 2 Type 2 certified vector database";
// "hosted on SOC 2 certified data centres"; items under a "Subprocessors" heading.
// Must read as the vendor: "As a SOC2 Type II certified organization, Allstacks ..."; "All data is encrypted";
// "We are ISO 27001 certified and our hosting provider is too".
