import { describe, expect, it } from 'vitest';
import { extractor } from '../../../extractors/encryption-at-rest';
import type { AtRestValue } from '../../../claims/types';
import { best, run, type Case } from '../helpers/extractor-table';

const valid: Case<AtRestValue>[] = [
  // Stored data beside software or live media keeps its own reading.
  { page: 'Firmware images are signed; customer data is encrypted at rest with AES-256.', value: 'AES-256', quote: 'Firmware images are signed; customer data is encrypted at rest with AES-256.' },
  { page: 'Call recordings are stored encrypted with AES-256.', value: 'AES-256' },
  { page: 'Recordings of live calls are encrypted at rest.', value: 'stated' },
  { page: 'Telemetry packets are stored in a database encrypted at rest with AES-256.', value: 'AES-256' },
  { page: 'Meeting transcripts are encrypted at rest using AES-256.', value: 'AES-256' },
  { page: 'All stored media, including chat history, is encrypted with AES-256.', value: 'AES-256' },
  { page: 'Vehicle data synced to our servers is encrypted at rest.', value: 'stated' },
  { page: 'Uploaded update logs and fleet data are encrypted at rest with AES-256.', value: 'AES-256' },
  { page: 'Archived real-time sensor data is encrypted at rest.', value: 'stated' },
  { page: 'Stored video is encrypted with AES-256 on our storage volumes.', value: 'AES-256' },
  { page: 'Customer data is encrypted at rest using AES-256.', value: 'AES-256' },
  { page: 'All files uploaded to the platform are stored encrypted with 256-bit AES.', value: 'AES-256' },
  { page: 'We use AES-256-GCM to encrypt data at rest in our PostgreSQL databases.', value: 'AES-256' },
  {
    page: [{ kind: 'label-value', label: 'Encryption at rest', value: 'AES 256', text: 'Encryption at rest AES 256' }],
    value: 'AES-256',
    quote: 'Encryption at rest AES 256',
  },
  { page: 'Database volumes and snapshots are encrypted with AES256.', value: 'AES-256' },
  {
    page: [{ kind: 'table-row', cells: ['Encryption at rest', 'AES-256 (AWS KMS)'], header: ['Control', 'Implementation'], text: 'Encryption at rest | AES-256 (AWS KMS)' }],
    value: 'AES-256',
    quote: 'Encryption at rest | AES-256 (AWS KMS)',
  },
  { page: 'Messages, attachments and API tokens are encrypted at rest using AES-256.', value: 'AES-256' },
  { page: 'Data stored in S3 is protected with server-side encryption (SSE-S3, AES-256).', value: 'AES-256' },
  { page: 'Data at rest is encrypted.', value: 'stated' },
  { page: 'Your documents are encrypted at rest with keys managed in AWS KMS.', value: 'stated' },
  { page: 'Disk-level encryption (LUKS) protects every storage volume.', value: 'stated' },
  {
    page: [{ kind: 'question', text: 'Is my data encrypted at rest?' }, { text: 'Yes.', question: 'Is my data encrypted at rest?' }],
    value: 'stated',
    quote: 'Yes.',
  },
  { page: 'We encrypt all customer content at rest and in transit.', value: 'stated' },
  { page: 'All data is encrypted at rest with RSA-2048 keys.', value: 'stated' },
  { page: 'Full-disk encryption is enabled on all database servers.', value: 'stated' },
  { page: 'Attachments are kept in object storage, encrypted at rest with 256-bit AES keys.', value: 'AES-256' },
  { page: 'At rest: AES-256 (server-side encryption with customer-managed KMS keys)', value: 'AES-256' },
  { page: 'Invoice data is encrypted at rest with AES-256, and keys are held in a hardware security module.', value: 'AES-256' },
  { page: 'Each stored secret is encrypted with 256-bit AES before it is written to disk.', value: 'AES-256' },
  { page: 'Everything we hold is encrypted in transit (TLS 1.3) and at rest (AES-256, keys rotated yearly).', value: 'AES-256' },
  { page: 'Customer records are stored in Postgres, encrypted with AES-256.', value: 'AES-256' },
  { page: 'Staff laptops use full-disk encryption and customer data in our databases is encrypted with AES-256.', value: 'AES-256' },
  { page: 'Gespeicherte Dokumente werden mit AES-256 verschlüsselt.', value: 'AES-256' },
  { page: 'Customer content is encrypted with AES-256.', value: 'AES-256' },
  { page: 'We hash passwords with bcrypt and use AES-256 to encrypt stored files.', value: 'AES-256' },
  { page: ['Encryption at rest', 'Yes'], value: 'stated', quote: 'Yes' },
  { page: ['Encryption at rest', 'AES-256'], value: 'AES-256', quote: 'AES-256' },
  {
    page: [{ kind: 'question', text: 'Is my data encrypted?' }, { text: 'Yes, both at rest and in transit.', question: 'Is my data encrypted?' }],
    value: 'stated',
    quote: 'Yes, both at rest and in transit.',
  },

  // --- 9c8ad8d, ten rephrasings each ---
  // Hyphen variants: U+2010 hyphen, U+2011 non-breaking hyphen, U+2012 figure dash.
  { page: 'Customer data is encrypted at rest using AES\u2011256.', value: 'AES-256' },
  { page: 'All stored files are encrypted with AES\u2010256.', value: 'AES-256' },
  { page: 'Databases and backups are encrypted with AES\u2012256\u2012GCM.', value: 'AES-256' },
  { page: '256\u2010bit AES encryption protects data at rest.', value: 'AES-256' },
  { page: 'Object storage is encrypted using AES\u2011256\u2011GCM.', value: 'AES-256' },
  { page: 'We keep customer files in storage encrypted with AES\u2012256.', value: 'AES-256' },
  { page: 'Every database is encrypted with 256\u2011bit AES.', value: 'AES-256' },
  {
    page: [{ kind: 'label-value', label: 'Encryption at rest', value: 'AES\u2011256', text: 'Encryption at rest AES\u2011256' }],
    value: 'AES-256',
    quote: 'Encryption at rest AES\u2011256',
  },
  // The misspelling "encryped" (and "encrypion").
  { page: 'All customer data is encryped at rest.', value: 'stated' },
  { page: 'Databases are encryped using AES-256.', value: 'AES-256' },
  { page: 'Encrypion at rest is enabled for every database.', value: 'stated' },
  { page: 'Uploaded documents are encryped and stored in S3.', value: 'stated' },
  { page: 'Our databases and their backups are encryped every night before upload.', value: 'stated' },
  // "store", "stores", "storing" are storage words.
  { page: 'Everything we store is encrypted.', value: 'stated' },
  { page: 'The service stores attachments in encrypted form.', value: 'stated' },
  { page: 'We encrypt files before storing them.', value: 'stated' },
  { page: 'Documents you upload are encrypted when we store them.', value: 'stated' },
  { page: 'We store your notes encrypted.', value: 'stated' },
  { page: 'Storing your data encrypted is the default for every plan.', value: 'stated' },
  { page: 'We store all customer records in encrypted form.', value: 'stated' },
  // "encryption" that is not one item of a topic list still counts.
  { page: 'Data at rest is protected by encryption, and backups are kept for 30 days.', value: 'stated' },
  { page: 'We protect stored data with access controls, encryption (AES-256), and backups.', value: 'AES-256' },
  { page: 'Stored data benefits from strict access controls, encryption with AES-256, and daily backups.', value: 'AES-256' },
  { page: 'Databases, backups, and file storage all use encryption, so data at rest is never readable.', value: 'stated' },
];

