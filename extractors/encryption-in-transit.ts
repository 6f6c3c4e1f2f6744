import { labelAbove, unitsOf, type Unit } from '../language/block-units';
import { CUSTOMER_DUTY, PROVIDER_ROLE_SUBJECT, questionOf, shortAnswer } from '../language/context';
import { THIRD_PARTY_HEADING, providerNames, vendorWords } from '../language/names';
import { candidate, evidenceAt } from '../language/evidence';
import type { Block, Candidate, Extractor, InTransitValue, Page } from '../claims/types';
import { endsWithQuestion } from '../language/sentences';

const FIELD = 'encryptionInTransit';

// "TLS 1.2", "TLSv1.3", "TLS1.2 or TLS1.3", "TLS 1.2 and 1.3", "TLS 1.2+".
const VERSIONS = /\bTLS\s*\)?\s*\(?\s*(?:v|,?\s*(?:protocol\s+)?version\s*)?(1\.[0-3])((?:\s*(?:,|and|or|\/)\s*(?:TLS\s*v?)?1\.[0-3])*)(\+?)/gi;
const OFF_AFTER = /^[^.;]{0,30}\b(?:disabled|deprecated|not (?:supported|allowed|accepted)|rejected|blocked|turned off|switched off|refused|removed|retired|dropped|sunset|phased out|no longer (?:supported|accepted|allowed))\b/i;
const OFF_BEFORE = /\b(?:disabled?|disables|deprecated|no longer (?:support|accept|allow)|(?:do|does|will|shall|can)\s*(?:not|n['’]t) (?:support|accept|allow|negotiate|offer|permit|enable|use)|don['’]t (?:support|accept|allow|negotiate|offer|permit|enable|use)|never (?:negotiate|accept|allow|use)|reject|block|(?:switched|turned) off|switch(?:es)? off|turn(?:s)? off|removed|retired|dropped|phased out|sunset(?:ted)?)\b(?:(?!,\s*(?:and|but|while|so)\b)[^.;]){0,25}$/i;
// "support", "also accept", "can negotiate", "is available": offered, not required. "only support" is a floor.
const SUPPORTS_BEFORE = /(?<!\b(?:only|exclusively|solely)\s)\b(?:supports?|supported|supporting|(?:also\s+)?accepts?|can (?:use|negotiate)|negotiates?|offers?|(?:is|are) (?:also\s+)?available(?:\s+(?:for|on|with))?|(?:is|are) enabled(?:\s+(?:for|on))?)\s+(?!(?:[\w-]+\s+)*?(?:only|exclusively|solely)\s)(?:[\w-]+\s+){0,2}?$/i;
const SUPPORTS_AFTER = /^[\s)]*(?:connections?\s+)?(?:is|are)\s+(?:also\s+)?(?:available|enabled|supported|offered)\b(?![^.;]{0,30}\bonly\b)/i;
const COMPARED_BEFORE = /\b(?:below|under|older than|lower than|less than|prior to|earlier than|before)\s*$/i;
const FUTURE_BEFORE = /\b(?:will|plan(?:s|ned|ning)?(?: to)?|roadmap|working (?:on|towards?)|soon|upgrade to|migrat\w+ to)\b[^.;]{0,30}$/i;
const LABEL_ONLY = /^\W*(?:data\s+)?encryption(?:\s+(?:of\s+data\s+)?in[- ]transit)?\W*$/i;
// The customer's certificates as a product feature: "we monitor your SSL certificates and alert before expiry".
const THEIRS = /\byour (?:own )?(?:TLS|SSL|HTTPS)\b|\b(?:TLS|SSL) certificates? (?:monitoring|expiry|expiration|checks?)\b/i;
// Transport encryption without a version. Protocol names are matched in capitals, so "https://..." is not a claim.
const PROTOCOL = /\b(?:TLS|SSL|HTTPS|HSTS)\b(?![:\\/])/;
const PHRASE =
  /\bencrypted in[- ]transit\b|\bin[- ]transit\b[^.;]{0,50}\bencrypt|\bencrypt\w*\b[^.;]{0,60}\bin[- ]transit\b|\bencrypted (?:connections?|communications?|transport)\b|\btransport layer security\b|\bsecure sockets layer\b|\bencrypt(?:s|ed|ing)?\b[^.;]{0,60}\b(?:all\s+)?(?:communications?|connections?|traffic)\s+(?:with|to|between|from)\b/i;
const NEGATED =
  /\b(?:not|never|no longer|don['’]t|doesn['’]t|isn['’]t|aren['’]t)\b[^.;]{0,30}(?:\b(?:TLS|SSL|HTTPS)\b|\bencrypt)|\b(?:TLS|SSL|HTTPS)\b[^.;]{0,15}\b(?:is|are) (?:not|never)\b/i;
const FUTURE = /\b(?:will|plan(?:s|ned|ning)?|roadmap|soon|working (?:on|towards?))\b[^.;]{0,30}(?:\b(?:TLS|SSL|HTTPS)\b|\bencrypt)/i;
// A sentence whose subject is a company the page introduces as its provider ("Billing is handled by Stripe, a payment
// provider. Stripe … only talks to our servers over TLS 1.2"): the provider's transport, not the vendor's.
function othersTransport(page: Page, unit: Unit): boolean {
  const name = unit.text.match(/^\s*(?:the\s+)?([A-Z][\w.&-]*)\s+(?:also\s+|only\s+)?[a-z]+s\b/)?.[1];
  if (name && providerNames(page).has(name) && !vendorWords(page).has(name) && !(page.title ?? '').includes(name)) return true;
  // "Each subprocessor on this list states that its own service encrypts data in transit": a provider named by its role.
  const verb = unit.text.search(/\b(?:states?|says?|confirms?|encrypts?|uses?|requires?|enforces?|supports?|delivers?|sends?|talks?|connects?)\b/);
  return verb > 0 && PROVIDER_ROLE_SUBJECT.test(unit.text.slice(0, verb).replace(/\s+(?:on|in|from|of)\s+(?:this|the|our)\s+(?:list|page|table)\s*$/i, ' '));
}

// A row of a table of providers ("Subprocessor | Purpose | … | Certifications"): the provider's own transport.
function providerRow(block: Block): boolean {
  return block.kind === 'table-row' && (THIRD_PARTY_HEADING.test(block.headings.at(-1) ?? '') || (block.header ?? []).some((h) => /\b(?:sub-?processor|provider|vendor)s?\b/i.test(h)));
}
const MENTION = /\b(?:TLS|SSL|HTTPS|HSTS)\b|\bencrypt/i;
const TRANSIT_QUESTION = /\bin[- ]transit\b|\bTLS\b|\bHTTPS\b|\bSSL\b/i;

type MinVersion = { version: string; qualified: boolean; at: number; inferred?: boolean; off?: string };
function minVersion(text: string): MinVersion | null {
  let best: MinVersion | null = null;
  let off = '';
  let supportsNewest = false;
  for (const m of text.matchAll(VERSIONS)) {
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    const after = text.slice(m.index + m[0].length);
    const listed = [m[1]!, ...(m[2]!.match(/1\.[0-3]/g) ?? [])].sort();
    if (FUTURE_BEFORE.test(before)) continue;
    // "We never accept connections below TLS 1.2": the version after a comparison is the floor, not switched off.
    const compared = COMPARED_BEFORE.test(before);
    // "TLS 1.3 only — older versions are switched off": what is switched off is the other versions.
    const othersOff = /^\s*(?:only|exclusively|solely)\s*(?:[—–,;:)]|\.(?:\s|$)|$|(?:and|for|on|across|everywhere|with)\b)/i.test(after) || /^[^.;]{0,30}\b(?:older|earlier|previous|prior|lower|other|legacy)\s+(?:TLS\s+)?(?:versions?|protocols?)\b/i.test(after);
    if (!compared && ((OFF_AFTER.test(after) && !othersOff) || OFF_BEFORE.test(before))) {
      off = listed.at(-1)! > off ? listed.at(-1)! : off;
      continue;
    }
    // "Our endpoints support TLS 1.3": offering the newest version says nothing of the oldest one accepted.
    if (!compared && listed.length === 1 && listed[0] === '1.3' && m[3] !== '+' && (SUPPORTS_BEFORE.test(before) || SUPPORTS_AFTER.test(after)) && !/^\s*(?:[\w-]+\s+){0,2}(?:only|exclusively|solely)\b/i.test(after)) {
      supportsNewest = true;
      continue;
    }
    const qualified = compared || m[3] === '+' || m[2]!.length > 0 || /^\s*(?:or|and) (?:higher|greater|above|later|newer|up)\b|^\s*oder (?:höher|neuer)|^\s*(?:only|exclusively|solely)\b|^\s*(?:is|as)\s+(?:the\s+|our\s+)?minimum\b|^\s*(?:at\s+(?:a\s+)?minimum|minimum)\b/i.test(after) || /\b(?:minimum|at least|min\.?)\s*(?:of\s*)?$/i.test(before);
    if (!best || listed[0]! < best.version) best = { version: listed[0]!, qualified, at: m.index };
  }
  // "TLS 1.0 and 1.1 are disabled": the next version up is the minimum.
  if (!best && (off === '1.1' || off === '1.2')) return { version: off === '1.1' ? '1.2' : '1.3', qualified: true, at: 0, inferred: true, off };
  // TLS in use, its floor not given: "stated".
  if (!best && supportsNewest) return { version: 'supported', qualified: false, at: 0 };
  return best && off ? { ...best, off } : best;
}

