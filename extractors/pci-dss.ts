import type { Candidate, Extractor } from '../claims/types';
import { certReadings } from '../language/cert-details';
import { OTHER_FRAMEWORKS, pickCertification, type CertReading, type CertSpec } from '../language/certification';
import { deniedNear, keepBest, readStatus, type Rule, type StatusSpec } from '../language/claim-rules';
import { namedOtherSubject } from '../language/judge';
import { NO_PLAN, PLAN } from '../language/triggers';

export type PciValue = 'level1' | 'compliant' | 'not_applicable' | 'not_stated';

const FIELD = 'pciDss';
const TOPIC = /\bPCI(?:[- ]?DSS)?\b|\bpayment card industry\b/i;

const LEVEL_1 = /\blevel\s*(?:1|one|I)\b/i;
const SCOPE_QUESTION = /\b(?:in scope|out of scope|apply|applies|applicable|subject to)\b/i;

const rules: Rule<PciValue>[] = [
  {
    all: [/^\s*(?:not applicable|n\/a|out of scope|not in scope)\b|\bPCI\b[^.]{0,40}\b(?:does not apply|doesn['’]t apply|not applicable|out of scope|not in scope|n\/a)\b|\b(?:not applicable|out of scope|not in scope)\b[^.]{0,20}\bPCI\b|\bnot subject to PCI\b/i],
    value: 'not_applicable',
    confidence: 0.85,
    reason: 'says PCI DSS does not apply to it',
  },
  // "Payments are handled by a processor; we never store card data" says who is compliant, not that PCI is moot.
  { all: [/\b(?:handled|processed|managed|taken)\s+(?:by|through|via)\b|\bnever (?:stores?|sees?|touch(?:es)?|handles?|process(?:es)?)\b/i], value: null, confidence: 0, reason: "a payment processor's scope" },
  { all: [NO_PLAN], value: null, confidence: 0.85, reason: 'no plans for it' },
  { all: [PLAN], value: null, confidence: 0, reason: 'PCI compliance only planned' },
  { all: [deniedNear(TOPIC)], value: null, confidence: 0, reason: 'denies PCI compliance' },
  { all: [LEVEL_1], value: 'level1', confidence: 0.9, reason: 'PCI DSS Level 1' },
  {
    all: [/\b(?:compliant|compliance|certified|validated|attested|attestation of compliance|AOC|complies|comply)\b|\bassessed\b[^.]{0,20}\bagainst PCI|\bPCI\b[^.]{0,30}\blevel\s*[2-4]\b/i],
    value: 'compliant',
    confidence: 0.8,
    reason: 'PCI DSS compliant, level not given',
  },
];

const spec: StatusSpec<PciValue> = {
  field: FIELD,
  topic: TOPIC,
  rules,
  // "Is Acme in scope for PCI DSS?" / "No.": out of scope is not applicable; a "No" to "Are you compliant?" is not.
  // A "Yes" to "Are you PCI DSS Level 1 certified?" affirms the level the question names.
  answer: (said, q) => (said === 'yes' ? (SCOPE_QUESTION.test(q) ? null : LEVEL_1.test(q) ? 'level1' : 'compliant') : SCOPE_QUESTION.test(q) ? 'not_applicable' : null),
  vendorOnly: true,
  // "Level 1 Service Provider" is PCI's own term, so attribution looks only at section and subject.
  subjectOnly: true,
  judged: { held: 'compliant', planned: null, denied: null, positive: ['level1', 'compliant'], ownTerm: /\bservice\s+provider\b/i },
};

const RANK: PciValue[] = ['level1', 'compliant', 'not_applicable'];

/** PCI DSS as the certification engine reads it (the same judge as SOC 2 and ISO 27001); the level is its variant. */
export const certSpec: CertSpec = {
  // With its version and level, so that "no PCI DSS v4.0 Level 1 audits" is one name to the judge.
  mention: /(?:\bPCI(?:[- ]?DSS)?\b|\bpayment card industry(?: data security standard)?)(?:\s*\(PCI(?:[- ]?DSS)?\))?(?:\s+v?\d(?:\.\d+)*(?!\d))?(?:\s+Level\s*(?:1|one|I)\b)?/gi,
  topic: TOPIC,
  others: new RegExp(String.raw`\bSOC\b|\bISO\b|${OTHER_FRAMEWORKS.replace(String.raw`\bPCI\b|`, '')}`, 'i'),
  variant(after, before) {
    const own = after.slice(0, 80).split(/[;,]|\b(?:SOC|ISO|HIPAA)\b/i)[0]!;
    return LEVEL_1.test(own) || /\blevel\s*(?:1|one|I)\s*$/i.test(before) ? 'level1' : undefined;
  },
};
// The engine's ranks: a plan or a denial outranks nothing held here but has no PCI DSS value of its own (below).
type Read = PciValue | 'planned' | 'denied';
const CERT_RANK: Read[] = ['level1', 'compliant', 'planned', 'denied'];
// A sentence that takes PCI DSS from its heading or question names the level itself ("Validated annually … as a Level 1
// Service Provider").
const levelOneUnnamed = (r: CertReading) => !TOPIC.test(r.evidence.quote) && LEVEL_1.test(r.evidence.quote) && !/\b(?:SOC|ISO)\b/i.test(r.evidence.quote);
const readValue = (r: CertReading): Read =>
  r.status === 'planned' ? 'planned' : r.status === 'negated' ? 'denied' : r.variant === 'level1' || levelOneUnnamed(r) ? 'level1' : 'compliant';
const isHeld = (c: Candidate<Read>): c is Candidate<'level1' | 'compliant'> => c.value === 'level1' || c.value === 'compliant';

export const extractor: Extractor<PciValue> = {
  meta: {
    id: 'pci-dss',
    field: FIELD,
    version: 3,
    description: "The vendor's own PCI DSS status: Level 1, compliant, or explicitly not applicable",
  },
  extract(page) {
    // Held or not by the one certification judge; a plan or a denial gives no value of its own (PCI DSS has none), but
    // stops a weaker mention from reading as held. "Not applicable" and scope answers come from the field's rules.
    // (A held sentence whose subject is another named company is that company's, and is dropped before the engine ranks:
    // "Stripe is certified as a PCI Level 1 Service Provider"; PCI DSS pages name their processors so.)
    const readings = certReadings(page, certSpec).filter((r) => !(r.status === 'affirmed' && namedOtherSubject(page, r.evidence.quote)));
    const certified = pickCertification<Read>(FIELD, readings, readValue, CERT_RANK, 'denied', 'not_stated');
    // The engine lists its best value first (docs/FIELDS.md, "When readings disagree"); a denial it sets against a held
    // reading follows it, and has no PCI DSS value to show.
    const held = certified[0] && isHeld(certified[0]) ? certified.filter(isHeld) : [];
    const moot = readStatus(page, spec).filter((c) => c.value === 'not_applicable');
    return keepBest([...held, ...moot], RANK);
  },
};

// Must read right: "PayGrid is validated as a PCI DSS Level 1 Service Provider" level1; "We are PCI DSS compliant"
// compliant; "PCI DSS does not apply to our service" not_applicable; "PCI DSS | Not applicable".
// Must not be fooled by: "Rent payments are handled by Stripe, and we never store card data" (not_stated);
// "Stripe is certified as a PCI Level 1 Service Provider"; subprocessor rows "PCI DSS Level 1"; "SAQ A" for merchants.
