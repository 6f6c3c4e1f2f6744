import { describe, expect, it } from 'vitest';
import { createRepository } from '../../../store/repository';
import { applyImport, exportBackupJson, planImport, BackupError } from '../../../store/backup';
import { VendorEditError } from '../../../store/vendor-edits';
import type { AssayDb } from '../../../store/database';
import { freshDb, headsInStep, newAssessment } from './helpers';

/** Every table as stored, for "undo restores exactly". */
async function dump(db: AssayDb) {
  return { vendors: await db.vendors.toArray(), assessments: await db.assessments.toArray(), heads: await db.heads.toArray() };
}

async function twoVendors() {
  const db = freshDb();
  const repo = createRepository(db);
  await repo.saveAssessment(newAssessment('https://acme.com/security', { assessedAt: '2026-01-01T00:00:00Z' }));
  await repo.saveAssessment(newAssessment('https://trust.acme.com/', { assessedAt: '2026-01-02T00:00:00Z' }));
  await repo.saveAssessment(newAssessment('https://acme-mail.com/security', { assessedAt: '2026-01-03T00:00:00Z' }));
  return { db, repo };
}

describe('rename, tags and note', () => {
  it('stores them cleaned and undoes each exactly', async () => {
    const { db, repo } = await twoVendors();
    const start = await dump(db);
    const renamed = await repo.editVendor('acme.com', { name: '  Acme   Payroll ' });
    expect((await repo.getVendor('acme.com'))?.name).toBe('Acme Payroll');
    const tagged = await repo.editVendor('acme.com', { tags: ['HR ', 'hr', '', ' critical  vendor', 'x'.repeat(60)] });
    expect((await repo.getVendor('acme.com'))?.tags).toEqual(['HR', 'critical vendor', 'x'.repeat(40)]);
    const noted = await repo.editVendor('acme.com', { note: 'DPA signed <b>2026</b>\nAsk about SOC 2.' });
    expect((await repo.getVendor('acme.com'))?.note).toBe('DPA signed <b>2026</b>\nAsk about SOC 2.');
    // Undone newest first, each restores the vendor as it was before that step.
    await repo.restore(noted);
    expect((await repo.getVendor('acme.com'))?.note).toBeUndefined();
    await repo.restore(tagged);
    await repo.restore(renamed);
    expect(await dump(db)).toEqual(start);
  });

  it('refuses an empty name, an over-long name or note, and an unknown vendor, writing nothing', async () => {
    const { db, repo } = await twoVendors();
    const start = await dump(db);
    await expect(repo.editVendor('acme.com', { name: '   ' })).rejects.toThrow(VendorEditError);
    await expect(repo.editVendor('acme.com', { name: 'A'.repeat(501) })).rejects.toThrow(/500 characters/);
    await expect(repo.editVendor('acme.com', { note: 'n'.repeat(20_001) })).rejects.toThrow(/20,000/);
    await expect(repo.editVendor('nobody.com', { name: 'X' })).rejects.toThrow(/no vendor “nobody.com”/);
    expect(await dump(db)).toEqual(start);
  });
});

describe('merge', () => {
  it('moves the assessments, joins tags and notes, and files later readings of the merged domain under the kept vendor', async () => {
    const { db, repo } = await twoVendors();
    await repo.editVendor('acme.com', { tags: ['HR'], note: 'Main contract.' });
    await repo.editVendor('acme-mail.com', { tags: ['hr', 'email'], note: 'Bought by Acme in 2025.' });
    await repo.mergeVendors('acme.com', 'acme-mail.com');
    expect(await repo.getVendor('acme-mail.com')).toBeUndefined();
    const kept = await repo.getVendor('acme.com');
    expect(kept).toMatchObject({ name: 'Acme', tags: ['HR', 'email'], note: 'Main contract.\n\nBought by Acme in 2025.', aliases: ['acme-mail.com'] });
    expect((await repo.historyFor('acme.com')).map((a) => a.url)).toEqual(['https://acme-mail.com/security', 'https://trust.acme.com/', 'https://acme.com/security']);
    expect(await headsInStep(db)).toBe(true);
    // The next click on the merged vendor's site does not re-create it.
    const later = await repo.saveAssessment(newAssessment('https://www.acme-mail.com/privacy'));
    expect(later.vendorId).toBe('acme.com');
    expect(await repo.getVendor('acme-mail.com')).toBeUndefined();
    expect((await repo.listVendors()).map((v) => v.id)).toEqual(['acme.com']);
  });

  it('carries routes along when a vendor that already absorbed others is merged again', async () => {
    const { repo } = await twoVendors();
    await repo.saveAssessment(newAssessment('https://acme-chat.io/security'));
    await repo.mergeVendors('acme-mail.com', 'acme-chat.io');
    await repo.mergeVendors('acme.com', 'acme-mail.com');
    expect((await repo.getVendor('acme.com'))?.aliases).toEqual(['acme-mail.com', 'acme-chat.io']);
    expect((await repo.saveAssessment(newAssessment('https://acme-chat.io/faq'))).vendorId).toBe('acme.com');
  });

  it('undoes exactly: names, tags, notes, which assessments belong where, aliases', async () => {
    const { db, repo } = await twoVendors();
    await repo.editVendor('acme-mail.com', { tags: ['email'], note: 'n' });
    const start = await dump(db);
    const change = await repo.mergeVendors('acme.com', 'acme-mail.com');
    await repo.restore(change);
    expect(await dump(db)).toEqual(start);
    expect((await repo.saveAssessment(newAssessment('https://acme-mail.com/faq'))).vendorId).toBe('acme-mail.com');
  });

  it('refuses to merge a vendor into itself or a vendor that is gone', async () => {
    const { repo } = await twoVendors();
    await expect(repo.mergeVendors('acme.com', 'acme.com')).rejects.toThrow(VendorEditError);
    await expect(repo.mergeVendors('acme.com', 'gone.com')).rejects.toThrow(/no vendor “gone.com”/);
  });
});

