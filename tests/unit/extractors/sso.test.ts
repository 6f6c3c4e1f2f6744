import { extractor, type SsoValue } from '../../../extractors/sso';
import { runTable, type Invalid, type Valid } from '../helpers/extractor-table';

const H = (heading: string, text: string) => [{ text, headings: [heading] }];
const QA = (question: string, text: string) => [{ text: question, kind: 'question' as const }, { text, question }];
const LV = (label: string, value: string) => [{ text: `${label} ${value}`, kind: 'label-value' as const, label, value }];
const s = (page: string, value: SsoValue, quote = page): Valid<SsoValue> => ({ page, value, quote });

const valid: Valid<SsoValue>[] = [
  s('Enterprise customers can enable single sign-on with any SAML 2.0 identity provider, including Okta and Microsoft Entra ID.', 'saml'),
  s('AccessGate supports SAML 2.0 and OpenID Connect.', 'saml'),
  s('Organisation admins can enforce multi-factor authentication and SAML single sign-on for all members.', 'saml'),
  { page: LV('Single sign-on', 'SAML 2.0'), value: 'saml', quote: 'Single sign-on SAML 2.0' },
  { page: H('Single sign-on', 'Available on Business and Enterprise plans via SAML 2.0 or OIDC.'), value: 'saml', quote: 'Available on Business and Enterprise plans via SAML 2.0 or OIDC.' },
  { page: [{ text: 'SSO: SAML 2.0 (Enterprise)', kind: 'list-item' }], value: 'saml', quote: 'SSO: SAML 2.0 (Enterprise)' },
  { page: QA('Do you support SSO?', 'Yes, on the Team plan. Any identity provider that speaks OpenID Connect will work.'), value: 'oidc', quote: 'Any identity provider that speaks OpenID Connect will work.' },
  s('Sign in with your company identity provider using OIDC.', 'oidc'),
  s('We support single sign-on via OpenID Connect on all paid plans.', 'oidc'),
  s('OrbitDesk supports SSO with Google Workspace and Microsoft accounts on all paid plans.', 'stated'),
  s('Single sign-on is available on the Enterprise plan.', 'stated'),
  { page: QA('Can we use single sign-on?', 'Yes.'), value: 'stated', quote: 'Yes.' },
  s('Teams can log in with SSO through Okta or Azure AD.', 'stated'),
  s('SSO is included in every Business subscription.', 'stated'),
  s('SAML single sign-on is available on Enterprise; SCIM is not yet supported.', 'saml'),
  s('Customers can enforce SSO for their organisation.', 'stated'),
  { page: H('Identity', 'SAML-based SSO and SCIM provisioning are included on Enterprise.'), value: 'saml', quote: 'SAML-based SSO and SCIM provisioning are included on Enterprise.' },
];

const invalid: Invalid[] = [
  { page: 'Staff access to production requires SSO and hardware security keys.' },
  { page: 'All employees sign in to internal tools through SSO with MFA.' },
  { page: 'SSO is coming soon.' },
  { page: 'We do not support SAML today.' },
  { page: 'SAML single sign-on is on our roadmap for 2027.' },
  { page: [{ text: 'Single sign-on', kind: 'list-item' }] },
  { page: QA('Do you support SSO?', 'Not yet.') },
  { page: 'Passwords must be at least 12 characters long.' },
  { page: 'Log in with your email address and password.' },
  { page: 'Our engineers access the infrastructure via SSO.' },
  { page: 'SSO' },
  { page: 'Single sign-on is not available on the Free plan.' },
  { page: 'Two-factor authentication is available for every account.' },
  { page: H('Single sign-on', 'Contact sales to learn more.') },
  { page: 'We are planning to add OIDC support next quarter.' },
];

runTable(extractor, valid, invalid);
