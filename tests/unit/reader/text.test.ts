import { describe, expect, it } from 'vitest';
import { readText } from '../../../reader/text';

describe('readText (plain text)', () => {
  it('reads a short unpunctuated line before prose as a heading and keeps the heading path', () => {
    const page = readText('Data handling\n\nData is stored in US East (Virginia).\n\nInfrastructure\n\nAll data in transit is encrypted via TLS 1.2+.');
    expect(page.blocks.map((b) => [b.kind, b.text, b.headings])).toEqual([
      ['heading', 'Data handling', []],
      ['paragraph', 'Data is stored in US East (Virginia).', ['Data handling']],
      ['heading', 'Infrastructure', []],
      ['paragraph', 'All data in transit is encrypted via TLS 1.2+.', ['Infrastructure']],
    ]);
  });

  it('pairs a label with the value on the very next line, never across a blank line', () => {
    const page = readText('Acme Cloud Trust Center\n\nCompliance\n\nData center location\nGermany\nEncryption\n\nAll data is encrypted at rest using AES-256.');
    expect(page.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Acme Cloud Trust Center'],
      ['heading', 'Compliance'],
      ['label-value', 'Data center location Germany'],
      ['heading', 'Encryption'],
      ['paragraph', 'All data is encrypted at rest using AES-256.'],
    ]);
  });

  it('nests a heading directly above another heading', () => {
    const page = readText('hall-monitor\n\nSecurity\n\nHow we keep it safe.');
    expect(page.blocks[2]!.headings).toEqual(['hall-monitor', 'Security']);
  });

  it('gives the answers after a question line that question, until the next question or heading', () => {
    const page = readText('Do you have SOC 2 certification?\nNot yet.\nWe plan to.\nBackups\nDo you backup data?\nYes.\nInfrastructure\nWe use a VPS host for everything we run.');
    const by = Object.fromEntries(page.blocks.map((b) => [b.text, b.question]));
    expect(by['Not yet.']).toBe('Do you have SOC 2 certification?');
    expect(by['We plan to.']).toBe('Do you have SOC 2 certification?');
    expect(by['Yes.']).toBe('Do you backup data?');
    expect(by['We use a VPS host for everything we run.']).toBeUndefined();
    expect(page.blocks.find((b) => b.text === 'Do you have SOC 2 certification?')!.kind).toBe('question');
  });

  it('pairs a label line with a short value line', () => {
    const page = readText('Data storage policy\nAll customer data is stored in the United States.\nData center location(s)\nUnited States\nData hosting details\nOur data is hosted on AWS.\nApp/service has sub-processors\nno');
    const lv = page.blocks.filter((b) => b.kind === 'label-value');
    expect(lv.map((b) => [b.label, b.value, b.text])).toEqual([
      ['Data center location(s)', 'United States', 'Data center location(s) United States'],
      ['App/service has sub-processors', 'no', 'App/service has sub-processors no'],
    ]);
    expect(page.blocks.find((b) => b.text === 'Data hosting details')!.kind).toBe('heading');
  });

  it('reads a run of short-line/short-sentence pairs as label/value rows under the section heading', () => {
    const page = readText('Subprocessors\n\nThese third parties process customer data for us.\n\nCloud Host\n\nCompute and storage. Frankfurt, Germany.\n\nMailer\n\nEmail delivery.\n\nVoiceCo\n\nSpeech-to-text.\n\nIncident response\n\nWhere an incident affects customer data, we notify affected customers within 72 hours of detection.');
    expect(page.blocks.map((b) => [b.kind, b.label ?? null, b.headings])).toEqual([
      ['heading', null, []],
      ['paragraph', null, ['Subprocessors']],
      ['label-value', 'Cloud Host', ['Subprocessors']],
      ['label-value', 'Mailer', ['Subprocessors']],
      ['label-value', 'VoiceCo', ['Subprocessors']],
      ['heading', null, []],
      ['paragraph', null, ['Incident response']],
    ]);
  });

  it('reads bullets (•, -, *, numbered) as list items with the lead-in before them', () => {
    const page = readText('In the event of a breach:\n- We will notify admins within 72 hours\n* We will explain what happened\n  • Nested detail\n1. First step\n2) Second step');
    const items = page.blocks.filter((b) => b.kind === 'list-item');
    expect(items.map((b) => b.text)).toEqual(['We will notify admins within 72 hours', 'We will explain what happened', 'Nested detail', 'First step', 'Second step']);
    expect(items.every((b) => b.lead === 'In the event of a breach:')).toBe(true);
  });

  it('reads a short numbered line above a paragraph as a section heading, and "Label: value" lines as pairs', () => {
    const page = readText('Privacy Policy\n\nLast updated: 12 January 2026\n\n1. Who we are\n\nExample Ltd provides an online booking platform for clinics.\n\n2. Where we store data\n\nCustomer data is hosted in the United Kingdom.');
    expect(page.blocks.map((b) => [b.kind, b.text, b.headings])).toEqual([
      ['heading', 'Privacy Policy', []],
      ['label-value', 'Last updated: 12 January 2026', ['Privacy Policy']],
      ['heading', 'Who we are', []],
      ['paragraph', 'Example Ltd provides an online booking platform for clinics.', ['Who we are']],
      ['heading', 'Where we store data', []],
      ['paragraph', 'Customer data is hosted in the United Kingdom.', ['Where we store data']],
    ]);
  });

  it('keeps a short line right after a question inside its answer', () => {
    const page = readText('Where is my data stored?\nUpdated 2 months ago\n\nAll ticket data is stored in Canada, in the AWS Montreal region.');
    expect(page.blocks.map((b) => [b.kind, b.question ?? null])).toEqual([
      ['question', null],
      ['paragraph', 'Where is my data stored?'],
      ['paragraph', 'Where is my data stored?'],
    ]);
  });

  it('reads a numbered line ending in "?" as a question', () => {
    const page = readText('5. Where is the data stored?\nIn Switzerland.');
    expect(page.blocks[0]).toMatchObject({ kind: 'question', text: 'Where is the data stored?' });
    expect(page.blocks[1]!.question).toBe('Where is the data stored?');
  });

  it('splits "Label: value" lines and list items into label and value', () => {
    const page = readText('- In transit: All connections use TLS 1.2+ encryption\nLegal entity: Example BV, Belgium');
    expect(page.blocks[0]).toMatchObject({ kind: 'list-item', label: 'In transit', value: 'All connections use TLS 1.2+ encryption' });
    expect(page.blocks[1]).toMatchObject({ kind: 'label-value', label: 'Legal entity', text: 'Legal entity: Example BV, Belgium' });
  });

  it('reads | tables with a header, including rows missing their leading |', () => {
    const page = readText('| Scope | Purpose |\n|---|---|\ncommands | Handle slash commands |\n| chat:write | Post messages |');
    expect(page.blocks.map((b) => [b.kind, b.cells, b.header])).toEqual([
      ['table-row', ['commands', 'Handle slash commands'], ['Scope', 'Purpose']],
      ['table-row', ['chat:write', 'Post messages'], ['Scope', 'Purpose']],
    ]);
  });

  it('skips a first-line source comment and skip-link chrome; collapses whitespace', () => {
    const page = readText('<!-- source: https://example.com/faq -->\nSkip to content\nWe   store\tdata in the EU.');
    expect(page.blocks.map((b) => b.text)).toEqual(['We store data in the EU.']);
  });

  it('detects English and leaves other text unknown or named', () => {
    expect(readText('All of the data that we store is encrypted at rest and in transit for you.').lang).toBe('en');
    expect(readText('Ihre Daten werden ausschließlich in Rechenzentren in Frankfurt gespeichert und sind für uns nicht sichtbar.').lang).toBe('de');
    expect(readText('12345 67890').lang).toBeNull();
  });
});

