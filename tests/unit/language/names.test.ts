import { describe, expect, it } from 'vitest';
import { dominantName, providerNames, vendorWords, writtenAsName } from '../../../language/names';
import { pageOf } from '../helpers/page';

describe('providerNames', () => {
  it('collects hosts the page introduces, with acronyms, but not the vendor itself', () => {
    const page = {
      ...pageOf(
        'Larkspur stores all data with Amazon Web Services.',
        'We use Postmark for email.',
        'Messages are stored by Larkspur Mail.',
        'When you use Quill, your notes sync.',
        { kind: 'list-item', headings: ['Subprocessors'], text: 'Fly.io — application hosting' },
      ),
      title: 'Larkspur Mail security',
    };
    const names = providerNames(page);
    expect([...names].sort()).toEqual(['AWS', 'Amazon', 'Fly.io', 'Postmark']);
  });

  it('keeps a host named in the title', () => {
    const page = { ...pageOf('Larkspur is hosted on AWS.'), title: 'Larkspur on AWS' };
    expect(providerNames(page).has('AWS')).toBe(true);
  });
});

describe('vendorWords and dominantName', () => {
  it('reads the vendor from title, site name and host, leaving out page-kind words', () => {
    const page = { ...pageOf('x'), title: 'Security | Larkspur', siteName: 'Larkspur Docs', url: 'https://www.larkspur.example/security' };
    expect([...vendorWords(page)].sort()).toEqual(['Larkspur']);
  });

  it('falls back to a name the page uses twice when the title names no vendor, never to a host it introduces', () => {
    const titled = (title: string, ...texts: string[]) => ({ ...pageOf(...texts), title });
    expect([...vendorWords(titled('Security FAQ', 'Larkspur Cloud is SOC 2 Type II compliant.', 'Larkspur encrypts data at rest.'))]).toEqual(['Larkspur']);
    expect([...vendorWords(titled('Overview', 'We are hosted on Hetzner.', 'Hetzner runs the data centres in Falkenstein.'))]).toEqual([]);
  });

  // 9c8ad8d: the vendor named in the text when the title names none. Ten titles that name no vendor, each
  // with a name the page uses at least twice; ten pages whose most-used name is a host they introduce.
  const withTitle = (title: string, ...texts: string[]) => ({ ...pageOf(...texts), title });
  it.each([
    ['Security FAQ', ['Ledgerloop Cloud is SOC 2 Type II audited once a year.', 'Ledgerloop Cloud encrypts every workspace at rest.'], 'Ledgerloop'],
    ['Overview', ['NimbusDesk holds a SOC 2 attestation.', 'NimbusDesk stores tickets in Frankfurt.'], 'NimbusDesk'],
    ['Compliance', ['TallyForge has completed a SOC 2 Type I examination.', 'TallyForge keeps audit logs for a year.'], 'TallyForge'],
    ['Security Whitepaper', ['CedarMint holds ISO 27001 certification.', 'CedarMint encrypts data in transit.'], 'CedarMint'],
    ['Help Center', ['OrbitNote completed its audit.', 'OrbitNote is also HIPAA ready.'], 'OrbitNote'],
    ['Trust Centre', ['QuillStack’s SOC 2 report is shared under NDA.', 'QuillStack backs up data daily.'], 'QuillStack'],
    ['Data Residency', ['Brindle stores all data in Frankfurt.', 'Brindle never moves data outside the EU.'], 'Brindle'],
    ['Privacy Policy', ['Tessaly collects only what it needs.', 'Tessaly deletes accounts on request.'], 'Tessaly'],
    ['Security Practices', ['We are hosted on Hetzner.', 'Cobaltline is SOC 2 Type II audited.', 'Cobaltline staff use hardware keys.', 'Cobaltline encrypts backups.'], 'Cobaltline'],
    ['Security Statement', ['Ravenfield encrypts data.', 'Ravenfield is audited yearly.'], 'Ravenfield'],
    ['Security at a glance', ['Ravenfield encrypts data.', 'Ravenfield is audited yearly.'], 'Ravenfield'],
    ['Compliance FAQ', ['Ravenfield encrypts data on AWS.', 'Ravenfield is audited yearly.'], 'Ravenfield'],
    ['Data Processing Agreement', ['Ravenfield encrypts data.', 'Ravenfield is audited yearly.'], 'Ravenfield'],
    ['Data Processing Addendum', ['Ravenfield encrypts data.', 'Ravenfield is audited yearly.'], 'Ravenfield'],
    ['Subprocessors', ['Ravenfield encrypts data.', 'Ravenfield is audited yearly.'], 'Ravenfield'],
    ['Privacy Notice', ['Ravenfield encrypts data.', 'Ravenfield is audited yearly.'], 'Ravenfield'],
    ['SOC 2 Type II', ['Ravenfield encrypts data.', 'Ravenfield is audited yearly.'], 'Ravenfield'],
    ['GDPR', ['Ravenfield encrypts data.', 'Ravenfield is audited yearly.'], 'Ravenfield'],
  ])('title "%s" names no vendor: the text’s name is the vendor', (title, texts, name) => {
    expect([...vendorWords(withTitle(title, ...texts))]).toEqual([name]);
  });

  // An all-capitals title names the vendor as the text writes it; acronyms stay as they are.
  it.each([
    ['PESTLEWOOD PHARMACY SYSTEMS, INC.', 'Pestlewood'],
    ['GIRDERPOINT B.V.', 'Girderpoint'],
    ['BRIGHTLANE SECURITY ADDENDUM', 'Brightlane'],
    ['Hexreef | Legal | Data Processing Agreement', 'Hexreef'],
  ])('title "%s" names %s', (title, name) => {
    expect([...vendorWords(withTitle(title, 'We encrypt data.'))]).toContain(name);
  });
  // …in the case the text writes it, camel case included.
  it.each([
    ['LEDGERHIVE, INC.', 'LedgerHive undergoes an annual audit.', 'LedgerHive'],
    ['GIRDERPOINT B.V.', 'Welcome to GirderPoint: GirderPoint encrypts data.', 'GirderPoint'],
    ['PAYLOOM SECURITY ADDENDUM', 'PAYLOOM and Payloom are the same company.', 'Payloom'],
    ['BRIGHTLANE SECURITY ADDENDUM', 'BRIGHTLANE only ever writes its name in capitals.', 'Brightlane'],
  ])('title "%s" with text "%s" names %s', (title, text, name) => {
    expect([...vendorWords(withTitle(title, text))]).toContain(name);
  });
  // A tagline heading standing in for a title names no one; words that open sentences are no one's name.
  it.each([
    ['Confidentiality is the job', ['Lingotide BV is certified to ISO/IEC 27001:2022.', 'Lingotide encrypts everything.'], 'Lingotide'],
    ['Your data, our job', ['Quillmark holds SOC 2.', 'Quillmark stores data in Dublin.'], 'Quillmark'],
    ["We're serious about security", ['Tessaly is audited yearly.', 'Tessaly encrypts data.'], 'Tessaly'],
  ])('tagline title "%s": the text names the vendor', (title, texts, name) => {
    expect([...vendorWords(withTitle(title, ...texts))]).toEqual([name]);
  });
  it.each([
    ['When a workspace is deleted, data goes.', 'When you cancel, nothing stays.', 'If you ask, we delete.', 'While we wait, nothing happens.'],
  ])('never takes a sentence word for the dominant name', (...texts) => {
    expect(dominantName(pageOf(...texts))).toBeNull();
  });
  it('keeps an acronym title as written, so it still names no vendor', () => {
    expect([...vendorWords(withTitle('GDPR', 'Ravenfield encrypts data.', 'Ravenfield is audited yearly.'))]).toEqual(['Ravenfield']);
  });

  it.each([
    ['Overview', ['We are hosted on Hetzner.', 'Hetzner runs the data centres in Falkenstein.']],
    ['Security FAQ', ['Our application runs on DigitalOcean.', 'DigitalOcean maintains SOC 2 reports.']],
    ['Overview', ['We build on Supabase.', "Supabase's SOC 2 report covers the database layer."]],
    ['Trust Center', ['Our backend is deployed on Google Cloud.', 'Google is SOC 2 audited.', 'Google offers strong isolation.']],
    ['FAQ', ['We use Vercel for hosting.', 'Vercel is SOC 2 Type 2 compliant.']],
    ['Security FAQ', ['Our app is powered by Render.', 'Render completed a SOC 2 Type II audit.']],
    ['Security', ['Files are stored by Backblaze.', 'Backblaze is SOC 2 Type 2 certified.']],
    ['Data Residency', ['All data is stored with Scaleway in Paris.', 'Scaleway holds ISO/IEC 27001 certification.']],
    ['Help', ['Customer data is housed with OVHcloud.', "OVHcloud's certificate covers its Gravelines site."]],
    ['Overview', ['We rely on Azure for compute.', 'Azure is ISO 27001 certified.']],
    ['Compliance', ['We leverage Fly.io for hosting.', 'Fly.io keeps machines in Frankfurt.']],
    ['Security', ['We partner with Stripe for payments.', 'Stripe is PCI DSS Level 1 certified.']],
    ['Overview', ['Our infrastructure is provided by Exoscale.', 'Exoscale is ISO 27001 certified.']],
    // used once only, or tied with another name: no vendor
    ['Security Overview', ['Only one mention of Mossgate here.']],
    ['Security FAQ', ['Ravenfield encrypts data.', 'Ravenfield is audited.', 'AWS hosts it.', 'AWS is big.']],
  ])('title "%s": no vendor from the text (a host it introduces, a single use or a tie)', (title, texts) => {
    expect([...vendorWords(withTitle(title, ...texts))]).toEqual([]);
  });

  it('names the one most used name, and nothing on a tie', () => {
    expect(dominantName(pageOf('Larkspur keeps data in the EU. Larkspur is audited. AWS hosts it.'))).toBe('Larkspur');
    expect(dominantName(pageOf('Our Azure tenant inherits Microsoft’s certificate.'))).toBe(null);
  });

  it('does not count a FAQ’s Q/A markers or answer words as names', () => {
    const faq = ['Q: Is Tallyo secure?', 'A: Yes. Tallyo encrypts data.', 'Q: Is Azure certified?', 'A: Yes, Microsoft Azure holds ISO 27001.', 'Q: Where is data?', 'A: Tallyo keeps it in Canada.'];
    expect(dominantName(pageOf(...faq))).toBe('Tallyo');
    expect(dominantName(pageOf('Q: Is it safe?', 'A: No.', 'Q: Is it fast?', 'A: No.', 'I think Ledgerly is fine: Ledgerly is cheap and Ledgerly is quick.'))).toBe('Ledgerly');
  });
});

