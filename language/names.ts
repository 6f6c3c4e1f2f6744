/**
 * Names on a page: the vendor's own, and the hosts/providers the page introduces. Used by context.ts to tell
 * "AWS is ISO 27001 certified" (a host's) from "Acme is ISO 27001 certified" (the vendor's).
 *
 *   providerNames(page) -> names introduced as hosts or providers ("hosted on AWS", a subprocessor row), cached
 *   vendorWords(page)   -> the vendor's own name words, from title, site name and URL host
 *   dominantName(page)  -> the one capitalized name a title-less page uses most, or null on a tie
 */
import type { Page } from '../claims/types';
import { escapeRegExp } from './regex';

// "Third party" as a holder, not as the independence of an audit ("third-party certification", "third-party penetration test").
export const THIRD_PARTY = String.raw`third[- ]part(?:y|ies)(?!\s+(?:[\w-]+\s+)?(?:certifi\w*|audit\w*|attest\w*|assess\w*|assurance|reports?|verif\w*|validat\w*|penetration|pen[- ]?tests?|testing|reviews?|examination))`;
// Someone else's vendors as a section's subject: "Vendors we rely on", "Vendor management" (not "Vendor Security Questionnaire",
// which is about the vendor itself).
export const OTHER_VENDORS = String.raw`vendors|vendor\s+(?:management|risk|list|due\s+diligence)`;
export const THIRD_PARTY_HEADING = new RegExp(String.raw`\b(?:sub-?processors?|${THIRD_PARTY}|(?:infrastructure|hosting|cloud|service) providers?|${OTHER_VENDORS}|physical infrastructure|data cent(?:er|re)s?)\b`, 'i');
const PROVIDER_HEADER = /\b(?:provider|sub-?processor|processor|vendor|third[- ]party|partner|service)\b/i;
// "hosted on X", "stores all data with X", "we use X": X is a provider the page itself names ("you use X" is the product).
const PROVIDER_INTRO =
  /\b(?:(?:hosted|host|hosts|hosting|stored|stores|store|housed|runs?|running|built|deployed|powered|provided|operated|managed|handled|processed|lives?|living|resides?|sits?)\s+(?:\w+\s+){0,3}?(?:on|with|by|via|through)|\b(?:clusters?|servers?|instances?|VMs?|machines?|nodes?|containers?|databases?)\s+(?:on|at)|\b[Ww]e\s+(?:currently\s+|also\s+)?(?:use|leverage|rely\s+on|partner\s+with)|buil(?:t|d|ds|ding)\s+on)\s+(?:the\s+)?((?:[A-Z][\w&-]*(?:\.[a-z]+)?\s*){1,4})/g;
// A name introduced by its role in apposition: "Stripe, a PCI DSS Level 1 certified payment provider", "Postmark, our e-mail
// delivery service".
const ROLE_AFTER_COMMA = /,\s+(?:a|an|our)\s+(?:[\w-]+\s+){0,6}?(?:provider|processor|sub-?processor|partner|vendor|host|hosting\s+company|(?:delivery|payment|hosting|email|e-mail|cloud)\s+service)\b/g;
const NAME_AT_END = /(?<![\w&-])([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,2})$/;
// (Only the page's own dominant name with its legal form: "run by Hetzner in Germany" still names a provider.)
function runsTheService(page: Page, text: string, m: RegExpMatchArray): boolean {
  const nameAt = m.index! + m[0].length - m[1]!.length;
  return THE_SERVICE_RUN_BY.test(text.slice(Math.max(0, m.index! - 40), nameAt)) && LEGAL_FORM_AFTER.test(text.slice(nameAt, nameAt + 60)) && m[1]!.trim().split(/\s+/)[0] === dominantName(page);
}
/** A company's legal form ("GmbH", "Ltd.", "B.V.", "Pty Ltd"), one list for every rule that reads company names. */
export const LEGAL_FORM = String.raw`(?<![\w.])(?:GmbH|AG|SE|SAS|S\.A\.S?|SA|SARL|S\.r\.l\.|Ltd\.?|Limited|Inc\.?|LLC|B\.V\.|BV|N\.V\.|ApS|AB|Oy|AS|PLC|plc|Pty\.?(?:\s+Ltd\.?)?|K\.K\.)(?![\w])`;
const LEGAL_FORM_AFTER = new RegExp(String.raw`^(?:[A-Z][\w&-]*\s+){1,3}${LEGAL_FORM}`);
const THE_SERVICE_RUN_BY = /\b(?:the|this|our)\s+(?:hosted\s+|managed\s+|cloud\s+|SaaS\s+)?(?:service|platform|product|website|site|app|application|offering|software)\s*,?\s+(?:is\s+)?(?:run|operated|provided|owned|developed|built|made|published)\s+by\s+(?:the\s+)?$/i;
// Every PROVIDER_INTRO match has one of these before its name.
const INTRO_PREPOSITION = /\b(?:on|with|by|via|through|use|leverage|rely|partner)\s+(?:the\s+)?[A-Z]/;

