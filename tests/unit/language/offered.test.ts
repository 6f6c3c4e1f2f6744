import { describe, expect, it } from 'vitest';
import { notOffered } from '../../../language/offered';

// Sentences naming a feature (SSO here): [sentence, the judge's status for the mention].
const notOfferedRows: [string, string][] = [
  ['Contact us if SSO support is a must-have for your organisation.', 'conditional'],
  ['If you require SSO, you can place our app behind your own identity-aware proxy.', 'conditional'],
  ['Many teams ask us about SSO, but this isn’t something we offer today.', 'held'],
  ['Support for SSO was removed in version 3.0.', 'held'],
  ['Many project tools now offer SSO; here’s what to look for when comparing them.', 'held'],
  ['We recommend enabling SSO on your email account to protect your login.', 'held'],
  ['Your cloud provider’s console offers SSO for your infrastructure accounts.', 'held'],
  ['Turn on SSO wherever it’s offered.', 'held'],
  ['Learn more about SSO in our security glossary.', 'held'],
  ['SSO used to be available, but we no longer offer it.', 'held'],
];
const offeredRows: [string, string][] = [
  ['If you’d like to use SSO, an admin can switch it on under Settings → Security.', 'conditional'],
  ['If your company uses Okta, you can connect it to us for SSO.', 'conditional'],
  ['If your team needs finer control, SSO can be switched on by any workspace owner.', 'conditional'],
  ['Should you want SSO, it’s already included on every paid plan.', 'conditional'],
  ['SSO is available on every plan.', 'held'],
  ['We support SAML SSO with Okta, Entra ID and Google Workspace.', 'held'],
  ['Admins can enforce SSO for every member of the workspace.', 'held'],
  ['SSO has been available since 2022 and was extended to SCIM last year.', 'held'],
  ['Every workspace can turn on SSO from the security page.', 'held'],
  ['Our Business plan includes SSO at no extra cost.', 'held'],
];

describe('notOffered (a product feature the sentence does not offer)', () => {
  it.each(notOfferedRows)('%s', (text, status) => expect(notOffered(text, text.indexOf('SSO'), status)).toBe(true));
  it.each(offeredRows)('offers: %s', (text, status) => expect(notOffered(text, text.indexOf('SSO'), status)).toBe(false));
});
