import { describe, expect, it } from 'vitest';
import { extractor } from '../../../extractors/encryption-in-transit';
import type { InTransitValue } from '../../../claims/types';
import { best, run, type Case } from '../helpers/extractor-table';

const valid: Case<InTransitValue>[] = [
  { page: 'All connections to our API require TLS 1.2 or higher.', value: 'TLS1.2' },
  { page: 'We support TLS 1.3 only.', value: 'TLS1.3' },
  { page: 'Traffic is encrypted using TLSv1.2+.', value: 'TLS1.2' },
  { page: 'Data in transit is protected with TLS 1.2 and TLS 1.3.', value: 'TLS1.2' },
  { page: 'TLS 1.0 and 1.1 are disabled; TLS 1.3 is enforced on every endpoint.', value: 'TLS1.3' },
  { page: 'A minimum of TLS 1.2 is enforced for all client connections.', value: 'TLS1.2' },
  { page: 'All data is encrypted in transit.', value: 'stated' },
  { page: 'The dashboard is served exclusively over HTTPS.', value: 'stated' },
  { page: 'Connections to the service are secured with SSL.', value: 'stated' },
  {
    page: [{ kind: 'label-value', label: 'Encryption in transit', value: 'TLS 1.2', text: 'Encryption in transit TLS 1.2' }],
    value: 'TLS1.2',
    quote: 'Encryption in transit TLS 1.2',
  },
  {
    page: [{ kind: 'table-row', cells: ['Encryption in transit', 'TLS 1.3'], header: ['Control', 'Implementation'], text: 'Encryption in transit | TLS 1.3' }],
    value: 'TLS1.3',
    quote: 'Encryption in transit | TLS 1.3',
  },
  {
    page: [{ kind: 'question', text: 'Is data encrypted in transit?' }, { text: 'Yes.', question: 'Is data encrypted in transit?' }],
    value: 'stated',
    quote: 'Yes.',
  },
  { page: 'We enforce HSTS and redirect all HTTP requests to HTTPS.', value: 'stated' },
  { page: 'Transport Layer Security protects data moving between your browser and our servers.', value: 'stated' },
  { page: 'Where possible, we use encrypted connections to third-party services.', value: 'stated' },
  { page: 'TLS 1.1 or higher is required for legacy integrations.', value: 'stated' },
  { page: 'Every request is sent over TLS 1.2 or greater, with modern cipher suites.', value: 'TLS1.2' },
  { page: 'SSLv3, TLS 1.0 and TLS 1.1 are disabled on all public endpoints.', value: 'TLS1.2' },
  { page: 'Personal data is protected in transit using TLS version 1.2 or higher.', value: 'TLS1.2' },
  { page: 'All endpoints require TLS (1.2 or higher).', value: 'TLS1.2' },
  { page: ['Encryption in transit', 'Yes'], value: 'stated', quote: 'Yes' },
  {
    page: [{ kind: 'question', text: 'Is my data encrypted?' }, { text: 'Yes, both at rest and in transit.', question: 'Is my data encrypted?' }],
    value: 'stated',
    quote: 'Yes, both at rest and in transit.',
  },
];

const invalid: Case<InTransitValue>[] = [
  { page: 'Webhook payloads are signed with HMAC-SHA256.' },
  { page: 'See https://example.com/security for details.' },
  { page: 'We plan to support TLS 1.3 in 2026.' },
  { page: 'SSL is not used on the legacy FTP endpoint.' },
  { page: 'Data at rest is encrypted with AES-256.' },
  { page: 'Passwords are hashed using SHA-256.' },
  { page: 'Release files are published with a SHA-256 checksum.' },
  { page: 'Our status page is available at status.example.com.' },
  { page: 'Access to production requires SSO and hardware security keys.' },
  { page: 'Email notifications are sent from noreply@example.com.' },
  { page: 'The app stores an OAuth token for the Slack API.' },
  { page: 'Session cookies are httpOnly and sameSite=lax.' },
  { page: "Certificates are issued by Let's Encrypt." },
  { page: 'Backups are encrypted.' },
  { page: 'Secrets are kept in a dedicated secrets manager.' },
  { page: 'Integration credentials are stored encrypted.' },
  { page: ['Encryption in transit', 'Not yet'] },
  { page: 'We monitor your SSL certificates and alert you before they expire.' },
];

describe('encryption-in-transit', () => {
  it.each(valid)('reads $page', ({ page, value, quote }) => {
    const { cands } = run(extractor, page);
    const top = best(cands)!;
    expect(top.value).toBe(value);
    expect(top.field).toBe('encryptionInTransit');
    expect(top.evidence.quote).toBe(quote ?? page);
  });

  it.each(invalid)('gives nothing for $page', ({ page }) => {
    expect(run(extractor, page).cands).toEqual([]);
  });

  it('ranks the stated minimum above a preferred higher version', () => {
    const { cands } = run(extractor, 'TLS 1.2 is the minimum version; TLS 1.3 is preferred.');
    expect(best(cands)!.value).toBe('TLS1.2');
    expect(best(cands)!.confidence).toBe(0.9);
  });

  it('ranks a versioned statement above a bare one', () => {
    const { cands } = run(extractor, ['The site uses HTTPS.', 'All API traffic requires TLS 1.2+.']);
    expect(best(cands)!.value).toBe('TLS1.2');
  });
});
