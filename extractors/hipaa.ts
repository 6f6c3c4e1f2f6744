import type { Extractor } from '../claims/types';
import { deniedNear, keepBest, readStatus, type Rule, type StatusSpec } from '../language/claim-rules';
import { NO_PLAN, PLAN } from '../language/triggers';

export type HipaaValue = 'baa_available' | 'compliant' | 'planned' | 'not_compliant' | 'not_stated';

const FIELD = 'hipaa';
const TOPIC = /\bHIPAA\b|\bBAAs?\b|\bbusiness associate (?:agreement|addendum|contract)s?\b|\bprotected health information\b|\bPHI\b/i;
const BAA = /\bBAAs?\b|\bbusiness associate (?:agreement|addendum|contract)/i;
// "do not upload PHI", "not designed to store protected health information", "HIPAA | Not applicable".
const NO_PHI =
  /\b(?:do not|don['’]t|must not|should not|may not|never|not (?:designed|intended|meant|permitted|allowed))\b[^.]{0,40}\b(?:PHI|protected health information|health (?:data|information|records))\b|\bHIPAA\b[^.]{0,10}\bnot applicable\b|\bno BAAs?\b/i;

const rules: Rule<HipaaValue>[] = [
  { all: [NO_PLAN], value: 'not_compliant', confidence: 0.85, reason: 'no plans for it' },
  { all: [PLAN], value: 'planned', confidence: 0.8, reason: 'HIPAA compliance planned or in progress' },
  { all: [deniedNear(TOPIC)], value: 'not_compliant', confidence: 0.85, reason: 'says it is not HIPAA compliant or signs no BAA' },
  { all: [NO_PHI], value: 'not_compliant', confidence: 0.8, reason: 'says the service is not for protected health information' },
  {
    all: [BAA, /\b(?:sign|signs|signed|signing|offer|offers|offered|provide|provides|execute|executes|enter(?:s)? into|available|included|on request|upon request)\b|\b(?:with|incl\.?|including|plus) (?:a |our )?(?:BAA|business associate)/i],
    value: 'baa_available',
    confidence: 0.9,
    reason: 'signs or offers a Business Associate Agreement',
  },
  {
    all: [/\bHIPAA[- ](?:compliant|compliance|ready)\b|\b(?:compliant|complies|comply|in compliance) with HIPAA\b|\bmeets? HIPAA\b|\bHIPAA\b[^.]{0,15}\b(?:compliant|certified|attested)\b/i],
    value: 'compliant',
    confidence: 0.75,
    reason: 'says it is HIPAA compliant',
  },
];

const spec: StatusSpec<HipaaValue> = {
  field: FIELD,
  topic: TOPIC,
  rules,
  answer: (said, q) => (said === 'no' ? 'not_compliant' : BAA.test(q) ? 'baa_available' : 'compliant'),
  vendorOnly: true,
  judged: { held: 'compliant', planned: 'planned', denied: 'not_compliant', positive: ['baa_available', 'compliant'] },
};

const RANK: HipaaValue[] = ['baa_available', 'compliant', 'planned', 'not_compliant'];

export const extractor: Extractor<HipaaValue> = {
  meta: {
    id: 'hipaa',
    field: FIELD,
    version: 1,
    description: "The vendor's HIPAA position: BAA available, compliant, planned or not compliant",
  },
  extract(page) {
    return keepBest(readStatus(page, spec), RANK);
  },
};

// Must read right: "HealthBridge signs a Business Associate Agreement (BAA) with every covered entity" baa_available;
// "We sign BAAs with customers on the Enterprise plan" under "HIPAA"; "HIPAA compliance is on our roadmap" planned;
// "Cobaltmint is not HIPAA compliant and we do not sign Business Associate Agreements" not_compliant;
// "Will you sign a BAA?" + "No." not_compliant; "HIPAA | Not applicable — do not upload PHI" not_compliant.
// Must not be fooled by: "MongoDB, Inc. | ... | HIPAA-ready" in a subprocessor row; "HIPAA-eligible AWS services";
// "The HIPAA Breach Notification Rule allows up to 60 days".