const invalid: Case<AtRestValue>[] = [
  // Software shipped to devices and what travels live are not stored customer data.
  { page: 'Every firmware image is signed and encrypted with AES-256 before over-the-air delivery.' },
  { page: 'Software updates are encrypted with AES-256 and verified on the device before install.' },
  { page: 'OTA packages are encrypted using AES-256-GCM.' },
  { page: 'These relays forward encrypted packets in real time and do not store any meeting content.' },
  { page: 'Media streams are encrypted with AES-256 between participants.' },
  { page: 'Live calls are encrypted with AES-256 and never recorded unless you choose to.' },
  { page: 'Voice packets are encrypted with SRTP; nothing is stored on the relay.' },
  { page: 'App update images are encrypted with AES-256 before they reach the gateway.' },
  { page: 'Live video is encrypted in real time with AES-128.' },
  { page: 'Over-the-air configuration bundles are encrypted with AES-256.' },
  { page: 'API keys are stored as SHA-256 hashes.' },
  { page: 'Passwords are hashed with bcrypt before they are stored.' },
  { page: 'OAuth tokens are stored encrypted in our database.' },
  { page: 'Integration secrets are encrypted with a key kept in a separate vault.' },
  { page: 'All traffic is encrypted with TLS 1.3 using AES-256-GCM cipher suites.' },
  { page: 'Admins connect to production databases over encrypted VPN tunnels.' },
  { page: 'We do not currently encrypt data at rest.' },
  { page: 'Encryption at rest for all databases is planned for Q3.' },
  { page: 'Deleted data is made unreadable by destroying the encryption keys.' },
  { page: 'Webhooks are signed with HMAC-SHA256.' },
  { page: 'Session cookies are encrypted and marked secure.' },
  { page: 'Employee laptops use full-disk encryption.' },
  { page: 'Credentials for third-party integrations are encrypted at rest.' },
  { page: 'Data is encrypted in transit using TLS.' },
  { page: 'Database passwords are rotated and stored encrypted in a secrets manager.' },
  { page: 'In Google Cloud Storage, customer data is deleted through cryptographic erasure.' },
  { page: 'Access to the production database is only possible through an encrypted bastion connection.' },
  { page: 'We use AES-256 to encrypt the OAuth tokens stored in our database.' },
  { page: 'Connections are encrypted with TLS 1.3 and AES-256.' },
  { page: 'Refresh tokens are encrypted with AES-256.' },
  { page: 'Sensitive fields such as API keys are encrypted with AES-256; other data is stored in plain text.' },
  { page: [{ kind: 'heading', text: 'Encryption at rest' }, { text: 'We do not currently encrypt data at rest.', headings: ['Encryption at rest'] }] },
  { page: ['Encryption at rest', 'No'] },
  // --- 9c8ad8d, ten rephrasings each ---
  // "encryption" as one item of a topic list claims nothing.
  { page: 'Our security programme covers access controls, encryption, backups, monitoring and incident response.' },
  { page: 'Topics include network security, encryption, and data storage.' },
  { page: 'We review access management, encryption and storage practices annually.' },
  { page: 'The audit scope covered logging, encryption, database hardening, and backups.' },
  { page: 'Training modules: phishing, passwords, encryption, secure storage.' },
  { page: 'This page explains our approach to identity, encryption, backups and retention.' },
  { page: 'Policies cover data classification, encryption, or backup retention.' },
  { page: 'Key areas: vendor risk, encryption, disk hygiene, logging.' },
  { page: [{ kind: 'list-item', text: 'Access controls, encryption, backups, monitoring', headings: ['What we cover'] }] },
  { page: 'Our handbook has chapters on onboarding, encryption and storage of secrets, and travel.' },
  { page: 'Security reviews look at authentication, encryption, storage, and logging.' },
  { page: 'Areas assessed: physical security, encryption, storage media disposal, HR security.' },
  // Hyphen variants of the wire's AES and of secrets-only AES; "store" in things that are not data at rest.
  { page: 'All traffic is encrypted with TLS 1.3 using AES\u2011256\u2011GCM cipher suites.' },
  { page: 'Refresh tokens are encrypted with AES\u2010256.' },
  { page: 'Storing passwords is done with bcrypt hashing, not encryption.' },
  { page: 'We store API keys encrypted in a secrets manager.' },
  { page: 'Staff laptops store files encrypted with FileVault.' },
  { page: 'We will store all uploads encrypted starting next quarter.' },
  { page: 'Passwords are hashed, not encryped.' },
];

