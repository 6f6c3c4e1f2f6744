import { labelAbove, unitsOf, type Unit } from '../language/block-units';
import { CUSTOMER_DUTY, PROVIDER_ROLE_SUBJECT as ROLE_SUBJECT, leadOf, providerNames, questionOf, shortAnswer, vendorWords } from '../language/context';
import { candidate, evidenceAt } from '../language/evidence';
import type { AtRestValue, Candidate, Extractor, Page } from '../claims/types';
import { endsWithQuestion } from '../language/sentences';
import { namedOtherSubject } from '../language/holder';

const FIELD = 'encryptionAtRest';
const HOST_CONFIDENCE = 0.5;

const AES256 = /\bAES[-\u2010-\u2015 ]?256(?:[-\u2010-\u2015 ]?(?:GCM|CBC|XTS|CTR))?\b|\b256[-\u2010-\u2015 ]bit (?:AES|Advanced Encryption Standard)\b|\b(?:AES|Advanced Encryption Standard)\b[^.;]{0,25}\b256[-\u2010-\u2015 ]bit\b/gi;
const AES256_ONE = new RegExp(AES256.source, 'i');
const LABEL_ONLY = /^\W*(?:data\s+)?encryption(?:\s+(?:of\s+data\s+)?at[- ]rest)?\W*$/i;
const ENCRYPT = /\bencrypt(?:s|ed|ion|ing)?\b|\bencryp(?:ed|ion)\b|\bAES\b|\bverschlüssel\w*/i; // German pages name it too
const ENCRYPT_ALL = new RegExp(ENCRYPT.source, 'gi');
// What makes it about stored data rather than the wire.
const AT_REST =
  /\bat[- ]rest\b|\bstored data\b|\bstor(?:ed|e|es|ing)\b|\bwritten to\b|\bgespeichert\w*|\b(?:disks?|volumes?|databases?|storage|backups?|buckets?|drives?|snapshots?)\b/i;
// Anything about the wire; a bare "encrypted with AES-256" is read as storage only without these.
const WIRE_WORDS = /\b(?:TLS|SSL|HTTPS|in[- ]transit|cipher|connections?|traffic|transport|VPN|tunnels?|channels?)\b/i;
// The wire's own AES: "TLS 1.2 with AES-256 cipher suites". ("AES-256 in transit and at rest" covers both.)
const TRANSIT = /\b(?:TLS|SSL|HTTPS|cipher(?: suites?)?)\b/gi;
// The vendor's own operational secrets. A bare "secret" may be the customer's data (a secrets manager's product).
const SECRET =
  /\b(?:credentials?|creds|tokens?|passwords?|api keys?|keys?|webhooks?|configs?|configurations?|connection strings?|(?:integration|oauth|client|api|app|webhook|signing)\s+secrets?)\b/i;
// With a secret in the clause, only a clear data object makes it customer data ("tokens ... and handoff notes").
const DATA_OBJECT =
  /\b(?:(?:customer|user|your|all|personal|stored|persistent)\s+data|data at rest|notes|documents|files|content|messages|backups|embeddings|attachments|volumes|disks|uploads)\b/i;
const NEGATED = /\b(?:not|never|no longer|don['’]t|doesn['’]t|isn['’]t|aren['’]t)\b[^.;]{0,30}\bencrypt/i;
const FUTURE =
  /\b(?:will|plan(?:s|ned|ning)?|roadmap|working (?:on|towards?)|soon)\b[^.;]{0,40}\bencrypt|\bencrypt[^.;]{0,60}\b(?:is|are) (?:planned|coming|on (?:our|the) roadmap)\b/i;
// Staff laptops and phones are not customer data at rest.
const DEVICE = /\b(?:laptops?|devices?|workstations?|endpoints?|phones?|mobile)\b/i;
// Things encrypted that are not stored customer data: software shipped to devices, and what is on the wire or in a live
// call ("firmware images … encrypted with AES-256 before over-the-air delivery", "relays forward encrypted packets").
const NOT_STORED =
  /\b(?:firmware|(?:software|OTA|over-the-air|app)\s+(?:updates?|images?|packages?)|over-the-air|packets?|media\s+streams?|live\s+(?:calls?|media|streams?|audio|video)|in\s+real[- ]time|datagrams?)\b/i;