// Words that open sentences: no one's name however often the page uses them, nor a sentence's named subject.
const SENTENCE_WORDS = ['If', 'When', 'Where', 'While', 'Whether', 'Once', 'After', 'Afterwards', 'Before', 'Because', 'Since', 'Until', 'Unless', 'Then', 'Today', 'Now', 'For', 'In', 'On', 'At', 'By', 'With', 'From', 'To', 'As', 'An', 'And', 'Or', 'But', 'So', 'Not', 'No', 'There', 'Here', 'That', 'Those', 'You', 'What', 'How', 'Why', 'Who', 'Which', 'Can', 'Do', 'Does', 'Is', 'Are', 'Will', 'Yes', 'Most', 'Some', 'Many', 'Only', 'Also', 'Note', 'See', 'Please', 'Learn', 'Read', 'Contact'];
export const NOT_A_NAME = new RegExp(`^(?:We|Our|All|The|This|These|Each|Every|Data|Customer|Customers|Your|It|Its|They|Their|Any|Both|Certification|Compliance|Audit|Security|Personal|Account|Service|Processor|Controller|Company|Client|User|Users|${SENTENCE_WORDS.join('|')})$`);
const GENERIC_WORDS = new Set(['The', 'Our', 'We', 'All', 'Web', 'Services', 'Service', 'Cloud', 'Platform', 'Inc', 'Inc.', 'Ltd', 'LLC', 'GmbH', 'Data', 'Online', ...SENTENCE_WORDS]);

const providerCache = new WeakMap<Page, Set<string>>();