// Encryption said of the backups alone ranks below any statement about the data itself ("customer data is encrypted
// at rest" + "backups … AES-256" is "stated"); alone it is read as said. With the main data beside the backups, AES-256 holds.
const backupsOnly: { page: string[]; value: AtRestValue }[] = [
  { page: ['Backups are encrypted and stored in a separate region.'], value: 'stated' },
  { page: ['Nightly backups are encrypted with AES-256 before they leave the region.'], value: 'AES-256' },
  { page: ['Before anything leaves for our off-site backup provider, it is encrypted client-side with AES-256.'], value: 'AES-256' },
  { page: ['Customer data is encrypted at rest by our cloud provider.', 'Nightly database backups are additionally encrypted with AES-256 before they leave the region.'], value: 'stated' },
  { page: ['Data volumes are encrypted at rest.', 'Before anything leaves for our off-site backup provider, it is encrypted client-side with AES-256.'], value: 'stated' },
  { page: ['All stored data is encrypted.', 'Backup archives are encrypted with AES-256 using a separate key.'], value: 'stated' },
  { page: ['Secrets are encrypted at rest.', 'Backups are encrypted with AES-256.'], value: 'AES-256' },
  { page: ['Your files are encrypted at rest.', 'Snapshots are encrypted using AES-256-GCM.'], value: 'stated' },
  { page: ['Customer content is encrypted at rest.', 'Our backup provider receives only AES-256 encrypted copies.'], value: 'stated' },
  { page: ['We encrypt stored data.', 'Off-site backups are protected with 256-bit AES encryption.'], value: 'stated' },
  { page: ['Databases are encrypted at rest.', 'Exported archives are encrypted with AES-256 before upload to cold storage.'], value: 'stated' },
  { page: ['Customer data is encrypted at rest.', 'Weekly backup snapshots are additionally encrypted with AES-256.'], value: 'stated' },
  { page: ['Everything we store is encrypted at rest.', 'Backup copies kept in a second region are encrypted with AES-256 as well.'], value: 'stated' },
  { page: ['All customer data, including backups, is encrypted at rest with AES-256.'], value: 'AES-256' },
  { page: ['Databases and their backups are encrypted with AES-256.'], value: 'AES-256' },
  { page: ['We encrypt customer data and backups at rest using AES-256.'], value: 'AES-256' },
  { page: ['Backups and production databases alike are encrypted with AES-256.'], value: 'AES-256' },
  { page: ['Your data, and every backup of it, is encrypted with AES-256 at rest.'], value: 'AES-256' },
  { page: ['Data at rest, including backups and snapshots, is encrypted using AES-256.'], value: 'AES-256' },
  { page: ['Files, attachments and their backup copies are encrypted with AES-256.'], value: 'AES-256' },
  { page: ['We encrypt all stored data, backups included, with AES-256.'], value: 'AES-256' },
  { page: ['Storage volumes, database backups and object storage buckets use AES-256 encryption.'], value: 'AES-256' },
  { page: ['Backups are encrypted.', 'All customer data at rest is encrypted with AES-256.'], value: 'AES-256' },
  // Exports and archives are copies, as backups are; "wrapped with AES-256" says what encrypts them.
  { page: ['All customer data in our databases is encrypted at rest using keys managed in a cloud KMS.', 'Nightly database exports sent to our long-term cold-storage archive are additionally wrapped with AES-256 under a separate archive key.'], value: 'stated' },
  { page: ['Customer records are encrypted at rest.', 'Database exports are encrypted with AES-256 before they are archived.'], value: 'stated' },
  { page: ['Stored data is encrypted by the platform.', 'Weekly data exports to our archive bucket are encrypted using AES-256.'], value: 'stated' },
  { page: ['Nightly database exports are encrypted with AES-256 before they leave the region.'], value: 'AES-256' },
  { page: ['Your data, including exports and archives, is encrypted at rest with AES-256.'], value: 'AES-256' },
  // Secrets held apart, encrypted with AES-256 "where they are encrypted": only credentials, whatever the pronoun.
  { page: ['All customer data is encrypted at rest using a cloud KMS.', 'Application secrets, API signing keys and webhook secrets are held in a vault, where they are encrypted with AES-256-GCM.'], value: 'stated' },
  { page: ['Customer data is encrypted at rest.', 'API keys and tokens live in a secrets manager, where they are encrypted with AES-256.'], value: 'stated' },
  { page: ['Customer data is encrypted at rest.', 'Signing keys are kept in an HSM, and they are encrypted with AES-256 there.'], value: 'stated' },
  { page: ['Files are encrypted at rest.', 'Passwords and OAuth tokens are stored in a vault; they are encrypted with AES-256.'], value: 'stated' },
  { page: ['Customer data is stored in our databases, where it is encrypted with AES-256.'], value: 'AES-256' },
  // A new clause after "and" whose subject is the data, its verb a few words on.
  { page: ['Support laptops use AES-256 disk encryption and all customer data held in our databases is encrypted at rest.'], value: 'stated' },
  // A list whose last item is the backups: the whole list is the subject ("object storage" is a noun, no verb).
  { page: ['PHI in our databases, object storage, search clusters and backups is encrypted with AES-256.'], value: 'AES-256' },
  { page: ['Records in our warehouse, object storage and backups are encrypted with AES-256.'], value: 'AES-256' },
  { page: ['Uploads, storage buckets and nightly backups are encrypted using AES-256.'], value: 'AES-256' },
];

