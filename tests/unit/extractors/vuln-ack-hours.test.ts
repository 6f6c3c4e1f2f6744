import { extractor } from '../../../extractors/vuln-ack-hours';
import { runTable, type Invalid, type Valid } from '../helpers/extractor-table';

const H = (heading: string, text: string) => [{ text, headings: [heading] }];
const LV = (label: string, value: string) => [{ text: `${label} ${value}`, kind: 'label-value' as const, label, value, headings: ['Vulnerability Disclosure Policy', 'What to expect'] }];
const s = (page: string, value: number, quote = page): Valid<number> => ({ page, value, quote });

const valid: Valid<number>[] = [
  s('We acknowledge all vulnerability reports within 24 hours and aim to resolve critical issues within 72 hours.', 24),
  s('Security reports sent to our disclosure address are acknowledged within one business day.', 24),
  s('We acknowledge every vulnerability report within 2 business days and aim to fix critical issues within 7 days.', 48),
  s('Researchers will receive an acknowledgement of their report within 48 hours.', 48),
  s('We will confirm receipt of your vulnerability report within three working days.', 72),
  { page: H('Vulnerability disclosure', 'We acknowledge every report within 2 business days.'), value: 48, quote: 'We acknowledge every report within 2 business days.' },
  { page: H('Reporting a problem', "Found a vulnerability? Please email security@example.com. We'll get back to you within 72 hours."), value: 72, quote: "We'll get back to you within 72 hours." },
  { page: H('Bug bounty', 'Time to first response: 8 hours. Time to triage: 2 days.'), value: 8, quote: 'Time to first response: 8 hours.' },
  { page: LV('Acknowledgement', 'within 3 business days'), value: 72, quote: 'Acknowledgement within 3 business days' },
  { page: H('Security issues', 'You can expect an initial response within 5 business days.'), value: 120, quote: 'You can expect an initial response within 5 business days.' },
  s('Our security team responds to vulnerability reports within 12 hours.', 12),
  s('If you report a security issue, we will reply within one day.', 24),
  { page: H('Responsible disclosure', 'We aim to acknowledge reports within seventy-two (72) hours.'), value: 72, quote: 'We aim to acknowledge reports within seventy-two (72) hours.' },
  { page: H('Vulnerability reports', 'We respond within 3 business days. We do not offer monetary rewards.'), value: 72, quote: 'We respond within 3 business days.' },
  s('Valid security findings are acknowledged within 1 week.', 168),
  { page: [{ text: 'Time to first response: 8 hours. Time to triage: 2 days.', headings: ['Response targets'] }], title: 'Bug Bounty | Acme', value: 8, quote: 'Time to first response: 8 hours.' },
];

const invalid: Invalid[] = [
  { page: 'We will notify affected customers within 72 hours of confirming a breach.' },
  { page: H('Incident response', 'We respond to security incidents within 1 hour, 24/7.') },
  { page: H('Bug bounty', 'Time to triage: 2 days. Time to bounty: 14 days after triage.') },
  { page: 'We aim to fix critical vulnerabilities within 7 days.' },
  { page: H('Your rights', 'We will respond to requests within one (1) month.') },
  { page: H('Support', 'Our support team responds within 4 business hours.') },
  { page: 'Vulnerability scans run every 24 hours.' },
  { page: H('Vulnerability disclosure', 'Please give us 90 days before any public disclosure.') },
  { page: 'We acknowledge that no system is perfectly secure.' },
  { page: H('Status updates', 'Status updates at least every 14 days until resolved.') },
  { page: 'Dashboard sessions expire after 12 hours of inactivity.' },
  { page: H('Vulnerability disclosure', 'We will acknowledge your report promptly.') },
  { page: 'Patches for high-severity vulnerabilities are released within 30 days.' },
  { page: H('Breach notification', 'We acknowledge and notify you within 24 hours of detecting a personal data breach.') },
  { page: H('Support', 'First response time: 2 hours for urgent tickets.') },
  { page: H('Researchers', 'Triage and severity assessment within 10 business days.') },
  { page: H('Contact', 'Our support team responds within 4 hours.'), title: 'Vulnerability Disclosure Policy | Acme' },
];

runTable(extractor, valid, invalid);
