import { describe, expect, it } from 'vitest';
import { readText } from '../../../reader/text';

// Tables saved as plain text: cells set apart by tabs, three or more spaces, or dot leaders, one row per line. Two or
// more such lines in a row with the same number of cells are a table's rows; a line of dashes under the first makes it
// the header; a deep-indented line goes on with the last cell. A page laid out in two columns of flowing prose is not
// a table.
const rows = (text: string) => readText(text).blocks.filter((b) => b.kind === 'table-row').map((b) => b.cells);

describe('plain-text tables with spaced cells', () => {
  it.each([
    ['SOC 2 Type II    Report available    Request access\nISO/IEC 27001:2022    In progress — Stage 2 in November    —', [['SOC 2 Type II', 'Report available', 'Request access'], ['ISO/IEC 27001:2022', 'In progress — Stage 2 in November', '—']]],
    ['SOC 2\tType II\nISO 27001\tCertified', [['SOC 2', 'Type II'], ['ISO 27001', 'Certified']]],
    ['SOC 2 Type II report (2024) ........ Request access (NDA)\nISO 27001 certificate ........ Not yet available', [['SOC 2 Type II report (2024)', 'Request access (NDA)'], ['ISO 27001 certificate', 'Not yet available']]],
    ['  Frankfurt      Primary\n  Dublin         Backups\n  Virginia       Not used', [['Frankfurt', 'Primary'], ['Dublin', 'Backups'], ['Virginia', 'Not used']]],
    ['Hosting ...................... Google Cloud\nStorage ...................... europe-west3 (Frankfurt)', [['Hosting', 'Google Cloud'], ['Storage', 'europe-west3 (Frankfurt)']]],
    ['Encryption at rest:     AES-256\nEncryption in transit:   TLS 1.2+', [['Encryption at rest:', 'AES-256'], ['Encryption in transit:', 'TLS 1.2+']]],
    // A notes column runs longer than the others (up to 160 characters in the last cell).
    ["SOC 2 Type II    Via AWS    AWS's SOC reports cover the physical infrastructure and managed services we use in the Sydney region, and nothing else.\nPCI DSS    Via Stripe    Card payments and deposits are processed by Stripe, a PCI DSS Level 1 Service Provider; card numbers never touch our servers.", [['SOC 2 Type II', 'Via AWS', "AWS's SOC reports cover the physical infrastructure and managed services we use in the Sydney region, and nothing else."], ['PCI DSS', 'Via Stripe', 'Card payments and deposits are processed by Stripe, a PCI DSS Level 1 Service Provider; card numbers never touch our servers.']]],
  ])('%j', (text, want) => {
    expect(rows(text)).toEqual(want);
  });

  it('takes the line above a line of dashes as the header', () => {
    const page = readText('  Region    Location          Who it is for\n  -------   ---------------   ----------------\n  US        Virginia, USA     US carriers\n  UK        London, UK        UK insurers');
    const r = page.blocks.filter((b) => b.kind === 'table-row');
    expect(r.map((b) => b.cells)).toEqual([['US', 'Virginia, USA', 'US carriers'], ['UK', 'London, UK', 'UK insurers']]);
    expect(r[0]!.header).toEqual(['Region', 'Location', 'Who it is for']);
  });

  it('takes a deep-indented line one cell short, right above, as the header over the value columns', () => {
    const page = readText('                              Acme Ledger        BoekSnel       Cijferpunt\nISO 27001 certified           yes                yes            no\nSOC 2                         n/a                yes            no');
    const r = page.blocks.filter((b) => b.kind === 'table-row');
    expect(r.map((b) => b.cells)).toEqual([['ISO 27001 certified', 'yes', 'yes', 'no'], ['SOC 2', 'n/a', 'yes', 'no']]);
    expect(r[0]!.header).toEqual(['', 'Acme Ledger', 'BoekSnel', 'Cijferpunt']);
    // Not a line that is not indented, nor one with as many cells as the rows.
    const flat = readText('Compared with others:    Acme    Foo    Bar\nISO 27001 certified      yes     yes    no\nSOC 2                    n/a     yes    no');
    expect(flat.blocks.filter((b) => b.kind === 'table-row').map((b) => b.header ?? null)[0]).not.toEqual(['', 'Compared with others:', 'Acme', 'Foo', 'Bar']);
  });

  it('carries a deep-indented line on in the last cell', () => {
    expect(rows('  SOC 2 ..................... Type 2 audit in progress. Observation window\n                              1 Mar 2025 - 31 Aug 2025.\n  GDPR ...................... DPA available')).toEqual([
      ['SOC 2', 'Type 2 audit in progress. Observation window 1 Mar 2025 - 31 Aug 2025.'],
      ['GDPR', 'DPA available'],
    ]);
  });

  it.each([
    ['Spendlane, Inc. and its subsidiary         SOC 2 Type II: annual\nSpendlane Europe B.V. are certified        ISO/IEC 27001: certified\nto ISO/IEC 27001:2013. Our certificate     Hosting: Microsoft Azure\nwas first issued in 2021 and covers the    EU: Netherlands'],
    ['Our platform is hosted in the EU and      We encrypt all customer data at\nall backups stay in Frankfurt; we do      rest with AES-256 and in transit\nnot replicate outside the region.         with TLS 1.2 or higher.'],
    ['Transition to the ISO/IEC 27001:2022       Breach notice: 36 h\nedition is planned for our recertifi-      Retention: 30 days\ncation audit in Q4 2025.                   Region: EU'],
  ])('reads a page in two columns of prose as lines, not rows: %j', (text) => {
    expect(rows(text)).toEqual([]);
  });

  it.each([
    ['Item    Acme    Typical competitor\nSOC 2 Type II    Planned 2026    Certified', ['Item', 'Acme', 'Typical competitor']],
    ['Standard    Status\nISO 27001    Certified (our hosting provider)', ['Standard', 'Status']],
    ['Control area    Acme    Our cloud provider\nSOC 2 Type II    Not yet (2026)    Certified', ['Control area', 'Acme', 'Our cloud provider']],
  ])('takes a first line of column names as the header: %j', (text, header) => {
    const r = readText(text).blocks.filter((b) => b.kind === 'table-row');
    expect(r).toHaveLength(1);
    expect(r[0]!.header).toEqual(header);
  });

  it.each([
    ['7.1   Upon termination, the Processor shall delete all Customer Data within\n      thirty (30) days.'],
    ['(a)\tthe Customer may export its data within\n\tthirty (30) days of termination.'],
  ])('reads a numbered clause set apart from its number as prose, not a row: %j', (text) => {
    expect(rows(text)).toEqual([]);
    expect(readText(text).blocks.map((b) => b.text).join(' ')).toContain('thirty (30) days');
  });

  it('keeps a single spaced line apart from the next line', () => {
    expect(readText('Overview   Compliance   Data flows\nWe are SOC 2 Type II audited.').blocks.map((b) => b.text)).not.toContain('Overview Compliance Data flows We are SOC 2 Type II audited.');
  });
});
