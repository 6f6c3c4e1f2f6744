import { extractor, type MfaValue } from '../../../extractors/mfa';
import { runTable, type Invalid, type Valid } from '../helpers/extractor-table';

const H = (heading: string, text: string) => [{ text, headings: [heading] }];
const QA = (question: string, text: string) => [{ text: question, kind: 'question' as const }, { text, question }];
const s = (page: string, value: MfaValue, quote = page): Valid<MfaValue> => ({ page, value, quote });

const valid: Valid<MfaValue>[] = [
  s('Workspace owners can require two-factor authentication for every member.', 'enforceable'),
  s('Admins can make 2-step verification mandatory for every agent in the workspace.', 'enforceable'),
  s('Administrators can enforce MFA for all users in the workspace from Settings → Security.', 'enforceable'),
  s('Two-factor authentication is mandatory for all users with access to bank details.', 'enforceable'),
  { page: [{ text: 'Multi-factor authentication required for all clinical users', kind: 'list-item' }], value: 'enforceable', quote: 'Multi-factor authentication required for all clinical users' },
  { page: [{ text: '2FA: users can enable TOTP; org admins can require it', kind: 'list-item' }], value: 'enforceable', quote: '2FA: users can enable TOTP; org admins can require it' },
  { page: QA('Do you enforce two-factor authentication?', 'Yes, on the Business plan.'), value: 'enforceable', quote: 'Yes, on the Business plan.' },
  s('Every account can turn on two-factor authentication.', 'available'),
  s('Users can enable MFA with an authenticator app or a security key.', 'available'),
  { page: QA('Can I turn on two-factor authentication?', 'Yes. Any user can add an authenticator app under Settings → Security.'), value: 'available', quote: 'Any user can add an authenticator app under Settings → Security.' },
  { page: QA('Do you support 2FA?', 'Yes.'), value: 'available', quote: 'Yes.' },
  s('We support passkeys and TOTP authenticator apps for sign-in.', 'available'),
  s('Protect your account with multi-factor authentication.', 'available'),
  { page: H('Sign-in security', 'Two-factor authentication via SMS or authenticator app is available on all plans.'), value: 'available', quote: 'Two-factor authentication via SMS or authenticator app is available on all plans.' },
  s('Owners can require MFA and SAML single sign-on for the whole organisation.', 'enforceable'),
];

const invalid: Invalid[] = [
  { page: 'Access to production systems is restricted to authorised personnel using multi-factor authentication.' },
  { page: 'All employees use hardware security keys.' },
  { page: '2FA is not supported yet.' },
  { page: 'MFA is on our roadmap for next quarter.' },
  { page: QA('Do you support 2FA?', 'Not yet.') },
  { page: [{ text: 'Multi-factor authentication', kind: 'list-item' }] },
  { page: 'Passwords are hashed with bcrypt.' },
  { page: 'Dashboard sessions expire after 12 hours of inactivity.' },
  { page: 'Our engineers authenticate to the cloud console with MFA.' },
  { page: 'Single sign-on is available on the Enterprise plan.' },
  { page: 'Staff access to production requires SSO and hardware security keys.' },
  { page: 'We do not offer two-factor authentication at this time.' },
  { page: 'MFA' },
  { page: H('Multi-factor authentication', 'See our help centre for details.') },
  { page: 'Contractors must use MFA to reach internal systems.' },
  { page: 'We enforce 2FA (two-factor authentication) for core systems.' },
  { page: [{ text: 'Alternatively, password-based login is available, with rate-limit protection.', headings: ['Two-factor authentication'] }] },
];

runTable(extractor, valid, invalid);
