import type { Extractor } from '../claims/types';
import { deniedNear, keepBest, readStatus, type Rule, type StatusSpec } from '../language/claim-rules';
import { PLAN } from '../language/triggers';

export type SsoValue = 'saml' | 'oidc' | 'stated' | 'not_stated';

const FIELD = 'sso';
const TOPIC = /\bsingle sign[- ]on\b|\bSSO\b|\bSAML\b|\bOpenID Connect\b|\bOIDC\b/i;
const OFFERED = /\b(?:supports?|supported|available|offers?|offered|enable|enabled|configure|connect|integrat\w*|use|using|via|with|sign in|log in|login|included|works?|speaks|enforce[sd]?|require[sd]?|can)\b/i;

const rules: Rule<SsoValue>[] = [
  { all: [deniedNear(TOPIC)], value: null, confidence: 0, reason: 'SSO not offered' },
  { all: [PLAN], value: null, confidence: 0, reason: 'SSO only planned' },
  { all: [/\bcoming soon\b/i], value: null, confidence: 0, reason: 'SSO only planned' },
  { all: [/\bSAML\b/i], value: 'saml', confidence: 0.9, reason: 'SAML single sign-on offered' },
  { all: [/\bOpenID Connect\b|\bOIDC\b/i], value: 'oidc', confidence: 0.85, reason: 'OpenID Connect single sign-on offered' },
  { all: [OFFERED], value: 'stated', confidence: 0.7, reason: 'single sign-on offered, no protocol named', local: true },
];

const spec: StatusSpec<SsoValue> = {
  offered: true,
  field: FIELD,
  topic: TOPIC,
  rules,
  answer: (said) => (said === 'yes' ? 'stated' : null),
};

const RANK: SsoValue[] = ['saml', 'oidc', 'stated'];

export const extractor: Extractor<SsoValue> = {
  meta: {
    id: 'sso',
    field: FIELD,
    version: 1,
    description: 'Single sign-on for customer users: SAML, OIDC, or stated without a protocol',
  },
  extract(page) {
    return keepBest(readStatus(page, spec), RANK);
  },
};

// Must read right: "Enterprise customers can enable single sign-on with any SAML 2.0 identity provider" saml;
// "Any identity provider that speaks OpenID Connect will work." after "Do you support SSO?" oidc;
// "OrbitDesk supports SSO with Google Workspace and Microsoft accounts" stated; "Single sign-on | SAML 2.0".
// Must not be fooled by: "Staff access to production requires SSO and hardware security keys" (internal);
// "SSO is coming soon"; "We do not support SAML today"; a sidebar link "Single sign-on".
