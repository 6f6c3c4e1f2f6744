import { describe, expect, it } from 'vitest';
import { extractor } from '../../../extractors/encryption-in-transit';
import type { InTransitValue } from '../../../claims/types';
import { best, run, type Case } from '../helpers/extractor-table';

const valid: Case<InTransitValue>[] = [
  // Older versions switched off, removed or retired are not the minimum; a hedge on a higher version leaves the floor firm.
  { page: 'Traffic is encrypted in transit with TLS 1.2 or higher; we switched off TLS 1.0 and 1.1 in 2022.', value: 'TLS1.2' },
  { page: 'TLS 1.0 and TLS 1.1 have been removed from all endpoints.', value: 'TLS1.2' },
  { page: 'We retired TLS 1.0 and 1.1 last year, so every connection now uses TLS 1.2 or 1.3.', value: 'TLS1.2' },
  { page: 'TLS 1.2 is now the minimum supported version everywhere.', value: 'TLS1.2' },
  { page: 'TLS 1.2 minimum; TLS 1.3 is preferred and negotiated where supported.', value: 'TLS1.2' },
  { page: 'Connections use TLS 1.3 where supported, with TLS 1.2 as the minimum.', value: 'TLS1.2' },
  { page: 'TLS 1.1 was phased out in 2021; all API traffic requires TLS 1.2.', value: 'TLS1.2' },
  { page: 'Legacy TLS 1.0 support was dropped, and TLS 1.2 is enforced on every endpoint.', value: 'TLS1.2' },
  { page: 'We turned off TLS 1.0, 1.1 and 1.2 for the API; it accepts TLS 1.3 only.', value: 'TLS1.3' },
  { page: 'TLS 1.0 and 1.1 are no longer supported on any Acme endpoint.', value: 'TLS1.2' },
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

  // --- 9c8ad8d, ten rephrasings each ---
  // "encrypts ... all communication/traffic/connections with/to/between/from ..." is a statement.
  { page: 'The agent encrypts all communication with our servers.', value: 'stated' },
  { page: 'We encrypt all traffic between your browser and our API.', value: 'stated' },
  { page: 'Our mobile app encrypts connections to the backend.', value: 'stated' },
  { page: 'The desktop client encrypts every connection to our cloud.', value: 'stated' },
  { page: 'We encrypt communications from the browser extension to our API.', value: 'stated' },
  { page: 'Encrypting all traffic to and from the dashboard keeps your data private.', value: 'stated' },
  { page: 'Version 3 of the SDK encrypts all communication with the ingest endpoint.', value: 'stated' },
  { page: 'The sync engine encrypts all traffic between devices.', value: 'stated' },
  { page: 'Our relay encrypted all connections from edge devices to the core.', value: 'stated' },
  { page: 'Each integration encrypts its communication with third-party services.', value: 'stated' },
  // "Transport Layer Security (TLS) version 1.2": the bracketed acronym does not hide the version.
  { page: 'Transport Layer Security (TLS) version 1.2 protects every request.', value: 'TLS1.2' },
  { page: 'Connections use Transport Layer Security (TLS) version 1.3.', value: 'TLS1.3' },
  { page: 'All traffic is protected with Transport Layer Security (TLS) version 1.2 or higher.', value: 'TLS1.2' },
  { page: 'We use TLS (version 1.2) for all API calls.', value: 'TLS1.2' },
  { page: 'Transport Layer Security (TLS) v1.3 is enforced.', value: 'TLS1.3' },
  { page: 'Transport Layer Security (TLS) protocol version 1.2 is the minimum we accept.', value: 'TLS1.2' },
  // A port label beside a real statement leaves the statement.
  { page: 'Only port 443 (HTTPS) is open, and all traffic is encrypted with TLS.', value: 'stated' },
  { page: 'Port 443 (HTTPS) is the only port open; everything else is blocked and all traffic uses HTTPS.', value: 'stated' },
  { page: 'Our web app listens on port 443 and is served exclusively over HTTPS.', value: 'stated' },
  // Best effort ("try", "where possible", "opportunistic", "if the recipient ...") ranks below any firm statement.
  { page: ['We always try to encrypt outgoing email using TLS 1.2, 1.1 or 1.0.', 'All connections to the web app use TLS 1.2 or higher.'], value: 'TLS1.2', quote: 'All connections to the web app use TLS 1.2 or higher.' },
  { page: ['Where supported by the recipient, we deliver email over TLS 1.3.', 'Our API accepts TLS 1.2 and above only.'], value: 'TLS1.2', quote: 'Our API accepts TLS 1.2 and above only.' },
  { page: ['We attempt to negotiate TLS 1.3 with every mail server.', 'Web sessions require TLS 1.2.'], value: 'TLS1.2', quote: 'Web sessions require TLS 1.2.' },
  { page: ['Opportunistic TLS 1.2 is used for SMTP.', 'The dashboard enforces TLS 1.3 only.'], value: 'TLS1.3', quote: 'The dashboard enforces TLS 1.3 only.' },
  { page: ['Whenever possible we use TLS 1.3, 1.2 or 1.1 for webhooks.', 'All customer traffic is encrypted with TLS 1.2+.'], value: 'TLS1.2', quote: 'All customer traffic is encrypted with TLS 1.2+.' },
  { page: ['If the recipient server supports it, notifications are sent over TLS 1.0 or later.', 'Every API request must use TLS 1.2 or newer.'], value: 'TLS1.2', quote: 'Every API request must use TLS 1.2 or newer.' },
  { page: ['We try to use TLS 1.2, 1.1 or 1.0 when relaying mail.', 'HTTPS with TLS 1.3 is enforced on all customer-facing endpoints.'], value: 'TLS1.3', quote: 'HTTPS with TLS 1.3 is enforced on all customer-facing endpoints.' },
  { page: ['Mail is encrypted in transit where possible, using TLS 1.0 to 1.3.', 'The platform requires TLS 1.2 for all browser sessions.'], value: 'TLS1.2', quote: 'The platform requires TLS 1.2 for all browser sessions.' },
  { page: ['Outbound SMTP tries TLS 1.3 first and falls back to TLS 1.0.', 'Connections to the admin console use TLS 1.2 at minimum.'], value: 'TLS1.2', quote: 'Connections to the admin console use TLS 1.2 at minimum.' },
  { page: ['Our mailer is trying TLS 1.2 or 1.1 for each delivery.', 'We support TLS 1.3 only.'], value: 'TLS1.3', quote: 'We support TLS 1.3 only.' },
  { page: ['Emails are sent with opportunistic encryption (TLS 1.2, 1.1 or 1.0).', 'Data in transit between your browser and our servers is protected by TLS 1.2 or greater.'], value: 'TLS1.2', quote: 'Data in transit between your browser and our servers is protected by TLS 1.2 or greater.' },
  { page: ['We try to use TLS 1.3 for outbound mail.', 'The site uses HTTPS.'], value: 'stated', quote: 'The site uses HTTPS.' },
  { page: 'We always try to encrypt outgoing email using TLS 1.2, 1.1 or 1.0.', value: 'stated' },
  // A version after a comparison ('below', 'older than') is the floor, even after a refusing verb.
  { page: 'We never accept connections below TLS 1.2.', value: 'TLS1.2' },
  { page: 'We do not use anything older than TLS 1.2 for customer traffic.', value: 'TLS1.2' },
  { page: 'Our load balancers will not accept anything lower than TLS 1.2.', value: 'TLS1.2' },
  { page: 'Acme does not permit connections older than TLS 1.2.', value: 'TLS1.2' },
  { page: 'Nothing earlier than TLS 1.3 is negotiated on the API.', value: 'TLS1.3' },
  // Offering the newest version ('supports TLS 1.3') gives no floor: stated. Only, enforced, required, or the older
  // versions refused ('we do not negotiate TLS 1.2') make it the minimum.
  { page: "Our ingestion endpoints support TLS 1.3 and modern cipher suites for SDKs that can negotiate it.", value: 'stated' },
  { page: "The API supports TLS 1.3.", value: 'stated' },
  { page: "TLS 1.3 is available on all endpoints for clients that can use it.", value: 'stated' },
  { page: "Our servers also accept TLS 1.3 connections from modern browsers.", value: 'stated' },
  { page: "We support TLS 1.3 with forward secrecy for every connection.", value: 'stated' },
  { page: "Clients can negotiate TLS 1.3 with our edge.", value: 'stated' },
  { page: "TLS 1.3 is enabled for the dashboard and the public API.", value: 'stated' },
  { page: "Our load balancers offer TLS 1.3 to any client that asks for it.", value: 'stated' },
  { page: "Web traffic is encrypted with HTTPS, and our CDN supports TLS 1.3.", value: 'stated' },
  { page: "Mobile apps connect over HTTPS; the backend supports TLS 1.3 and HTTP/2.", value: 'stated' },
  { page: "We only support TLS 1.3.", value: 'TLS1.3' },
  { page: "The app, API and chat widget accept TLS 1.3 connections only.", value: 'TLS1.3' },
  { page: "TLS 1.3 is enforced on every public endpoint.", value: 'TLS1.3' },
  { page: "TLS 1.3 is enforced on every endpoint.", value: 'TLS1.3' },
  { page: "All connections require TLS 1.3.", value: 'TLS1.3' },
  { page: "We never negotiate TLS 1.2 or below; connections use TLS 1.3.", value: 'TLS1.3' },
  { page: "Our endpoints support TLS 1.2 and 1.3.", value: 'TLS1.2' },
  { page: "We support TLS 1.2+ on all endpoints.", value: 'TLS1.2' },
  { page: "Our endpoints support TLS 1.3; TLS 1.2 remains available for older clients.", value: 'TLS1.2' },
  { page: "Our endpoints don't accept TLS 1.2 or older; TLS 1.3 is required.", value: 'TLS1.3' },
  // "TLS 1.3 only — older versions are switched off": the switch-off is of the other versions.
  { page: 'The widget connects to our servers over WebSockets secured with TLS 1.3 only — older versions are switched off.', value: 'TLS1.3' },
  { page: 'All connections use TLS 1.3 only; earlier versions are disabled.', value: 'TLS1.3' },
  { page: 'We accept TLS 1.3 only, and older protocols are rejected at the load balancer.', value: 'TLS1.3' },
  { page: 'Traffic is encrypted with TLS 1.2 or higher, and legacy versions are turned off.', value: 'TLS1.2' },
  { page: 'API calls require TLS 1.2+; previous versions were retired in 2021.', value: 'TLS1.2' },
  { page: 'TLS 1.3 only. Prior versions are blocked.', value: 'TLS1.3', quote: 'TLS 1.3 only.' },
  { page: 'Our dashboard uses TLS 1.3 only — other TLS versions are refused.', value: 'TLS1.3' },
  { page: 'Connections are secured with TLS 1.2 at minimum; lower versions are not accepted.', value: 'TLS1.2' },
  { page: 'Everything runs over TLS 1.3 only, with older versions disabled across the board.', value: 'TLS1.3' },
  { page: 'Mail between our servers uses TLS 1.2 or later; earlier TLS versions are switched off.', value: 'TLS1.2' },
  // The version named is the one switched off, even with "only" nearby: 1.1 retired makes 1.2 the floor; 1.0 off gives none.
  { page: 'TLS 1.0 is switched off; only modern clients can connect.', value: 'stated' },
  { page: 'We retired TLS 1.1 only last month.', value: 'TLS1.2' },
];