describe('encryption-at-rest', () => {
  it.each(valid)('reads $page', ({ page, value, quote }) => {
    const { cands } = run(extractor, page);
    const top = best(cands)!;
    expect(top.value).toBe(value);
    expect(top.field).toBe('encryptionAtRest');
    expect(top.evidence.quote).toBe(quote ?? page);
  });

  it.each(invalid)('gives nothing for $page', ({ page }) => {
    expect(run(extractor, page).cands).toEqual([]);
  });

  it.each(backupsOnly)('reads encryption said of backups alone below the data’s own: $page', ({ page, value }) => {
    expect(best(run(extractor, page).cands)?.value ?? 'not_stated').toBe(value);
  });

  it("reads a host's default encryption only as weak support, never alone", () => {
    expect(run(extractor, ['Our database is hosted on Supabase.', 'Supabase encrypts all stored data by default.']).cands).toEqual([]);
    const { cands } = run(extractor, ['Our database is hosted on Supabase.', 'Supabase encrypts all stored data by default.', 'Customer data is encrypted at rest using AES-256.']);
    expect(cands.map((c) => c.value)).toEqual(['stated', 'AES-256']);
    expect(cands[0]!.confidence).toBeLessThan(0.6);
    expect(best(cands)!.value).toBe('AES-256');
  });

  it('reads AES-256 named for both wire and storage as at rest', () => {
    const { cands } = run(extractor, 'All customer data is encrypted with 256-bit AES encryption, both in transit and at rest.');
    expect(best(cands)!.value).toBe('AES-256');
  });

  it('prefers AES-256 named for stored data elsewhere over a plain at-rest statement', () => {
    const { cands } = run(extractor, ['Data at rest is encrypted.', 'Uploaded files are encrypted with AES-256.']);
    expect(best(cands)!.value).toBe('AES-256');
  });

  it('prefers the vendor AES-256 statement over a general one', () => {
    const { cands } = run(extractor, ['Backups are encrypted.', 'All data at rest is encrypted using AES-256.']);
    expect(best(cands)!.value).toBe('AES-256');
    expect(best(cands)!.evidence.quote).toBe('All data at rest is encrypted using AES-256.');
  });
});