describe('move a page', () => {
  it('moves every reading of the page to another vendor and files later readings of that page there, not the rest of the domain', async () => {
    const { db, repo } = await twoVendors();
    await repo.saveAssessment(newAssessment('https://acme.com/security#soc2', { assessedAt: '2026-01-04T00:00:00Z' }));
    await repo.movePage('https://acme.com/security?utm_source=x', { vendorId: 'acme-mail.com' });
    expect((await repo.historyFor('acme-mail.com')).map((a) => a.url)).toEqual(['https://acme.com/security', 'https://acme-mail.com/security', 'https://acme.com/security']);
    expect((await repo.historyFor('acme.com')).map((a) => a.url)).toEqual(['https://trust.acme.com/']);
    expect((await repo.getVendor('acme-mail.com'))?.pages).toEqual(['https://acme.com/security']);
    expect(await headsInStep(db)).toBe(true);
    expect((await repo.saveAssessment(newAssessment('https://acme.com/security'))).vendorId).toBe('acme-mail.com');
    expect((await repo.saveAssessment(newAssessment('https://acme.com/privacy'))).vendorId).toBe('acme.com');
  });

  it('moving a page back to the vendor its domain names forgets the route', async () => {
    const { repo } = await twoVendors();
    await repo.movePage('https://acme.com/security', { vendorId: 'acme-mail.com' });
    await repo.movePage('https://acme.com/security', { vendorId: 'acme.com' });
    expect((await repo.getVendor('acme-mail.com'))?.pages).toEqual([]);
    expect((await repo.getVendor('acme.com'))?.pages).toEqual([]);
    expect((await repo.saveAssessment(newAssessment('https://acme.com/security'))).vendorId).toBe('acme.com');
  });

  it('splits a page off to a new vendor, and undo removes that vendor and puts the page back', async () => {
    const { db, repo } = await twoVendors();
    const start = await dump(db);
    const change = await repo.movePage('https://trust.acme.com/', { newVendorName: 'Acme Payroll' });
    expect(change.created).toEqual(['acme.com/acme-payroll']);
    expect(await repo.getVendor('acme.com/acme-payroll')).toMatchObject({ name: 'Acme Payroll', pages: ['https://trust.acme.com/'] });
    expect((await repo.historyFor('acme.com/acme-payroll')).map((a) => a.url)).toEqual(['https://trust.acme.com/']);
    expect((await repo.saveAssessment(newAssessment('https://trust.acme.com/'))).vendorId).toBe('acme.com/acme-payroll');
    // A second split of the same name gets its own id.
    const second = await repo.movePage('https://acme.com/security', { newVendorName: 'Acme Payroll' });
    expect(second.created).toEqual(['acme.com/acme-payroll-2']);
    await repo.restore(second);
    const extra = (await repo.historyFor('acme.com/acme-payroll'))[0]!;
    await repo.deleteAssessment(extra.id);
    await repo.restore(change);
    expect(await dump(db)).toEqual(start);
  });

  it('refuses a page Assay never read', async () => {
    const { repo } = await twoVendors();
    await expect(repo.movePage('https://acme.com/nothing', { vendorId: 'acme-mail.com' })).rejects.toThrow(/no reading/);
  });
});

describe('in the backup', () => {
  it('names, tags, notes, merges and moved pages survive an export and import, and keep filing later readings', async () => {
    const { db, repo } = await twoVendors();
    await repo.saveAssessment(newAssessment('https://acme-chat.io/security'));
    await repo.editVendor('acme.com', { name: 'Acme Group', tags: ['HR', 'critical'], note: 'Renewal in May.' });
    await repo.mergeVendors('acme.com', 'acme-mail.com');
    await repo.movePage('https://trust.acme.com/', { vendorId: 'acme-chat.io' });
    const before = await dump(db);

    const other = freshDb();
    await applyImport(other, await planImport(other, await exportBackupJson(db)));
    expect(await dump(other)).toEqual(before);
    const restored = createRepository(other);
    expect((await restored.saveAssessment(newAssessment('https://acme-mail.com/x'))).vendorId).toBe('acme.com');
    expect((await restored.saveAssessment(newAssessment('https://trust.acme.com/'))).vendorId).toBe('acme-chat.io');
  });

  it('refuses a backup where two vendors claim the same merged domain or moved page', async () => {
    const { db, repo } = await twoVendors();
    await repo.mergeVendors('acme.com', 'acme-mail.com');
    const file = JSON.parse(await exportBackupJson(db));
    file.vendors.push({ ...file.vendors[0], id: 'other.com', name: 'Other' });
    await expect(planImport(freshDb(), JSON.stringify(file))).rejects.toThrow(BackupError);
    await expect(planImport(freshDb(), JSON.stringify(file))).rejects.toThrow(/both claim the domain acme-mail.com/);
  });
});