// "our email delivery provider" is the provider, not the vendor's own voice.
const OUR_PROVIDER = /\b(?:to|at|with|through|via)\s+our\s+(?:[\w-]+\s+){0,3}?(?:providers?|processors?|sub-?processors?|vendors?|partners?)\b/gi;
const POINTS_BACK = /^\W*(?:those|these|they|it|this|that|such)\b(?!\s+(?:customer|user|personal|stored)\s+data\b)/i;
const OTHER_ENCRYPTS = String.raw`(?:also\s+|itself\s+)?(?:encrypts?|secures?|protects?)`;
// The host's or another provider's encryption: "by default", "our cloud provider", data "sent to our email delivery
// provider … according to that provider's documentation", a company that encrypts "in its own platform".
const HOST_SUBJECT =
  /\b(?:by default|(?:cloud|hosting|infrastructure) providers?|sent\s+to\s+(?:our|a|an|the|their)\s+(?:[\w-]+\s+){0,3}?(?:providers?|processors?|sub-?processors?|vendors?|partners?)|according\s+to\s+(?:that|the|our|its|their)\s+(?:[\w-]+\s+){0,2}?(?:provider|processor|vendor|partner)['’]s|in\s+(?:its|their)\s+own\s+(?:platform|systems?|vaults?|infrastructure|environment))\b/i;
// "…, which encrypts completed envelopes with AES-256": a relative clause hung on another company's name.
const ROLE_WHICH_ENCRYPTS = /\b(?:partners?|providers?|processors?|vendors?|sub-?processors?),?\s+(?:which|who)\s+(?:also\s+|then\s+)?encrypts?\b/i;
const NAME_WHICH_ENCRYPTS = /\b([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}),?\s+(?:which|who)\s+(?:also\s+|then\s+)?encrypts?\b/;
const WIRE_OBJECT = /^\w*\s+(?:[\w-]+\s+)?(?:channels?|connections?|tunnels?|traffic|communications?|transport|in[- ]transit|over\b|via (?:TLS|HTTPS|SSL|VPN))/i;
// Split before a new clause with its own subject: "backups are continuous, secrets are encrypted".
const CLAUSE =
  /[;:—–]|,\s+(?=(?:\w+\s+){0,2}(?:are|is|were|was|get|gets)\b)|\s(?:and|but|while|whereas)\s+(?=(?:all\s+|our\s+|your\s+|the\s+)?(?:customer\s+)?(?:data|everything|files|content|databases?|backups?)\b(?:\s+[\w-]+){0,6}?\s+(?:is|are|was|were|get|gets|will|remain|remains|stay|stays)\b)/;

function clauseAt(text: string, at: number): { text: string; start: number } {
  let start = 0;
  let rest = text;
  for (;;) {
    const m = CLAUSE.exec(rest);
    if (!m) break;
    const cut = start + m.index + m[0].length;
    if (cut > at) break;
    start = cut;
    rest = text.slice(cut);
  }
  const end = (() => {
    const m = CLAUSE.exec(text.slice(at));
    return m ? at + m.index : text.length;
  })();
  return { text: text.slice(start, end), start };
}

function aesFor(text: string): boolean {
  const rest = [...text.matchAll(/\bat[- ]rest\b|\bstor(?:ed|age)\b/gi)].map((m) => m.index);
  const wire = [...text.matchAll(TRANSIT)].map((m) => m.index);
  for (const m of text.matchAll(AES256)) {
    const d = (xs: number[]) => Math.min(Infinity, ...xs.map((x) => Math.abs(x - m.index)));
    if (wire.length === 0 || d(rest) <= d(wire)) return true; // "TLS with AES-256 ciphers" is the wire
  }
  return false;
}

function contextOf(page: Page, unit: Unit): string {
  const b = unit.block;
  return [b.label, questionOf(page, b), leadOf(page, b), b.headings.at(-1), labelAbove(page, b)].filter((s): s is string => !!s).join(' | ');
}

type Reading = { value: AtRestValue; confidence: number; reason: string };

function read(page: Page, unit: Unit): Reading | null {
  const t = unit.text;
  if (unit.block.kind === 'question' || endsWithQuestion(t)) return null; // a question claims nothing
  if (unit.block.kind === 'heading' || LABEL_ONLY.test(t)) return null; // "Encryption at rest" is a label, its value follows
  const ctx = contextOf(page, unit);
  const restCtx = /\bat[- ]rest\b/i.test(ctx);
  if (!ENCRYPT.test(t)) {
    // "Is my data encrypted?" / "Yes, both at rest and in transit."
    if (/\bat[- ]rest\b/i.test(`${ctx} ${t}`) && /\bencrypt/i.test(ctx) && shortAnswer(t) === 'yes') return { value: 'stated', confidence: 0.7, reason: `"Yes" to "${ctx.slice(0, 60)}"` };
    return null;
  }
  if (!AT_REST.test(t) && !restCtx) {
    // "Data is encrypted with AES-256.": AES-256 with nothing about the wire is storage encryption.
    if (AES256_ONE.test(t) && !WIRE_WORDS.test(t) && !SECRET.test(t) && !DEVICE.test(t) && !NOT_STORED.test(t) && !NEGATED.test(t) && !FUTURE.test(t)) {
      const at = t.search(/\bencrypts?\b/);
      if (at >= 0 && otherEncrypts(page, clauseAt(t, at).text)) return { value: 'AES-256', confidence: HOST_CONFIDENCE, reason: "a provider's encryption, not the vendor's own statement" };
      if (HOST_SUBJECT.test(t)) return { value: 'AES-256', confidence: HOST_CONFIDENCE, reason: "another company's encryption, not the vendor's own statement" };
      if (POINTS_BACK.test(t)) return { value: 'AES-256', confidence: 0.6, reason: 'AES-256 for something an earlier sentence named' };
      return { value: 'AES-256', confidence: 0.8, reason: 'AES-256 named with nothing about the wire' };
    }
    return null;
  }
  let best: Reading | null = null;
  // "Encryption at rest | All student data … is encrypted with AES-256": the label names the topic; the value's own
  // mention says what is encrypted and how (the label's mention would read "stated" off the label alone).
  const label = unit.block.kind === 'label-value' && unit.block.label && LABEL_ONLY.test(unit.block.label) && t.startsWith(unit.block.label) ? unit.block.label.length : 0;
  const inValue = label > 0 && [...t.slice(label).matchAll(ENCRYPT_ALL)].length > 0;
  for (const m of t.matchAll(ENCRYPT_ALL)) {
    if (inValue && m.index < label) continue;
    const r = readClause(page, t, m.index);
    if (r && (!best || r.confidence > best.confidence)) best = r;
  }
  return best;
}

// Backups, snapshots, archives or bare "secrets" as the whole of what is encrypted ("database backups", "our off-site
// backup provider", "secrets are encrypted at rest"), with no main data beside them ("customer data, including backups").
const SUBSET = /\b(?:back-?ups?|snapshots?|archives?|exports?|secrets)\b/i;
const MAIN_DATA = /\b(?:(?:customer|user|your|all|personal|stored|production|persistent)\s+(?:data|content|files)|data at rest|everything|databases?|volumes?|disks?|drives?|buckets?|files|content|documents|attachments|uploads|messages|records)\b/i;
function onlyBackups(what: string): boolean {
  // "All student and teacher data, including backups": the backups come with the data.
  if (/\b(?:including|incl\.|as well as|and\s+(?:all\s+)?(?:its|their))\s+(?:all\s+|any\s+|their\s+|its\s+)?back-?ups?\b/i.test(what)) return false;
  // "database backups" are backups, and so is "the archive bucket" or "backup volumes" they go to.
  const copies = what.replace(/\b(?:back-?up|archive|snapshot|export)\s+(?:buckets?|storage|volumes?|vaults?|copies|files|disks?|drives?)\b/gi, 'archive');
  return SUBSET.test(copies) && !MAIN_DATA.test(copies.replace(/\b[\w-]+\s+(?=(?:back-?ups?|snapshots?|archives?|exports?)\b)/gi, ''));
}

// Someone else is the subject that encrypts: a provider the page introduced ("Fly.io Postgres … encrypt"), one named by
// its role ("The partner encrypts the stored PANs"), or another company named as the subject ("Stripe encrypts card data").
// (A caller that has already asked whichEncrypts hands its answer in.)
function otherEncrypts(page: Page, clause: string, which = whichEncrypts(page, clause)): boolean {
  const enc = clause.search(/\bencrypts?\b/);
  if (enc < 0) return false;
  const first = /[A-Za-z][\w.&-]*/.exec(clause)?.[0] ?? '';
  return which || providerNames(page).has(first) || ROLE_SUBJECT.test(clause.slice(0, enc)) || namedOtherSubject(page, clause, OTHER_ENCRYPTS) !== null;
}

function whichEncrypts(page: Page, clause: string): boolean {
  const which = NAME_WHICH_ENCRYPTS.exec(clause)?.[1];
  return (!!which && !which.split(/\s+/).some((w) => vendorWords(page).has(w))) || ROLE_WHICH_ENCRYPTS.test(clause);
}

// One mention of encryption, judged within its clause: "Laptops use disk encryption and data at rest is encrypted with AES-256".
const TOPIC_LIST = /^encryption\s*(?:,|and\b|or\b)/i;
function readClause(page: Page, t: string, at: number): Reading | null {
  const clause = clauseAt(t, at);
  if (TOPIC_LIST.test(t.slice(at)) && /,\s*$/.test(t.slice(0, at))) return null;
  if (NEGATED.test(clause.text) || FUTURE.test(clause.text) || DEVICE.test(clause.text)) return null;
  // The customer's duty ("If you run it yourself, you are responsible for … database encryption"): no claim of the vendor's.
  if (CUSTOMER_DUTY.test(t.slice(0, at)) || CUSTOMER_DUTY.test(clause.text)) return null;
  // What is encrypted: the subject ("API tokens are encrypted") or the object ("we encrypt OAuth tokens"),
  // not the key management after it ("with KMS keys", "keys are managed in HSMs").
  const active = /\b(?:encrypts?|encrypting)\b\s+(?:all\s+)?([^.;,]{0,40})/i.exec(t.slice(at));
  const what = `${t.slice(clause.start, at)} ${active?.[1] ?? ''}`;
  if (WIRE_OBJECT.test(t.slice(at, at + 40)) && !/\bat[- ]rest\b/i.test(t)) return null; // "via encrypted channels" is the wire
  // "Fly.io Postgres and Upstash Redis both encrypt stored data by default", "The partner encrypts the stored PANs with
  // AES-256": the host's claim, not the vendor's (otherEncrypts).
  const subject = clause.text.slice(0, Math.max(0, clause.text.search(/\bencrypts?\b/)));
  const which = whichEncrypts(page, clause.text);
  const byHost = HOST_SUBJECT.test(clause.text) || otherEncrypts(page, clause.text, which);
  const aes = aesFor(clause.text);
  // Encryption said of the backups alone ("Nightly database backups are additionally encrypted with AES-256") says
  // nothing of how the live data is stored: read as said, it ranks below any statement about the data itself, so
  // "customer data is encrypted at rest" + "backups … with AES-256" is "stated". A pronoun subject ("…, it is
  // encrypted client-side") points back, and so does a subject split off by "and" from nouns with no verb of their own.
  // (Within the colon's segment: "Stored data: databases, file storage and backups are encrypted" lists the subject.)
  const lead = t.slice(0, clause.start);
  const afterLabel = lead.split(/:(?=\s)/).at(-1)!;
  const referent = /^\W*(?:(?:where|which|and|so)\s+)?(?:it|they|this|these|each|each one)\b/i.test(clause.text) || !/\b(?:is|are|was|were|be|been|encrypt(?:s|ed|ing)?|uses?|used|stor(?:e|es|ed|ing)|keeps?|kept|protect(?:s|ed|ing)?)\b/i.test(afterLabel) ? `${lead} ${what}` : what;
  // Only credentials are encrypted ("API tokens are encrypted", "secrets … are held in a vault, where they are encrypted").
  if (SECRET.test(referent) && !DATA_OBJECT.test(referent)) return null;
  if (NOT_STORED.test(`${referent} ${clause.text}`) && !/\bat[- ]rest\b/i.test(clause.text)) return null;
  // Among such partial statements a named algorithm is the more specific, as it is among whole ones.
  const value: AtRestValue = aes ? 'AES-256' : 'stated';
  // (A company's relative clause, "…, which encrypts", is that company's whatever else the sentence says; otherwise "we" or
  // "our" is the vendor's own voice, but not "to our email provider".)
  const own = (ROLE_SUBJECT.test(subject) ? clause.text.slice(subject.length) : clause.text).replace(OUR_PROVIDER, '');
  if (byHost && (which || !/\b(?:we|our)\b/i.test(own))) return { value, confidence: HOST_CONFIDENCE, reason: "the host's encryption, not the vendor's own statement" };
  if (onlyBackups(referent)) return aes ? { value: 'AES-256', confidence: 0.65, reason: 'only backups said to be encrypted, with AES-256' } : { value: 'stated', confidence: 0.6, reason: 'only backups said to be encrypted' };
  // "Those PDFs are encrypted with AES-256", "Those are encrypted with AES-256-GCM": what is encrypted is named in an
  // earlier sentence, and may be some of the data only; it ranks below a statement that names the stored data.
  if (POINTS_BACK.test(clause.text) && t.slice(0, clause.start).trim() === '') return { value, confidence: 0.6, reason: 'what is encrypted is named in an earlier sentence' };
  // The algorithm named anywhere for stored data outranks a plain "encrypted at rest".
  return { value, confidence: value === 'AES-256' ? 0.9 : 0.75, reason: value === 'AES-256' ? 'stored data encrypted with AES-256' : 'stored data said to be encrypted' };
}

export const extractor: Extractor<AtRestValue> = {
  meta: {
    id: 'encryption-at-rest',
    field: FIELD,
    version: 1,
    description: 'Encryption of stored customer data: AES-256 when named, else stated; credentials-only encryption and hashing do not count',
  },
  extract(page) {
    const out: Candidate<AtRestValue>[] = [];
    for (const block of page.blocks) {
      for (const unit of unitsOf(block)) {
        const r = read(page, unit);
        if (r) out.push(candidate(FIELD, r.value, evidenceAt(block, unit.start, unit.end), r.confidence, r.reason));
      }
    }
    // A host's default encryption supports the vendor's own statement but is never the only source.
    return out.some((c) => c.confidence > HOST_CONFIDENCE) ? out : [];
  },
};

/*
 * Must read right:
 *   "All data at rest is encrypted using AES-256."                       -> AES-256
 *   "Encryption at rest AES-256 for all persistent storage volumes."     -> AES-256 (flattened label)
 *   "Encrypted at rest with AES-256-GCM" (table cell); "AES256 encryption at rest" -> AES-256
 *   "Databases are encrypted at rest (RSA-2048 encryption)."             -> stated
 *   "All stored data is encrypted at rest in our cloud offering."        -> stated
 * Must not be fooled by:
 *   "Integration credentials (stored encrypted)"; "salted and encrypted with a key stored externally";
 *   "API keys: stored as SHA-256 hashes"; "deleted through cryptographic erasure";
 *   "TLS 1.2 with AES-256 cipher suites"; "Fly.io Postgres ... encrypt stored data by default" (the host's: support only, never alone).
 */