type Reading = { value: InTransitValue; confidence: number; reason: string; inferred?: boolean; off?: string };
function read(page: Page, unit: Unit): Reading | null {
  const t = unit.text;
  if (unit.block.kind === 'question' || endsWithQuestion(t)) return null; // a question claims nothing
  if (unit.block.kind === 'heading' || LABEL_ONLY.test(t)) return null; // "Encryption in transit" is a label, its value follows
  if (CUSTOMER_DUTY.test(t.slice(0, Math.max(0, t.search(MENTION))))) return null;
  const v = minVersion(t);
  if (v) {
    const value: InTransitValue = v.version === '1.3' ? 'TLS1.3' : v.version === '1.2' ? 'TLS1.2' : 'stated';
    // Two versions on one page: the lower is the guaranteed minimum, so it ranks first.
    // Best effort ("we always try to encrypt emails using TLS 1.2, 1.1 or 1.0") is no minimum: below any firm statement.
    // The hedge must govern the minimum's own clause: "TLS 1.2 minimum; TLS 1.3 where supported" is a firm 1.2.
    const own = t.slice(t.lastIndexOf(';', v.at) + 1, t.indexOf(';', v.at) < 0 ? t.length : t.indexOf(';', v.at));
    if (/\b(?:try|tries|trying|attempt\w*|where (?:possible|supported)|whenever possible|opportunistic\w*|if (?:the )?recipient)/i.test(own)) return { value, confidence: 0.6, reason: `best-effort TLS ${v.version}` };
    return { value, confidence: (v.qualified ? 0.9 : 0.85) - (v.version === '1.3' ? 0.02 : 0), reason: v.inferred ? `TLS ${v.off} and older switched off` : `TLS ${v.version}${v.qualified ? ' as the minimum' : ''}`, inferred: v.inferred, off: v.off };
  }
  const t2 = t.replace(/\b\d{2,5}\s*\((?:HTTPS|TLS|SSL|HTTP|SSH|S?FTP)\)/g, ' ');
  if ((PROTOCOL.test(t2) || PHRASE.test(t)) && !NEGATED.test(t) && !FUTURE.test(t) && !THEIRS.test(t)) return { value: 'stated', confidence: 0.7, reason: 'transport encryption with no TLS version' };
  const q = questionOf(page, unit.block) ?? unit.block.label ?? labelAbove(page, unit.block);
  if (q && TRANSIT_QUESTION.test(`${q} ${t}`) && /\bencrypt|\bTLS\b|\bHTTPS\b/i.test(q) && shortAnswer(t) === 'yes') {
    return { value: 'stated', confidence: 0.7, reason: `"Yes" to "${q.slice(0, 60)}"` };
  }
  return null;
}

