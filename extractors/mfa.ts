import type { Extractor } from '../claims/types';
import { deniedNear, keepBest, readStatus, type Rule, type StatusSpec } from '../language/claim-rules';
import { PLAN } from '../language/triggers';

export type MfaValue = 'enforceable' | 'available' | 'not_stated';

const FIELD = 'mfa';
const TOPIC = /\bmulti[- ]?factor\b|\btwo[- ]?factor\b|\b2-?step\b|\btwo[- ]step\b|\b2FA\b|\bMFA\b|\bauthenticator apps?\b|\bTOTP\b|\bWebAuthn\b|\bpasskeys?\b|\bsecurity keys?\b/i;
const ENFORCE = /\b(?:require[sd]?|requiring|enforce[sd]?|enforcing|enforcement|mandatory|mandate[sd]?|compulsory|must use)\b/i;
const OFFERED = /\b(?:enable[sd]?|turn on|set up|add|supports?|supported|available|offers?|offered|use|using|protect|can)\b/i;

const rules: Rule<MfaValue>[] = [
  { all: [deniedNear(TOPIC)], value: null, confidence: 0, reason: 'MFA not offered' },
  { all: [PLAN], value: null, confidence: 0, reason: 'MFA only planned' },
  { all: [ENFORCE], value: 'enforceable', confidence: 0.9, reason: 'MFA can be required for users', local: true },
  { all: [OFFERED], value: 'available', confidence: 0.8, reason: 'users can turn on MFA', local: true },
];

const spec: StatusSpec<MfaValue> = {
  offered: true,
  field: FIELD,
  topic: TOPIC,
  rules,
  answer: (said, q) => (said === 'no' ? null : ENFORCE.test(q) ? 'enforceable' : 'available'),
};

const RANK: MfaValue[] = ['enforceable', 'available'];

export const extractor: Extractor<MfaValue> = {
  meta: {
    id: 'mfa',
    field: FIELD,
    version: 1,
    description: 'Multi-factor authentication for customer users: enforceable by admins, or available',
  },
  extract(page) {
    return keepBest(readStatus(page, spec), RANK);
  },
};

// Must read right: "Workspace owners can require two-factor authentication for every member" enforceable;
// "Admins can make 2-step verification mandatory for every agent" enforceable; "Any user can add an authenticator
// app" available; "Can I turn on two-factor authentication?" + "Yes." available.
// Must not be fooled by: "Access to production systems is restricted to authorised personnel using multi-factor
// authentication" (internal); "We enforce 2FA for core systems" (internal); "password-based login is available"
// after a sentence on 2FA; "2FA is not supported yet"; "MFA is on our roadmap".