describe("a plain-text document's title", () => {
  it.each([
    ['PESTLEWOOD PHARMACY SYSTEMS, INC.\nVENDOR SECURITY QUESTIONNAIRE\n\nINSTRUCTIONS AND SCOPE\nThese are our answers.', 'PESTLEWOOD PHARMACY SYSTEMS, INC.'],
    ['Acme Payroll Ltd\n\nSECURITY ADDENDUM\nThe supplier shall encrypt data.', 'Acme Payroll Ltd'],
    ['Larkfield GmbH\n\nData Processing Agreement\nClause 1 applies.', 'Larkfield GmbH'],
    ['SECURITY OVERVIEW\nWe encrypt everything.', 'SECURITY OVERVIEW'],
    ['We encrypt everything at rest, Inc.\n\nOverview\nMore text.', 'Overview'],
  ])('%j → %s', (text, title) => {
    expect(readText(text).title).toBe(title);
  });

  // A brand in capitals on the first line, named in running text below, is the title as the text writes it.
  it.each([
    ['SAFFRON TILL\nPoint of sale for restaurants\n\nSOC 2\nSaffron Till is SOC 2 compliant.', 'Saffron Till'],
    ['QUILLPOST\nHelp centre\n\nDoes Quillpost encrypt data?\nYes.', 'Quillpost'],
    ['BRIGHT-LANE FORMS\nAgency\n\nBright-Lane Forms keeps data in Frankfurt.', 'Bright-Lane Forms'],
    ['KESTRELGATE\n\nKestrelgate stores data in São Paulo.', 'Kestrelgate'],
    ['NORTH HARBOUR\n\nAbout\nNorth Harbour runs on AWS.', 'North Harbour'],
    ['Ledgerleaf\nPlatform  Solutions  Customers  Pricing\n\n8.2 Ledgerleaf shall delete all Customer Data within thirty (30) days.', 'Ledgerleaf'],
    ['Kestrel Gate\nSign in\n\nKestrel Gate stores data in São Paulo.', 'Kestrel Gate'],
  ])('a brand line: %j → %s', (text, title) => {
    expect(readText(text).title).toBe(title);
  });
  // Not a brand: a heading in capitals the text never names, or a long line.
  it.each([
    ['SECURITY OVERVIEW\nWe encrypt everything.', 'SECURITY OVERVIEW'],
    ['WHERE WE ARE\n\nDetails\nWe are in the EU.', 'WHERE WE ARE'],
    ['OUR SECURITY PROGRAM FOR ALL CUSTOMERS\nOur security program for all customers covers encryption.', 'OUR SECURITY PROGRAM FOR ALL CUSTOMERS'],
    ['FAQ\nQuestions answered.', 'FAQ'],
    ['TRUST CENTER\n\nOverview\nMore text.', 'TRUST CENTER'],
    ['Overview\n\nWe host in Frankfurt. Overview of controls below.', 'Overview'],
  ])('not a brand line: %j → %s', (text, title) => {
    expect(readText(text).title).toBe(title);
  });
});