export const extractor: Extractor<InTransitValue> = {
  meta: {
    id: 'encryption-in-transit',
    field: FIELD,
    version: 2,
    description: 'Transport encryption: the minimum TLS version when given (TLS 1.2+ -> TLS1.2), else stated for TLS/SSL/HTTPS',
  },
  extract(page) {
    const out: Candidate<InTransitValue>[] = [];
    const readings: { r: Reading; unit: Unit }[] = [];
    for (const block of page.blocks) {
      for (const unit of unitsOf(block)) {
        const r = read(page, unit);
        // Someone else's transport ("Stripe … only talks to our servers over TLS 1.2", a subprocessor table's row).
        if (r && r.value !== 'stated' && (providerRow(block) || othersTransport(page, unit))) continue;
        if (r) readings.push({ r, unit });
      }
    }
    // A version the page says is switched off ("TLS 1.2 has been switched off … all connections now require TLS 1.3")
    // no longer holds where an older entry names it as the minimum; and a floor inferred from what is switched off
    // ("TLS 1.0 and 1.1 clients are not supported") gives way to one the page states ("… uses TLS 1.3").
    const off = readings.reduce((max, { r }) => (r.off && r.off > max ? r.off : max), '');
    const stated = readings.some(({ r }) => !r.inferred && r.value.startsWith('TLS'));
    for (const { r, unit } of readings) {
      if (off && r.value.startsWith('TLS') && r.value.slice(3) <= off) continue;
      if (r.inferred && stated) continue;
      out.push(candidate(FIELD, r.value, evidenceAt(unit.block, unit.start, unit.end), r.confidence, r.reason));
    }
    return out;
  },
};

/*
 * Must read right:
 *   "All data in transit is encrypted via TLS 1.2+."          -> TLS1.2
 *   "TLS1.2 or TLS1.3 encryption in transit"                  -> TLS1.2 (the minimum)
 *   "Data sent in-transit is encrypted using TLS 1.2 or greater." -> TLS1.2
 *   "We only accept TLS 1.3; TLS 1.0 and 1.1 are disabled."  -> TLS1.3
 *   "Data is encrypted in transit (TLS)."; "the data is encrypted with HTTPS" -> stated
 *   "We use encrypted connections (TLS) whenever it is possible" -> stated (hedged)
 * Must not be fooled by:
 *   "HMAC-SHA256 signed JWT"; "https://aws.amazon.com/security/"; "restricted to operators via encrypted channels";
 *   "We plan to support TLS 1.3 next year" (future); "SSL is not used" (negated).
 */