describe('a capital inside a sentence', () => {
  // After a colon a capital opens the sentence that follows a label; after a comma, a word or a bracket it is a name.
  it.each([
    ['Note: Cancelled workspaces are deleted.', 'Cancelled', false],
    ['Cancellation: Closed accounts are purged.', 'Closed', false],
    ['Hosting: Customer data stays in Frankfurt.', 'Customer', false],
    ['Data is hosted on Hetzner in Germany.', 'Hetzner', true],
    ['We use Postmark, Sentry and Plausible.', 'Sentry', true],
    ['Our email provider (Postmark) is in the US.', 'Postmark', false],
  ])('%j: %s written as a name is %s', (text, word, named) => {
    expect(writtenAsName(pageOf(text), word)).toBe(named);
  });
});

describe('an app for a platform', () => {
  // "Ledgerly Sync for Corvane CRM": the platform an app is for is not the vendor.
  it.each([
    ['Security & data handling — Ledgerly Sync for Corvane CRM', ['Ledgerly', 'Sync']],
    ['Stickler Checklists for Jira', ['Stickler', 'Checklists']],
    ['Acme Backup for Microsoft 365 | Security', ['Acme', 'Backup']],
  ])('%s names %j', (title, words) => {
    expect([...vendorWords({ ...pageOf('We encrypt data.'), title })]).toEqual(words);
  });
});

