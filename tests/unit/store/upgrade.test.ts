import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createRepository } from '../../../store/repository';
import { freshDb, summary } from './helpers';

// Version 1 as first shipped, copied here on purpose: if schema.ts ever edits it in place instead
// of adding version(2) with an upgrade, this database stops opening.
const V1 = {
  vendors: 'id, name, createdAt, *tags, *shortlists',
  assessments: 'id, vendorId, url, assessedAt, [vendorId+assessedAt], [url+assessedAt]',
  rubrics: 'id, name',
  settings: 'key',
};

const vendor = { id: 'acme.com', name: 'Acme', tags: ['saas'], shortlists: ['Q4'], createdAt: '2026-01-01T00:00:00.000Z', schemaVersion: 1 };
const assessment = {
  id: '7d0c8a3e-0000-4000-8000-000000000001',
  vendorId: 'acme.com',
  url: 'https://acme.com/security',
  title: 'Security | Acme',
  lang: 'en',
  assessedAt: '2026-01-02T00:00:00.000Z',
  extractorVersions: { soc2: 1 },
  claims: { soc2: { field: 'soc2', value: 'planned', evidence: [{ quote: 'We plan a SOC 2 audit in 2027.', block: 3, start: 0, end: 30 }], conflicts: [], extractor: { id: 'soc2', version: 1 } } },
  summary: summary(),
  overrides: { retentionDays: { value: 90, note: 'DPA says 90', by: 'reviewer', at: '2026-01-03T00:00:00.000Z' } },
  rubricId: 'default',
  rubricVersion: 1,
  score: 61,
  grade: 'C',
  partial: false,
  schemaVersion: 1,
};

describe('a database made by version 1', () => {
  // The whole upgrade path from v1 to the current version runs here.
  it('opens with the current code and keeps every record as it was', async () => {
    const factory = new IDBFactory();
    const old = new Dexie('assay', { indexedDB: factory, IDBKeyRange });
    old.version(1).stores(V1);
    await old.table('vendors').put(vendor);
    await old.table('assessments').put(assessment);
    await old.table('rubrics').put({ id: 'mine', name: 'Mine', version: 1, json: { id: 'mine', name: 'Mine' }, updatedAt: '2026-01-01T00:00:00.000Z', schemaVersion: 1 });
    await old.table('settings').put({ key: 'activeRubricId', value: 'mine', schemaVersion: 1 });
    old.close();

    const db = freshDb(factory);
    const repo = createRepository(db);
    expect(await repo.getVendor('acme.com')).toEqual(vendor);
    expect(await repo.latestFor('https://acme.com/security')).toEqual(assessment);
    expect(await repo.historyFor('acme.com')).toEqual([assessment]);
    expect((await repo.listVendors())[0]?.latest?.assessmentId).toBe(assessment.id);
    expect(await repo.rubrics.getActive()).toEqual({ id: 'mine', name: 'Mine' });
    expect(db.verno).toBe(3);
    // Version 2's upgrade derived the heads from the stored assessments.
    const { claims: _claims, ...head } = assessment;
    expect(await db.heads.toArray()).toEqual([head]);
    expect((await repo.loadHeads()).heads).toEqual([head]);
    db.close();
  });

  it('gains the vendor route indexes of version 3: a domain merged or a page moved after the upgrade is filed by them', async () => {
    const factory = new IDBFactory();
    const old = new Dexie('assay', { indexedDB: factory, IDBKeyRange });
    old.version(1).stores(V1);
    old.version(2).stores({ heads: 'id, vendorId, [vendorId+assessedAt]' });
    await old.table('vendors').bulkPut([vendor, { ...vendor, id: 'acme-mail.com', name: 'Acme Mail' }]);
    await old.table('assessments').put({ ...assessment, vendorId: 'acme-mail.com', url: 'https://acme-mail.com/security' });
    old.close();

    const db = freshDb(factory);
    const repo = createRepository(db);
    await repo.mergeVendors('acme.com', 'acme-mail.com');
    expect(await db.vendors.where('aliases').equals('acme-mail.com').primaryKeys()).toEqual(['acme.com']);
    expect((await repo.historyFor('acme.com')).map((a) => a.url)).toEqual(['https://acme-mail.com/security']);
    db.close();
  });
});