// A label "Encryption at rest" over a value that says what is encrypted and how: the value's mention decides; data
// "including backups" is the data, not backups alone.
describe('a labelled value, and data with its backups', () => {
  const lv = (label: string, value: string) => [{ kind: 'label-value' as const, label, value, text: `${label} ${value}` }];
  it.each([
    [lv('Encryption at rest', 'All student and teacher data, including backups, is encrypted with AES-256.'), 'AES-256'],
    [lv('Encryption at rest', 'Patient records are encrypted with AES-256-GCM.'), 'AES-256'],
    [lv('Data encryption at rest', 'Member and club data, as well as backups, is encrypted using AES-256.'), 'AES-256'],
    [lv('Encryption', 'Every workspace database, including its backups, is encrypted with AES 256.'), 'AES-256'],
    [lv('Encryption at rest', 'Stored documents are encrypted at rest with 256-bit AES keys.'), 'AES-256'],
    [lv('Encryption at rest', 'Yes — all stored files are encrypted.'), 'stated'],
    ['All tenant data, including backups, is encrypted with AES-256.', 'AES-256'],
    ['Invoices and receipts, including their backups, are encrypted with AES-256.', 'AES-256'],
    ['All account content, incl. backups, is encrypted at rest using AES-256.', 'AES-256'],
    ['Shipment records and their backups are encrypted at rest with AES-256.', 'AES-256'],
  ])('%j → %s', (page, want) => {
    expect(best(run(extractor, page as never).cands)!.value).toBe(want);
  });
});