const invalid: Case<InTransitValue>[] = [
  // A hedge on the minimum itself is best effort, not a guarantee: it ranks below a firm statement (tested below);
  // here the only versions named are ones switched off or planned.
  { page: 'We plan to switch off TLS 1.1 next year.' },

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
  // --- 9c8ad8d, ten rephrasings each ---
  // "encrypt ... communication/traffic with ..." that is no statement: another object, a denial, a plan.
  { page: 'We encrypt all files before communicating results to you by email.' },
  { page: 'The app does not encrypt traffic to local devices.' },
  { page: 'We will encrypt all traffic between regions next year.' },
  { page: 'Encryption keys are never shared in communication with support.' },
  // A protocol labelling a port is inventory, not a claim.
  { page: 'Outbound firewall rules allow ports 443 (HTTPS) and 22 (SSH) only.' },
  { page: 'The on-premise agent needs outbound access on port 443 (HTTPS).' },
  { page: 'Open ports: 80 (HTTP), 443 (HTTPS).' },
  { page: [{ kind: 'table-row', cells: ['443 (HTTPS)', 'Inbound', 'Load balancer'], header: ['Port', 'Direction', 'Purpose'], text: '443 (HTTPS) | Inbound | Load balancer' }] },
  { page: 'Allow 465 (SSL) for SMTP relays.' },
  { page: 'Your firewall must permit 8443 (TLS) to our relay.' },
  { page: 'Required egress: 443 (HTTPS), 5432 (TLS), 22 (SSH).' },
  { page: 'Port 443 (HTTPS) must be reachable from the runner.' },
  { page: 'The scanner probes 443 (HTTPS), 993 (IMAPS) and 990 (FTPS).' },
  { page: [{ kind: 'list-item', text: '22 (SSH) – administrative access from the bastion only', headings: ['Network ports'] }] },
  { page: 'Ports 443 (HTTPS) and 636 (LDAPS) are used by the directory connector.' },
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

// "Only", said as "exclusively" or "solely", makes the one version named the floor.
describe('one version accepted, however "only" is said', () => {
  it.each([
    ['Our API accepts connections over TLS 1.3 exclusively.', 'TLS1.3'],
    ['Ponte TMS and its plugins accept connections over TLS 1.3 exclusively; older versions are refused.', 'TLS1.3'],
    ['We accept TLS 1.3 solely.', 'TLS1.3'],
    ['Connections use TLS 1.3 exclusively.', 'TLS1.3'],
    ['The service supports TLS 1.3 exclusively.', 'TLS1.3'],
    ['All endpoints accept TLS 1.2 exclusively, with modern ciphers.', 'TLS1.2'],
    ['The dashboard is served solely over TLS 1.3.', 'TLS1.3'],
    ['We negotiate TLS 1.3 only.', 'TLS1.3'],
    ['Clients must connect with TLS 1.3 exclusively — TLS 1.2 is refused.', 'TLS1.3'],
    ['Our edge accepts only TLS 1.3.', 'TLS1.3'],
  ])('%s → %s', (page, want) => {
    expect(best(run(extractor, page).cands)!.value).toBe(want);
  });
  it.each([
    ['Our servers support TLS 1.3.', 'stated'],
    ['TLS 1.3 is also available.', 'stated'],
  ])('offering the newest version names no floor: %s', (page, want) => {
    expect(best(run(extractor, page).cands)!.value).toBe(want);
  });
});

// A provider's own transport: a sentence whose subject is a company the page introduces as its provider, or a row of a
// table of providers, is no claim of the vendor's.
describe("a provider's transport is not the vendor's", () => {
  const pageOf = (texts: (string | { kind: 'table-row'; text: string; cells: string[]; header: string[]; headings: string[] })[]) =>
    [...texts.map((t) => (typeof t === 'string' ? { text: t, headings: ['Security at Kestrel'] } : t))];
  const values = (texts: Parameters<typeof pageOf>[0]) => run(extractor, pageOf(texts)).cands.map((c) => c.value);
  it.each([
    ['Billing is handled by Stripe, a certified payment provider.', 'Stripe encrypts card numbers and only talks to our servers over TLS 1.2 or higher.'],
    ['Payments are processed by Paywell, our payment processor.', 'Paywell connects to us over TLS 1.3 only.'],
    ['E-mail is sent through Postmark, our e-mail delivery service.', 'Postmark delivers with TLS 1.2 when the receiving server supports it.'],
    ['We use Brevo for newsletters.', 'Brevo requires TLS 1.2 for every SMTP connection.'],
    ['Our files are stored with Backblaze.', 'Backblaze uses TLS 1.2 for uploads.'],
    ['Support tickets are handled by Zendesk, a customer service provider.', 'Zendesk enforces TLS 1.2+.'],
    ['SMS messages go through Twilio, a messaging provider.', 'Twilio sends over TLS 1.2 or higher.'],
  ])('nothing from %j', (...texts) => {
    expect(values(texts)).toEqual([]);
  });
  it.each([
    { kind: 'table-row' as const, text: 'Postmark E-mail delivery United States Delivers with TLS 1.2', cells: ['Postmark', 'E-mail delivery', 'United States', 'Delivers with TLS 1.2'], header: ['Subprocessor', 'Purpose', 'Location', 'Notes'], headings: ['List of subprocessors'] },
    { kind: 'table-row' as const, text: 'Mailjet Newsletters EU TLS 1.3', cells: ['Mailjet', 'Newsletters', 'EU', 'TLS 1.3'], header: ['Provider', 'Service', 'Region', 'Transport'], headings: ['Sub-processors'] },
    { kind: 'table-row' as const, text: 'Hosting Hetzner TLS 1.2 or higher', cells: ['Hosting', 'Hetzner', 'TLS 1.2 or higher'], header: ['Function', 'Vendor', 'Encryption'], headings: ['Third parties we use'] },
  ])('nothing from a provider table row: $text', (row) => {
    expect(values([row])).toEqual([]);
  });
  it.each([
    [['Billing is handled by Stripe, a certified payment provider.', 'Kestrel only accepts connections over TLS 1.2 or higher.'], 'TLS1.2'],
    [['We use Brevo for newsletters.', 'All traffic to our app uses TLS 1.3 only.'], 'TLS1.3'],
    [['If using our cloud, all traffic is routed through Cloudflare which enforces TLS and requires a minimum of TLS 1.2.'], 'TLS1.2'],
  ])('still reads the vendor in %j', (texts, want) => {
    expect(values(texts as string[])).toContain(want);
  });
});

// What the page says is switched off: a version switched off later no longer holds where an older entry names it the
// minimum; a floor inferred from switched-off versions gives way to one the page states.
describe('versions switched off, and floors stated or inferred', () => {
  const values = (page: string[]) => {
    const cands = run(extractor, page).cands;
    const top = best(cands);
    return top ? top.value : null;
  };
  it.each([
    [['2022: Disabled TLS 1.0 and 1.1. Minimum is now TLS 1.2.', '2025: TLS 1.2 has been switched off. All connections now require TLS 1.3.'], 'TLS1.3'],
    [['The API requires TLS 1.2 or higher.', 'Update: we have disabled TLS 1.2; only TLS 1.3 is accepted.'], 'TLS1.3'],
    [['Minimum TLS 1.2.', 'TLS 1.2 was retired in March; clients now need TLS 1.3.'], 'TLS1.3'],
    [['All traffic between your browser and our servers uses TLS 1.3.', 'Legacy TLS 1.0 and 1.1 clients are not supported.'], 'TLS1.3'],
    [['Our servers use TLS 1.3.', 'TLS 1.0 and 1.1 are disabled.'], 'TLS1.3'],
    [['TLS 1.0 and 1.1 are disabled.', 'We use HTTPS everywhere.'], 'TLS1.2'],
    [['TLS 1.0 and 1.1 are switched off.'], 'TLS1.2'],
    [['Every connection is protected in transit by TLS, version 1.2 at minimum.'], 'TLS1.2'],
    [['Connections use TLS, version 1.3.'], 'TLS1.3'],
    [['We accept TLS 1.2 at a minimum.'], 'TLS1.2'],
    [['All connections require TLS 1.2 or newer.', 'We no longer accept TLS 1.0 or 1.1.'], 'TLS1.2'],
  ])('%j → %s', (page, want) => {
    expect(values(page as string[])).toBe(want);
  });
});

// A provider named by its role as the subject: "Each subprocessor on this list states that its own service encrypts …".
describe("a provider's transport, named by its role", () => {
  it.each([
    'Each subprocessor on this list states that its own service encrypts data in transit using TLS 1.2 or higher.',
    'Our payment processor requires TLS 1.2 for every API call.',
    'The hosting provider enforces TLS 1.3 on its load balancers.',
    'Each vendor on this page confirms it uses TLS 1.2+.',
    'The e-mail partner delivers messages over TLS 1.2 where the receiving server supports it.',
    'Our CDN provider supports TLS 1.3 only.',
    'The SMS supplier connects to carriers over TLS 1.2.',
    'Each sub-processor uses TLS 1.2 or higher.',
    'Their host enforces TLS 1.2.',
    'The payment partner talks to our servers over TLS 1.2 or higher.',
  ])('nothing of the vendor\'s from "%s"', (text) => {
    expect(run(extractor, text).cands.filter((c) => c.value !== 'stated')).toEqual([]);
  });
  it.each([
    ['We require TLS 1.2 for every API call; each subprocessor does the same.', 'TLS1.2'],
    ['All traffic to our app uses TLS 1.3 only.', 'TLS1.3'],
    ['Our service enforces TLS 1.2 or higher.', 'TLS1.2'],
  ])('still reads the vendor in "%s"', (text, want) => {
    expect(best(run(extractor, text).cands)!.value).toBe(want);
  });
});