/** Names the page introduces as its hosts or providers, with their acronyms ("Amazon Web Services" -> AWS). */
const rawCache = new WeakMap<Page, Set<string>>();
function providerNamesRaw(page: Page): Set<string> {
  const cachedRaw = rawCache.get(page);
  if (cachedRaw) return cachedRaw;
  const names = new Set<string>();
  const add = (raw: string) => {
    const words = raw.trim().split(/\s+/).filter((w) => /^[A-Z]/.test(w));
    if (words.length === 0) return;
    for (const w of words) if (!GENERIC_WORDS.has(w) && w.length > 1) names.add(w.replace(/[’'`]s$/, '').replace(/[.,]$/, ''));
    if (words.length > 2) names.add(words.map((w) => w[0]).join(''));
  };
  for (const b of page.blocks) {
    // "managed by Notion's key management": a possessive names the owner of something, not a host.
    // (A cheap scan for the words that must follow the verb comes first: most blocks have none.)
    // ("Forgehold Cloud, the hosted service run by Forgehold Collective GmbH": the company that runs the service the page
    // is about is the vendor, not a provider.)
    if (INTRO_PREPOSITION.test(b.text)) for (const m of b.text.matchAll(PROVIDER_INTRO)) if (!/^[’'`]s\b/.test(b.text.slice(m.index! + m[0].length)) && !runsTheService(page, b.text, m)) add(m[1]!);
    // The role comes after a comma: find the comma first, then the name just before it.
    for (const m of b.text.matchAll(ROLE_AFTER_COMMA)) {
      const name = b.text.slice(Math.max(0, m.index! - 80), m.index!).match(NAME_AT_END)?.[1];
      if (name) add(name);
    }
    if (b.kind === 'table-row' && b.header?.some((h) => PROVIDER_HEADER.test(h))) {
      const i = b.header.findIndex((h) => PROVIDER_HEADER.test(h));
      if (b.cells?.[i]) add(b.cells[i]!);
    }
    const led = b.text.match(/^\W*([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3})\W*\s*(?:\s[—–-]\s|:|\|)/);
    if (led && b.kind !== 'heading' && b.kind !== 'paragraph' && THIRD_PARTY_HEADING.test(b.headings.at(-1) ?? '')) add(led[1]!);
  }
  rawCache.set(page, names);
  return names;
}

// Words written with a capital inside a sentence ("… hosted on Microsoft Azure.", "we use Hetzner for …"): proper
// nouns, as a sentence-initial "Data" or "Support" may not be.
const midCache = new WeakMap<Page, Set<string>>();
const MID_SENTENCE_CAPITAL = /(?<=[a-z0-9,;:)'’] )[A-Z][a-z]+[\w&-]*/g;
/** Whether `word` is written with a capital inside a sentence somewhere on the page, and is no sentence word. */
export function writtenAsName(page: Page, word: string): boolean {
  let set = midCache.get(page);
  if (!set) {
    set = new Set();
    for (const b of page.blocks) for (const m of b.text.matchAll(MID_SENTENCE_CAPITAL)) set.add(m[0]);
    midCache.set(page, set);
  }
  // (A participle or gerund after a label's colon, "Cancellation: Cancelled workspaces …", "Note: Closed accounts …", is
  // an adjective, not a name.)
  return set.has(word) && !NOT_A_NAME.test(word) && !GENERIC_WORDS.has(word) && !NOT_VENDOR_TOKEN.test(word) && !/^[A-Z][a-z]{3,}(?:ed|ing)$/.test(word);
}

export function providerNames(page: Page): Set<string> {
  const cached = providerCache.get(page);
  if (cached) return cached;
  const names = new Set(providerNamesRaw(page));
  // The vendor's own name is not a provider ("data is stored by Acme Mail"), but in a title like "Acme on AWS"
  // the word after "on" is still the host.
  const hostInTitle = new Set([...(page.title ?? '').matchAll(/\b(?:on|with|via|by|for)\s+([A-Z][\w.-]*)/g)].map((m) => m[1]!));
  for (const v of vendorWords(page)) if (!hostInTitle.has(v)) names.delete(v);
  providerCache.set(page, names);
  return names;
}

const NOT_VENDOR_TOKEN = /^(?:SOC|ISO|IEC|Type|II|I|NDA|GDPR|HIPAA|PCI|DSS|AES|TLS|SSL|SSO|SAML|MFA|API|DPA|BAA|EU|US|UK|AICPA|CCPA|SLA)$/;
const dominantCache = new WeakMap<Page, string | null>();

/** The one capitalized name the page uses most (a title-less page's likely vendor), or null on a tie. */
export function dominantName(page: Page): string | null {
  if (dominantCache.has(page)) return dominantCache.get(page)!;
  const all = new Map<string, number>();
  for (const b of page.blocks) for (const m of b.text.matchAll(/\b[A-Z][\w-]*(?:\.[a-z]+)?/g)) all.set(m[0], (all.get(m[0]) ?? 0) + 1);
  // Not a letter ("Q:", "A:", "I") nor an answer word: a FAQ's markers are no one's name. (Each word tested once.)
  const counts = [...all].filter(([w]) => w.length > 1 && !/^(?:Yes|No|Yep|Nope|Ok|Okay)$/.test(w) && !NOT_A_NAME.test(w) && !NOT_VENDOR_TOKEN.test(w) && !GENERIC_WORDS.has(w));
  const [first, second] = counts.sort((a, b) => b[1] - a[1]);
  const name = first && (!second || first[1] > second[1]) ? first[0] : null;
  dominantCache.set(page, name);
  return name;
}

/** Words naming the vendor itself, from the page title, site name and host. */
const PAGE_KIND = /^(?:security|trust|faq|faqs|privacy|policy|center|centre|help|docs?|documentation|data|compliance|overview|statement|support|legal|terms|about|home|page|practices|questions?|report|certificates?|certifications?|features|whitepaper|handbook|guide|incident|breach|residency|availability|processing|agreement|information|governance|addendum|notice|sub-?processors?|white|paper|web|edition|version|print|pdf|high|and|of|the|our|your|for|at|on|&)$/i;
const vendorCache = new WeakMap<Page, Set<string>>();
const STORE_SEGMENT = /\b(?:marketplace|apps?\s+(?:store|directory|gallery|listing|center|centre|exchange|market|hub)|web\s+store|add-?ons?\s+(?:store|gallery)|plugin\s+directory|integrations?\s+directory)\b/i;

const PARENT_IN_TITLE = /,?\s*\(?(?:(?:an?\s+(?:[A-Z][\w.&-]*\s+){1,3}(?:[Cc]ompany|[Bb]rand|[Bb]usiness|[Ss]ubsidiary)|(?:[Nn]ow\s+)?(?:[Pp]art|a\s+(?:subsidiary|division|member|unit))\s+of|(?:[Nn]ow\s+)?(?:[Oo]wned|[Aa]cquired)\s+by)\b(?:\s+(?:the\s+)?[A-Z][\w.&-]*){0,4}(?:\s+(?:Group|Inc\.?|Ltd\.?|plc|AB|AG|GmbH|LLC))?)\)?\s*$/;
// "Klipwerk vs Streamhaven vs Vidbarn — …", "Acme alternative to Foo": the names after "vs" are the others.
// "Stickler Checklists for Jira | Atlassian Marketplace", "SurveyNest – Pulse surveys | Slack App Directory": the store a
// listing sits in is not the vendor.
function ownTitleParts(t: string | null): string | null {
  return (
    t
      ?.split(/\s+(?:vs\.?|versus|compared\s+(?:to|with)|alternatives?\s+to)\s+/i)[0]!
      .split(/\s+[|—–]\s+|\s+-\s+/)
      .filter((part) => !STORE_SEGMENT.test(part))
      // "Corvane, a Tessellate company", "Okapi Sign — part of Pennant Works": the parent named in a title is not the vendor.
      .map((part) => part.replace(PARENT_IN_TITLE, ''))
      // "Ledgerly Sync for Corvane CRM", "Stickler Checklists for Jira": the platform an app is for is not the vendor.
      .map((part) => part.replace(/(\b[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)\s+for\s+[A-Z][\w.-]*(?:\s+[A-Z0-9][\w.-]*){0,2}\s*$/, '$1'))
      .join(' | ') ?? null
  );
}

/** The title as the vendor's own name reads in it: without the store it is listed in, the platform it is for or its parent. */
export function ownTitle(page: Page): string {
  return ownTitleParts(page.title ?? null) ?? '';
}

/** How the page's text writes a word its title has in capitals: the first form that is not all capitals. */
function writtenInText(page: Page, caps: string): string | null {
  const re = new RegExp(`(?<![\\w-])${caps}(?![\\w-])`, 'gi');
  for (const b of page.blocks) for (const m of b.text.matchAll(re)) if (m[0] !== caps) return m[0];
  return null;
}

export function vendorWords(page: Page): Set<string> {
  const cached = vendorCache.get(page);
  if (cached) return cached;
  const out = new Set<string>();
  // An all-capitals title ("PESTLEWOOD PHARMACY SYSTEMS, INC.", "LEDGERHIVE, INC.") names the vendor as the text writes
  // it: "Pestlewood", "LedgerHive".
  const asWritten = (w: string) => (w.length > 5 && /^[A-Z]+$/.test(w) ? writtenInText(page, w) ?? w[0] + w.slice(1).toLowerCase() : w);
  // A tagline heading standing in for a title ("Confidentiality is the job", "Your data, our job") names no one.
  const tagline = (t: string | null) => (t && /\b(?:is|are|was|were|we|we['’]re|our|you|your|it['’]s|isn['’]t)\b/i.test(t) && !/[|—–:-]/.test(t) ? null : t);
  for (const s of [page.siteName, ownTitleParts(tagline(page.title))]) for (const w of (s ?? '').split(/[^\w.-]+/).map(asWritten)) if (/^[A-Z]/.test(w) && !PAGE_KIND.test(w) && !NOT_VENDOR_TOKEN.test(w.replace(/\d+$/, ''))) out.add(w);
  // The host's name label, not a page-kind subdomain: "trust.acme.co.uk" → Acme, "docs.larkfield.io" → Larkfield.
  const labels = (page.url?.match(/^\w+:\/\/([^/:?#]+)/)?.[1] ?? '').split('.').slice(0, -1).filter((l) => l.length > 2 && l !== 'www' && !PAGE_KIND.test(l));
  const host = labels.at(-1);
  if (host) out.add(host[0]!.toUpperCase() + host.slice(1));
  if (out.size === 0) {
    const d = dominantName(page);
    const uses = d ? page.blocks.reduce((n, b) => n + (b.text.match(new RegExp(`\\b${escapeRegExp(d)}\\b`, 'g'))?.length ?? 0), 0) : 0;
    if (d && uses >= 2 && !providerNamesRaw(page).has(d)) out.add(d);
  }
  vendorCache.set(page, out);
  return out;
}
