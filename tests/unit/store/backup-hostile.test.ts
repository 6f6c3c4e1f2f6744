import { beforeEach, describe, expect, it } from 'vitest';
import type { AssayDb } from '../../../store/database';
import { createRepository, type Repository } from '../../../store/repository';
import { applyImport, BackupError, exportBackupJson, planImport } from '../../../store/backup';
import { loadActiveRubric } from '../../../store/active-rubric';
import { DEFAULT_PRESET } from '../../../rubric/presets';
import { formatValue } from '../../../claims/fields';
import { restoreErrorText } from '../../../components/compare/DataMenu';
import { freshDb, newAssessment } from './helpers';

// A backup is validated exactly as live data is: what the app would refuse to write, restore refuses too.
let db: AssayDb;
let repo: Repository;
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

beforeEach(async () => {
  db = freshDb();
  repo = createRepository(db);
  const a = await repo.saveAssessment(newAssessment('https://security.acme.example/'));
  await repo.setOverride(a.id, 'breachNoticeHours', { value: 72, note: 'DPA' });
});

const backup = async (): Promise<Json> => JSON.parse(await exportBackupJson(db)) as Json;
const snapshot = async () => JSON.stringify([await db.vendors.toArray(), await db.assessments.toArray(), await db.heads.toArray(), await db.rubrics.toArray(), await db.settings.toArray()]);

async function refused(file: Json | string, message: RegExp) {
  const before = await snapshot();
  const err = await planImport(db, typeof file === 'string' ? file : JSON.stringify(file)).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(BackupError);
  expect((err as Error).message).toMatch(message);
  expect((err as Error).message).not.toMatch(/Nothing was/); // the page says it, once
  expect(await snapshot()).toEqual(before);
}

describe('defect 3: corrections pass the same check as a reviewer’s', () => {
  it('refuses a negative retention correction and a made-up SOC 2 value', async () => {
    const file = await backup();
    file.assessments[0].overrides.retentionDays = { value: -5, note: 'x', by: 'reviewer', at: '2026-11-01T00:00:00Z' };
    await refused(file, /has a correction Assay would refuse: Retention after termination must be a whole number of days, 0 or more/);
    const other = await backup();
    other.assessments[0].overrides.soc2 = { value: 'bogus', note: 'x', by: 'reviewer', at: '2026-11-01T00:00:00Z' };
    await refused(other, /SOC 2 must be one of/);
  });
});

describe('defect 4: a backup cannot replace a built-in preset', () => {
  it('restores a rubric with a preset’s id under a fresh id; the active "default" stays the built-in', async () => {
    const file = await backup();
    const generous = { ...DEFAULT_PRESET, criteria: DEFAULT_PRESET.criteria.map((c) => ({ ...c, ...(c.kind === 'table' ? { otherwise: 1 } : {}) })) };
    file.rubrics = [{ id: 'default', name: generous.name, version: 1, json: generous, updatedAt: '2026-11-01T00:00:00Z', schemaVersion: 1 }];
    file.settings = [{ key: 'activeRubricId', value: 'default', schemaVersion: 1 }];
    const plan = await planImport(db, JSON.stringify(file));
    expect(plan.renamed).toEqual([{ from: 'default', to: 'default-2' }]);
    await applyImport(db, plan);
    expect(await db.rubrics.get('default')).toBeUndefined();
    expect((await db.rubrics.get('default-2'))?.json).toMatchObject({ id: 'default-2' });
    expect(await loadActiveRubric(repo.rubrics)).toBe(DEFAULT_PRESET);
  });

  it('refuses rubric JSON the rubric schema refuses, or whose id differs from its record', async () => {
    const file = await backup();
    file.rubrics = [{ id: 'mine', name: 'Mine', version: 1, json: { id: 'mine', name: 'Mine', criteria: [{ field: 'soc2', weight: 2 }] }, updatedAt: '2026-11-01T00:00:00Z', schemaVersion: 1 }];
    await refused(file, /rubric 1 \(“Mine”\) is not a valid rubric: criteria\[0\]/);
    file.rubrics = [{ id: 'mine', name: 'Mine', version: 1, json: { ...DEFAULT_PRESET, id: 'theirs' }, updatedAt: '2026-11-01T00:00:00Z', schemaVersion: 1 }];
    await refused(file, /stored as “mine” but its JSON says “theirs”/);
  });
});

describe('defect 10: odd backups are refused in plain words', () => {
  it('refuses "constructor" and "toString" as values, and never prints Object’s methods for them', async () => {
    for (const v of ['constructor', 'toString']) {
      const file = await backup();
      file.assessments[0].summary.soc2 = { value: v, evidence: ['x'] };
      await refused(file, /has a value Assay never reads: SOC 2 must be one of/);
      expect(formatValue('soc2', v)).toBe(v);
    }
  });

  it('refuses a time that is not an ISO date and time ("9")', async () => {
    const file = await backup();
    file.assessments[0].assessedAt = '9';
    await refused(file, /assessments\[0\]\.assessedAt: expected an ISO date and time/);
  });

  it('refuses evidence that ends before it starts', async () => {
    const file = await backup();
    const claim = Object.values(file.assessments[0].claims)[0] as Json;
    claim.evidence[0].start = 10;
    claim.evidence[0].end = 2;
    await refused(file, /evidence\[0\]\.end: the quote ends before it starts/);
  });

  it('refuses a huge vendor name and a value nested thousands deep, with a plain message', async () => {
    const file = await backup();
    file.vendors[0].name = 'A'.repeat(200_000);
    await refused(file, /holds a text of 200,000 characters; Assay keeps texts up to 100,000/);
    const long = await backup();
    long.vendors[0].name = 'A'.repeat(600);
    await refused(long, /vendors\[0\]\.name: a vendor name is at most 500 characters/);
    const deep = await backup();
    deep.assessments[0].claims.soc2.extra = 'DEEP';
    // 4,500 levels, written out by hand: JSON.stringify itself would overflow the stack.
    await refused(JSON.stringify(deep).replace('"DEEP"', `${'['.repeat(4500)}1${']'.repeat(4500)}`), /nested more than 32 levels deep/);
  });

  it('says "Nothing was changed" once', () => {
    expect(restoreErrorText('This backup lists vendors “a” twice.')).toBe('This backup lists vendors “a” twice. Nothing was changed.');
    const full = 'Assay could not save: the browser’s storage for Assay is full. Nothing was changed. Free space.';
    expect(restoreErrorText('The storage is full. Nothing was changed.')).toBe('The storage is full. Nothing was changed.');
    expect(restoreErrorText(full).match(/Nothing was changed/g)).toHaveLength(1);
  });
});