// Someone else's storage named by its role ("The partner encrypts the stored PANs with AES-256"): the provider's, which
// supports a vendor's own statement but never stands alone.
describe("a provider's own encryption, named by its role", () => {
  it.each([
    'The partner encrypts the stored PANs with AES-256 inside its HSM environment.',
    'Our card vault partner encrypts card numbers with AES-256.',
    'The payment processor encrypts cardholder data at rest with AES-256.',
    'Our hosting provider encrypts all disks with AES-256.',
    'The storage vendor encrypts every object at rest using AES-256.',
    'Each subprocessor encrypts the data it stores with AES-256.',
    'The email provider encrypts stored messages at rest.',
    'Our backup supplier encrypts archives with AES-256 before storing them.',
    'The identity provider encrypts user profiles at rest.',
    'Their host also encrypts volumes at rest with AES-256.',
  ])('nothing of the vendor\'s alone from "%s"', (text) => {
    expect(run(extractor, text).cands).toEqual([]);
  });
  it.each([
    [['Customer data is encrypted at rest.', 'The partner encrypts the stored PANs with AES-256.'], 'stated'],
    [['We encrypt customer data at rest with AES-256.', 'Our hosting provider encrypts disks too.'], 'AES-256'],
    [['Our partners never see your data: we encrypt it with AES-256 before storing it.'], 'AES-256'],
  ])('the vendor\'s own statement decides: %j', (page, want) => {
    expect(best(run(extractor, page as string[]).cands)!.value).toBe(want);
  });
});

// Another company named as the one that encrypts ("Stripe encrypts card data using AES-256"): its encryption, not the
// vendor's own statement, whether or not the page introduced it as a provider.
describe("another named company's encryption", () => {
  it.each([
    'Chalkwell never sees full card numbers; Stripe encrypts card data using AES-256.',
    'Stripe encrypts card data using AES-256.',
    'Braintree encrypts stored card numbers with AES-256.',
    'Twilio encrypts recordings at rest with AES-256.',
    'Mailgun also encrypts stored messages at rest.',
    'Snowflake encrypts warehouse data with AES-256 by default.',
    'Google Workspace encrypts our internal documents with AES-256.',
    'Okta secures user credentials with AES-256.',
    'Intercom encrypts support conversations at rest.',
    'Plaid encrypts bank tokens with AES-256 in its own vault.',
  ])('nothing of the vendor\'s alone from "%s"', (text) => {
    // On a page that speaks as the vendor: its name is the one the page uses most.
    expect(run(extractor, ['Chalkwell is built for schools, and Chalkwell staff never see passwords.', text], 'Security at Chalkwell').cands).toEqual([]);
  });
  it.each([
    ['Chalkwell encrypts all pupil data at rest using AES-256.', 'AES-256'],
    ['Chalkwell encrypts all data with AES-256.', 'AES-256'],
    ['We encrypt data at rest with AES-256; Stripe encrypts card data separately.', 'AES-256'],
  ])('the vendor\'s own: "%s"', (text, want) => {
    expect(best(run(extractor, text, 'Security at Chalkwell').cands)!.value).toBe(want);
  });
});

// The customer's duty is no claim of the vendor's: "If you run it yourself, you are responsible for database encryption".
describe("the customer's duty", () => {
  it.each([
    'If you run Haulmesh yourself, you are responsible for TLS termination, database encryption, backups and patching of the host.',
    'Self-hosters are responsible for encrypting their own volumes at rest.',
    'Customers are solely responsible for encryption of data stored on their own servers.',
    'It is up to you to enable disk encryption on the machines you run it on.',
    'Encryption of your on-premise database at rest is your responsibility.',
    'You must configure storage encryption on your own cluster.',
    'You need to enable encryption at rest in your own cloud account.',
    'Operators are responsible for encrypting backups they keep.',
    'The customer is responsible for encrypting exports after download and storing them safely.',
    'You should enable AES-256 encryption on your own S3 bucket.',
  ])('nothing from "%s"', (text) => {
    expect(run(extractor, text).cands).toEqual([]);
  });
  it.each([
    ['We encrypt all customer data at rest; you are responsible for your own passwords.', 'stated'],
    ['Data at rest is encrypted with AES-256. You are responsible for who you invite.', 'AES-256'],
    ['Our databases are encrypted at rest, so you are not responsible for encryption in the cloud edition.', 'stated'],
  ])('still reads the vendor in "%s"', (text, want) => {
    expect(best(run(extractor, text).cands)!.value).toBe(want);
  });
});
