import type { Extractor } from '../claims/types';
import { deniedNear, keepBest, readStatus, type Rule, type StatusSpec } from '../language/claim-rules';
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

export const extractor: Extractor<PciValue> = {
  meta: {
    id: 'pci-dss',
    field: FIELD,
    version: 3,
    description: "The vendor's own PCI DSS status: Level 1, compliant, or explicitly not applicable",
  },
  extract(page) {
    return keepBest(readStatus(page, spec), RANK);
  },
};

// Must read right: "PayGrid is validated as a PCI DSS Level 1 Service Provider" level1; "We are PCI DSS compliant"
// compliant; "PCI DSS does not apply to our service" not_applicable; "PCI DSS | Not applicable".
// Must not be fooled by: "Rent payments are handled by Stripe, and we never store card data" (not_stated);
// "Stripe is certified as a PCI Level 1 Service Provider"; subprocessor rows "PCI DSS Level 1"; "SAQ A" for merchants.
