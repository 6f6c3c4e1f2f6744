import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../reader';
import { parsePage } from '../../../reader/parse-html';
import { codeLines } from '../../../reader/dom-walk';

// A <pre> block that reads as code or configuration is read line by line; prose in <pre> stays one paragraph.
const blocksOf = (pre: string) => readDocument(parsePage(`<html><head><title>Acme security</title></head><body><main><h1>Infrastructure</h1><pre>${pre}</pre></main></body></html>`)).blocks.filter((b) => b.kind !== 'heading').map((b) => b.text);

describe('a <pre> block of code or configuration', () => {
  it.each([
    ['tenants_eu:\n  primary:   eu-west-1      # Dublin, Ireland\n  backups:   eu-central-1   # Frankfurt\n', ['tenants_eu:', 'primary: eu-west-1 # Dublin, Ireland', 'backups: eu-central-1 # Frankfurt']],
    ['region = "us-east-2"\nbackup_region = "us-west-2"\nencryption = "AES-256"', ['region = "us-east-2"', 'backup_region = "us-west-2"', 'encryption = "AES-256"']],
    ['{\n  "region": "eu-central-1",\n  "tls": "1.2"\n}', ['{', '"region": "eu-central-1",', '"tls": "1.2"', '}']],
    ['# production\nprimary: ap-southeast-2  # Sydney\nreplica: ap-southeast-4  # Melbourne', ['# production', 'primary: ap-southeast-2 # Sydney', 'replica: ap-southeast-4 # Melbourne']],
    ['DB_REGION=eu-west-2\nDB_ENCRYPTION=aes-256\nLOG_RETENTION_DAYS=30', ['DB_REGION=eu-west-2', 'DB_ENCRYPTION=aes-256', 'LOG_RETENTION_DAYS=30']],
  ])('reads %j line by line', (pre, want) => {
    expect(blocksOf(pre)).toEqual(want);
  });
  it.each([
    'We store all customer data in Frankfurt, Germany,\nand we never move it out of the EU without your\nwritten consent. Backups stay in the same region.',
    'SECURITY POLICY\nAll staff complete security training every year.\nAccess is reviewed each quarter.\nLaptops are encrypted.',
    'Data is stored in Sydney.\nBackups are stored in Melbourne.',
    'Our retention policy is simple.\nWe delete data within 30 days of termination.\nLogs are kept for a year.',
    'This page describes how we protect\nyour data when you use the service,\nwhere it is stored and for how long.',
  ])('keeps prose in <pre> as one paragraph: %j', (pre) => {
    expect(blocksOf(pre)).toEqual([pre.replace(/\s+/g, ' ').trim()]);
  });
  it('needs three lines at least', () => {
    expect(codeLines('a: 1\nb: 2')).toBeNull();
    expect(codeLines('a: 1\nb: 2\nc: 3')).toEqual(['a: 1', 'b: 2', 'c: 3']);
  });
});
