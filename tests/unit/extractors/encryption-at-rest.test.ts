import { describe, expect, it } from 'vitest';
import { extractor } from '../../../extractors/encryption-at-rest';
import type { AtRestValue } from '../../../claims/types';
import { best, run, type Case } from '../helpers/extractor-table';

const valid: Case<AtRestValue>[] = [
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
  { page: 'Backups are encrypted and stored in a separate region.', value: 'stated' },
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
];

const invalid: Case<AtRestValue>[] = [
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
