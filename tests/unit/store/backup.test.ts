import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AssayDb } from '../../../store/database';
import { StorageFullError } from '../../../store/errors';
import { createRepository, type Repository } from '../../../store/repository';
import { applyImport, BackupError, backupFileName, exportBackupJson, planImport } from '../../../store/backup';
import { freshDb, headsInStep, newAssessment, summary } from './helpers';
import { DEFAULT_PRESET } from '../../../rubric/presets';

let db: AssayDb;
let repo: Repository;

async function fill() {
  await repo.saveAssessment(newAssessment('https://security.acme.co.uk/', { assessedAt: '2026-10-01T00:00:00Z' }));
  const later = await repo.saveAssessment(newAssessment('https://security.acme.co.uk/', { assessedAt: '2026-11-01T00:00:00Z', summary: summary({ soc2: { value: 'type2', evidence: ['SOC 2 Type II 🔒'] } }) }));
  await repo.setOverride(later.id, 'retentionDays', { value: 90, note: 'DPA §7 says 90 days' });
  await repo.saveAssessment(newAssessment('https://beta.io/trust', { siteName: 'Beta', rubric: null }));
  await repo.updateVendor('beta.io', { tags: ['eu'], shortlists: ['Q4', 'infra'] });
  // A valid rubric: a backup's rubrics pass the rubric schema on restore.
  const rubric = { ...DEFAULT_PRESET, id: 'mine', name: 'Mine حماية', version: 3, criteria: DEFAULT_PRESET.criteria.map((c) => (c.field === 'soc2' ? { ...c, weight: 2 } : c)) };
  await repo.rubrics.put(rubric);
  await repo.rubrics.setActive('mine');
}

const snapshot = async (d: AssayDb) => ({
  vendors: await d.vendors.toArray(),
  assessments: await d.assessments.toArray(),
  heads: await d.heads.toArray(),
  rubrics: await d.rubrics.toArray(),
  settings: await d.settings.toArray(),
});

beforeEach(async () => {
  db = freshDb();
  repo = createRepository(db);
  await fill();
});

describe('export, wipe, import', () => {
  it('gives back an identical database', async () => {
    const before = await snapshot(db);
    const json = await exportBackupJson(db, new Date('2026-11-22T12:00:00Z'));
    await repo.deleteAll();
    const plan = await planImport(db, json);
    expect(plan.add.assessments).toHaveLength(3);
    expect(plan.replace.vendors).toEqual([]);
    expect(await db.vendors.count()).toBe(0);
    await applyImport(db, plan);
    expect(await snapshot(db)).toEqual(before);
    expect(await headsInStep(db)).toBe(true);
    expect(await exportBackupJson(db, new Date('2026-11-22T12:00:00Z'))).toBe(json);
  });

  it('imports into another database from a Blob', async () => {
    const other = freshDb();
    await applyImport(other, await planImport(other, new Blob([await exportBackupJson(db)])));
    expect(await snapshot(other)).toEqual(await snapshot(db));
  });

  it('plans what it adds and replaces and keeps what the file does not mention', async () => {
    const json = await exportBackupJson(db);
    await repo.saveAssessment(newAssessment('https://gamma.io/'));
    const gone = (await repo.historyFor('beta.io'))[0]!;
    await repo.deleteAssessment(gone.id);
    const plan = await planImport(db, json);
    expect(plan.add.assessments).toEqual([gone.id]);
    expect(plan.replace.assessments).toHaveLength(2);
    expect(plan.replace.vendors.sort()).toEqual(['acme.co.uk', 'beta.io']);
    expect(plan.keep).toEqual({ vendors: 1, assessments: 1, rubrics: 0, settings: 0 });
    expect(plan.renamed).toEqual([]);
    await applyImport(db, plan);
    expect(await db.assessments.count()).toBe(4);
  });
});

describe('a bad file changes nothing', () => {
  const rejects = async (input: string | Blob, message: RegExp, options?: { maxBytes?: number }) => {
    const before = await snapshot(db);
    const err = await planImport(db, input, options).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(BackupError);
    expect((err as Error).message).toMatch(message);
    expect(await snapshot(db)).toEqual(before);
  };

  it('refuses non-JSON', () => rejects('name,score\nacme,3', /not JSON/));
  it('refuses JSON that is not a backup', () => rejects('{"vendors": []}', /not an Assay backup/));
  it('refuses a newer format', async () => {
    const file = JSON.parse(await exportBackupJson(db));
    await rejects(JSON.stringify({ ...file, formatVersion: 2 }), /newer Assay \(format 2/);
  });
  it('refuses records of a newer schema', async () => {
    const file = JSON.parse(await exportBackupJson(db));
    file.vendors[0].schemaVersion = 99;
    await rejects(JSON.stringify(file), /vendors\[0\]\.schemaVersion: made by a newer Assay/);
  });
  // A library of 1,000 vendors backs up to about 8 MB; the limit leaves room for that and refuses absurd files.
  it('refuses 64 MB and more', () => rejects(new Blob(['x'.repeat(64 * 1024 * 1024)]), /is 64\.0 MB; Assay imports backups smaller than 64\.0 MB/));
  it('honours another limit', async () => rejects(await exportBackupJson(db), /smaller than 0\.0 MB/, { maxBytes: 10 }));
  it('names where a damaged record is, even the last one', async () => {
    const file = JSON.parse(await exportBackupJson(db));
    file.assessments[2].claims.soc2.extractor = { id: 'soc2' };
    await rejects(JSON.stringify(file), /damaged at assessments\[2\]\.claims\.soc2\.extractor\.version/);
  });
  it('refuses duplicate ids and assessments of unknown vendors', async () => {
    const file = JSON.parse(await exportBackupJson(db));
    await rejects(JSON.stringify({ ...file, vendors: [...file.vendors, file.vendors[0]] }), /twice/);
    await repo.deleteAll();
    await rejects(JSON.stringify({ ...file, vendors: [] }), /no vendor/);
  });

  it('rolls back a half-written import when storage runs out', async () => {
    const json = await exportBackupJson(db);
    await repo.deleteAll();
    await repo.saveAssessment(newAssessment('https://kept.example/'));
    const before = await snapshot(db);
    const plan = await planImport(db, json);
    vi.spyOn(db.settings, 'bulkPut').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    await expect(applyImport(db, plan)).rejects.toBeInstanceOf(StorageFullError);
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('backupFileName', () => {
  it('uses the local date', () => expect(backupFileName(new Date(2026, 10, 22))).toBe('assay-backup-2026-11-22.json'));
});