describe("a saved page's chrome", () => {
  const body = 'Data location\n\nCustomer data is stored in Finland.';
  it.each([
    'Print this page   Download PDF (v3.1)',
    'Print',
    'Download PDF',
    'Download as PDF (2.4 MB)',
    'Share this page · Copy link',
    'Save as PDF | Print this article',
    'Email this page',
    'Home > Legal > Data Processing Agreement',
    'Docs › Security › Encryption at rest',
    'Trust Center » Compliance » Certifications',
  ])('drops %j', (line) => {
    const page = readText(`${line}\n\n${body}`);
    expect(page.blocks.map((b) => b.text)).toEqual(['Data location', 'Customer data is stored in Finland.']);
  });
  it.each([
    'Download our SOC 2 report from the trust portal.',
    'Print and sign the DPA, then return it to our legal team.',
    'Share your questionnaire with us and we answer within 5 days.',
    'Home > Legal',
    'If latency > 200 ms > twice, we page the on-call engineer.',
  ])('keeps %j', (line) => {
    const page = readText(`${line}\n\n${body}`);
    expect(page.blocks.map((b) => b.text)).toContain(line);
  });
  it.each([
    ['Hexreef | Legal | Data Processing Agreement\nPrint this page\n\nSECURITY\nWe encrypt data.', 'Hexreef | Legal | Data Processing Agreement'],
    ['Security at Quillmark | Quillmark\n\nOverview\nWe encrypt data.', 'Security at Quillmark | Quillmark'],
    ['Trust Center | Orbisly\n\nOverview\nWe encrypt data.', 'Trust Center | Orbisly'],
    ['Data residency | Help Center | Ferncastle\n\nOverview\nWe encrypt data.', 'Data residency | Help Center | Ferncastle'],
    ['We encrypt | all data | at rest and in transit and that is a very long line indeed that goes on and on and on\n\nOverview\nText.', 'Overview'],
  ])('a tab-title first line names the page: %j', (text, title) => {
    expect(readText(text).title).toBe(title);
  });
});

describe('plain-text lines: a hard wrap or a line of its own', () => {
  const blocks = (text: string) => readText(text).blocks.map((b) => b.text);
  it.each([
    ['Google Cloud Platform (hosting, Canada) · Postmark (email, US) · Help Scout (support, US)\nGoogle Cloud is certified for ISO/IEC 27001.'],
    ['Subprocessors: Stripe (billing) · Intercom (chat) · Mailgun (email)\nMailgun is SOC 2 audited.'],
    ['Hosting • Email • Analytics • Support\nOur hosting provider is ISO 27001 certified.'],
  ])('keeps a dotted line apart from the next: %j', (text) => {
    expect(blocks(text)).toEqual(text.split('\n'));
  });
  it.each([
    ['We store all customer data in Frankfurt and we never move it to another\nregion without your written consent.'],
    ['Customer data is encrypted at rest with AES-256 and keys are rotated by\nour cloud provider every year.'],
    ["Acme does not currently hold an ISO 27001 certificate, and we don't hold a SOC 2\nreport either."],
    ['Our platform is hosted in Frankfurt. Our hosting provider, Microsoft Azure, holds the certifications that cover the data centres,\nSOC 2 Type II and ISO 27001 among them.'],
    ['We completed our readiness assessment in 2025 and expect to receive a report from our auditor at the end of the year, a\nSOC 2 Type II report covering twelve months.'],
  ])('joins a hard-wrapped paragraph: %j', (text) => {
    expect(blocks(text)).toEqual([text.replace('\n', ' ')]);
  });
  it.each([
    ['CareSync Booking – Information Governance & Security FAQ\nFor GP practices\n\nOverview\nText.', 'CareSync Booking – Information Governance & Security FAQ'],
    ['Orbisly — Security\n\nOverview\nText.', 'Orbisly — Security'],
    ['Trust - Ferncastle\n\nOverview\nText.', 'Trust - Ferncastle'],
    ['We encrypt data - always. And more.\n\nOverview\nText.', 'Overview'],
  ])('a dashed title line names the page: %j', (text, title) => {
    expect(readText(text).title).toBe(title);
  });
});