describe('a parent company named in the title', () => {
  // "Corvane, a Tessellate company": the parent is not the vendor; its certificates are someone else's.
  it.each([
    ['Security & Compliance — Corvane, a Tessellate company', ['Corvane']],
    ['Security & Trust · Okapi Sign — part of Pennant Works', ['Okapi', 'Sign']],
    ['Trust Center | Brindle, now part of Orbiton Group', ['Brindle']],
    ['Pallisade HR — a subsidiary of Orbiton plc', ['Pallisade', 'HR']],
    ['Quillmark Security (owned by Halvorsen Group)', ['Quillmark']],
    ['Tallyhaus — acquired by Brennick Ltd', ['Tallyhaus']],
    ['Gridwise, a division of Plotbase Holdings', ['Gridwise']],
    ['Harbordesk — now owned by Vantor Systems AB', ['Harbordesk']],
    ['Fathomly | a member of the Wexford Group', ['Fathomly']],
    ['Ferrywork, an Atlas Software company — Trust', ['Ferrywork']],
    ['Corvane, a Tessellate Company', ['Corvane']],
    ['Corvane | Acquired by Tessellate', ['Corvane']],
    ['Corvane (a Tessellate subsidiary) — Security', ['Corvane']],
  ])('%s names %j', (title, words) => {
    expect([...vendorWords({ ...pageOf('We encrypt data.'), title })]).toEqual(words);
  });
  it.each([
    ['Partners Security — Acme', ['Partners', 'Acme']],
    ['Acme Company Security', ['Acme', 'Company']],
  ])('keeps a title with no parent phrase: %s', (title, words) => {
    expect([...vendorWords({ ...pageOf('We encrypt data.'), title })]).toEqual(words);
  });
});

