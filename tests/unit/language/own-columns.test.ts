import { describe, expect, it } from 'vitest';
import { withOwnColumns } from '../../../language/own-columns';
import { extractText } from '../../../claims/pipeline';
import type { Block, Page } from '../../../claims/types';

const row = (cells: string[], header: string[]): Block => ({ index: 0, kind: 'table-row', text: cells.join(' '), cells, header, headings: [] });
const pageOf = (blocks: Block[]): Page => ({ title: 'Security at Acme', siteName: null, url: null, lang: 'en', blocks: blocks.map((b, index) => ({ ...b, index })), partial: false });
const texts = (blocks: Block[], vendor = ['Acme']) => withOwnColumns(pageOf(blocks), new Set(vendor)).blocks.map((b) => b.text);

// A comparison table reads only the vendor's own columns: the row is cut before the first column about others.
describe("a comparison table row: only the vendor's columns", () => {
  it.each([
    [['Encryption in transit', 'TLS 1.3 only', 'TLS 1.0 still accepted'], ['Area', 'Billquarry', 'Typical competitors*'], 'Encryption in transit TLS 1.3 only'],
    [['SOC 2', 'Type II', 'Rarely'], ['Control', 'Us', 'Other tools'], 'SOC 2 Type II'],
    [['Data residency', 'EU only', 'US by default'], ['Feature', 'Acme', 'Legacy vendors'], 'Data residency EU only'],
    [['Encryption at rest', 'AES-256', 'Varies'], ['', 'Acme', 'Industry standard'], 'Encryption at rest AES-256'],
    [['Breach notice', '24 hours', '72 hours'], ['Commitment', 'Acme', 'vs. the competition'], 'Breach notice 24 hours'],
    [['SSO', 'All plans', 'Enterprise only'], ['Feature', 'Acme', 'Alternatives'], 'SSO All plans'],
    [['Deletion after exit', '30 days', '90+ days'], ['Promise', 'Acme', 'Others'], 'Deletion after exit 30 days'],
    [['ISO/IEC 27001', '— Not yet', '✔ Certified', '✔ Certified'], ['', 'Acme', 'Streamhaven', 'Vidbarn'], 'ISO/IEC 27001 — Not yet'],
    [['SOC 2', 'Type I', 'Type II', 'Type II'], ['', 'Acme', 'Competitor A', 'Competitor B'], 'SOC 2 Type I'],
    [['Data deleted after you cancel', 'Within 14 days', 'After 90 days', '30 days'], ['', 'Acme Video', 'Streamhaven', 'Vidbarn*'], 'Data deleted after you cancel Within 14 days'],
    // A column about the vendor's own product that is no longer current: "Legacy Meridian Forms", "Old platform".
    [['SOC 2', 'Covered by current report', 'SOC 2 Type I (2022), superseded'], ['', 'Stratalink platform', 'Legacy Meridian Forms'], 'SOC 2 Covered by current report'],
    [['Hosting', 'Amsterdam, NL', 'Columbus, Ohio, US'], ['', 'Acme', 'Legacy Acme Forms'], 'Hosting Amsterdam, NL'],
    [['Deletion after closure', '30 days', '60 days'], ['', 'New platform', 'Old platform'], 'Deletion after closure 30 days'],
    [['Encryption at rest', 'AES-256', 'Volume encryption'], ['', 'Acme 2', 'Previous version'], 'Encryption at rest AES-256'],
    [['ISO 27001', 'Certified', 'Withdrawn'], ['', 'Fathomly', 'Retired Wexford product'], 'ISO 27001 Certified'],
    [['TLS', 'TLS 1.3 only', 'TLS 1.0+'], ['', 'Current', 'Acme Classic (legacy)'], 'TLS TLS 1.3 only'],
    [['Region', 'EU', 'US'], ['', 'Acme Cloud', 'Former on-premise edition'], 'Region EU'],
    [['SSO', 'SAML', 'None'], ['', 'Acme', 'Deprecated v1 app'], 'SSO SAML'],
    [['Breach notice', '24 hours', '72 hours'], ['', 'Acme', 'End-of-life console'], 'Breach notice 24 hours'],
    [['Retention', '14 days', '90 days'], ['', 'Acme', 'Discontinued mobile app'], 'Retention 14 days'],
    // Others named by their kind, not a brand: "Typeform-style builders", "Legacy desktop payroll".
    [['SOC 2 report', '❌ (see below)', '✅', '✅'], ['', 'Acme', 'Typeform-style builders', 'Google-style free forms'], 'SOC 2 report ❌ (see below)'],
    [['ISO 27001', 'Controls mapped, not certified', 'Certified', 'None'], ['', 'Acme', 'PayWell Cloud', 'Legacy desktop payroll'], 'ISO 27001 Controls mapped, not certified'],
    [['SOC 2', 'n/a', 'yes', 'no'], ['', 'Acme Ledger', 'BoekSnel', 'Cijferpunt'], 'SOC 2 n/a'],
    [['EU hosting', '✅', 'Enterprise only'], ['', 'Acme', 'Big-name survey tools'], 'EU hosting ✅'],
  ])('%j under %j reads %j', (cells, header, want) => {
    expect(texts([row(cells as string[], header as string[])])).toEqual([want]);
  });
  it.each([
    [['SOC 2', 'Type II', 'Annual'], ['Certification', 'Status', 'Cadence']],
    [['Frankfurt', 'Primary', 'Live'], ['Region', 'Role', 'Status']],
    [['SSO', '—', '—', '✔'], ['Feature', 'Free', 'Pro', 'Enterprise']],
    [['Competitor analysis tool', 'Included'], ['Feature', 'Plan']],
    [['Postmark', 'E-mail', 'United States'], ['Subprocessor', 'Purpose', 'Location']],
    [['SOC 2', 'Type II', 'Annual'], ['Certification', 'Status', 'Last renewed']],
    [['Frankfurt', 'Primary', 'Old region: Dublin'], ['Region', 'Role', 'Notes']],
    [['SOC 2', 'Type II', 'Report under NDA'], ['', 'Acme', 'Notes']],
    [['SSO', 'Included', 'SAML and OIDC'], ['', 'Acme', 'How it works']],
    [['SOC 2 Type II', 'In progress', 'Q3 2026'], ['', 'Acme', 'Expected completion']],
    [['ISO 27001', 'Certified', 'BSI', '2027-03-01'], ['', 'Acme', 'Auditor', 'Valid until']],
    [['SOC 2', 'Type II', 'May 2026'], ['', 'Acme', 'Next audit']],
  ])('keeps an ordinary row whole: %j under %j', (cells, header) => {
    const r = row(cells as string[], header as string[]);
    expect(texts([r])).toEqual([r.text]);
  });
});

describe('through the pipeline, the others\' columns claim nothing for the vendor', () => {
  const md = [
    '# Klipwerk vs Streamhaven vs Vidbarn',
    '',
    '| | Klipwerk | Streamhaven | Vidbarn |',
    '|---|---|---|---|',
    '| ISO/IEC 27001 | Not yet | Certified | Certified |',
    '| Data deleted after you cancel | Within 14 days | After 90 days | 30 days |',
    '| Encryption in transit | TLS 1.3 only | TLS 1.0 still accepted | TLS 1.2 |',
  ].join('\n');
  it('reads the vendor\'s column only', () => {
    const s = extractText(md, { format: 'md' }).summary;
    expect(s.iso27001.value).not.toBe('certified');
    expect(s.retentionDays.value).toBe(14);
    expect(s.encryptionInTransit.value).toBe('TLS1.3');
  });
});
