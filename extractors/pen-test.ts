import type { Extractor } from '../claims/types';
import { deniedNear, keepBest, readStatus, type Rule, type StatusSpec } from '../language/claim-rules';
import { NOT_OR_NEVER, PLAN } from '../language/triggers';

export type PenTestValue = 'annual_third_party' | 'third_party' | 'internal' | 'stated' | 'planned' | 'none' | 'not_stated';

const FIELD = 'penTest';
const TOPIC =
  /\bpen(?:etration)?[- ]?test|\bpentest|\bred[- ]team|\bethical hack|\btests? (?:our|the) (?:application|app|platform|product|service|systems?|infrastructure|code)\b[^.]{0,20}\bfor (?:security )?(?:vulnerabilit|weakness)/i;
const THIRD = /\b(?:third[- ]part(?:y|ies)|independent|external|outside|accredited|CREST|CHECK[- ]approved|OSCP|(?:security|specialist|reputable) (?:firm|company|consultanc|vendor|partner)s?)\b/i;
const PERIODIC =
  /\b(?:annual(?:ly)?|yearly|every (?:year|twelve months|12 months|six months|6 months|quarter)|each year|per year|(?:once|twice) (?:a|per|each) year|at least (?:once )?(?:a|per|every) year|at least annually|(?:bi|semi)-?annual(?:ly)?|quarterly)\b/i;
const INTERNAL = /\b(?:internal(?:ly)?|in-house|our (?:own )?(?:security|engineering|red) team)\b/i;
// "We do not commission external penetration tests": denies the third party, not testing as such.
const DENIED_THIRD = new RegExp(String.raw`${NOT_OR_NEVER}\b[^.]{0,40}\b(?:external|third[- ]party|independent|outside)\b`, 'i');

// "Third-party penetration tests" is the feature itself, so attribution looks only at who acts.
const HOST_ACTS = /\b(?:cloud|hosting|infrastructure|service) providers?\b|\bof (?:its|their) (?:own )?(?:data cent|infrastructure|facilities|network)/i;

const rules: Rule<PenTestValue>[] = [
  { all: [HOST_ACTS], value: null, confidence: 0, reason: "a provider's own testing" },
  { all: [PLAN], value: 'planned', confidence: 0.8, reason: 'penetration test planned or in progress' },
  { all: [DENIED_THIRD], value: null, confidence: 0, reason: 'denies only external testing' },
  { all: [deniedNear(TOPIC)], value: 'none', confidence: 0.8, reason: 'says no penetration testing is done' },
  { all: [THIRD, PERIODIC], value: 'annual_third_party', confidence: 0.9, reason: 'third-party penetration test at least annually' },
  { all: [THIRD], value: 'third_party', confidence: 0.85, reason: 'third-party penetration test, no frequency' },
  { all: [INTERNAL], value: 'internal', confidence: 0.8, reason: 'penetration testing by the vendor itself' },
  {
    all: [/\b(?:perform|performs|performed|conduct|conducts|conducted|undergo|undergoes|carry out|carried out|regular|periodic|routine|commission|commissions|run|runs)\b/i],
    value: 'stated',
    confidence: 0.6,
    reason: 'penetration testing stated, tester not named',
    local: true,
  },
  { all: [/\b(?:reports?|summar(?:y|ies)|letters?|results)\b|^\W*(?:annual|yearly|quarterly)\b/i], value: 'stated', confidence: 0.55, reason: 'penetration test reports or a periodic test named', local: true },
];

const spec: StatusSpec<PenTestValue> = {
  field: FIELD,
  topic: TOPIC,
  rules,
  answer: (said) => (said === 'no' ? 'none' : 'stated'),
  vendorOnly: true,
  subjectOnly: true,
};

const RANK: PenTestValue[] = ['annual_third_party', 'third_party', 'internal', 'stated', 'planned', 'none'];

export const extractor: Extractor<PenTestValue> = {
  meta: {
    id: 'pen-test',
    field: FIELD,
    version: 1,
    description: 'Penetration testing of the vendor: annual third-party, third-party, internal, stated, planned or none',
  },
  extract(page) {
    return keepBest(readStatus(page, spec), RANK);
  },
};

// Must read right: "An independent security firm performs a penetration test ... every year" annual_third_party;
// "Penetration testing | Annual, by a CHECK-approved third party"; "An outside firm tests our application for
// vulnerabilities twice a year"; "Our first third-party penetration test is planned for Q3 2026" planned;
// "No, we don't do penetration testing." none; "Not at the moment." answering a pen-test question: none.
// Must not be fooled by: "We do not currently commission external penetration tests" (not none);
// "Quarterly external vulnerability scans" (a scan); "regular security testing"; DR "Tested twice a year".