describe('page-kind words in a title', () => {
  // "Security White Paper (Web Edition) | Saltmarsh Payroll": "Web" is no vendor word, or "Amazon Web Services" would be the vendor.
  it.each([
    ['Security White Paper (Web Edition) | Saltmarsh Payroll', ['Saltmarsh', 'Payroll']],
    ['Acme Security Whitepaper — PDF version', ['Acme']],
    ['Print edition: Acme trust overview', ['Acme']],
  ])('%s names %j', (title, words) => {
    expect([...vendorWords({ ...pageOf('We encrypt data.'), title })]).toEqual(words);
  });
});

describe('the company that runs the service the page is about', () => {
  // "Forgehold Cloud, the hosted service run by Forgehold Collective GmbH": the operator is the vendor, not a host.
  // (Only the page's own dominant name with its legal form: "Our platform is run by Hetzner in Germany" names a provider.)
  it.each([
    ['Forgehold Cloud, the hosted service run by Forgehold Collective GmbH, keeps data in Germany.', 'Forgehold'],
    ['This service is operated by Larkspur Labs Ltd.', 'Larkspur'],
    ['The platform is provided by Larkspur Systems Inc. under the terms below.', 'Larkspur'],
    ['Our app is developed by Larkspur Studio GmbH.', 'Larkspur'],
  ])('%s', (text, name) => {
    const names = providerNames({ ...pageOf(text, `${name} keeps logs for 30 days. ${name} encrypts data at rest.`, 'We host on Hetzner in Germany.'), title: 'Security Policy' });
    expect(names.has('Hetzner')).toBe(true);
    expect(names.has(name)).toBe(false);
  });
  it.each([
    'Our platform is run by Hetzner in Germany.',
    'The service is provided by AWS in Frankfurt.',
    'The live chat on our site is operated by Intercom.',
  ])('a provider that runs the service is still a provider: %s', (text) => {
    const names = providerNames({ ...pageOf(text, 'Acme keeps logs for 30 days. Acme encrypts data.'), title: 'Security Policy' });
    expect(names.size).toBeGreaterThan(0);
  });
  it.each([
    ['Email delivery is operated by Postmark.', 'Postmark'],
    ['The status page is provided by Atlassian Statuspage.', 'Atlassian'],
    ['Card payments are run by Stripe.', 'Stripe'],
  ])('a side service run by another is still a provider: %s', (text, name) => {
    expect(providerNames({ ...pageOf(text), title: 'Acme security' }).has(name)).toBe(true);
  });
});
