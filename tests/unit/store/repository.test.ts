import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AssayDb } from '../../../store/database';
import { NoVendorError } from '../../../store/errors';
import { createRepository, type Repository } from '../../../store/repository';
import { SCHEMA_VERSION } from '../../../store/schema';
import { freshDb, headsInStep, newAssessment, summary } from './helpers';

let db: AssayDb;
let repo: Repository;
beforeEach(() => {
  db = freshDb();
  repo = createRepository(db);
});
// Every write path must keep the derived heads table in step with the assessments.
afterEach(async () => expect(await headsInStep(db)).toBe(true));

describe('saveAssessment, latestFor, historyFor', () => {
  it('files a page under its registrable domain, creating the vendor once', async () => {
    const a = await repo.saveAssessment(newAssessment('https://security.acme.co.uk/#soc2', { assessedAt: '2026-11-01T00:00:00Z' }));
    await repo.saveAssessment(newAssessment('https://www.acme.co.uk/trust', { assessedAt: '2026-11-02T00:00:00Z' }));
    expect(a.vendorId).toBe('acme.co.uk');
    expect(a.url).toBe('https://security.acme.co.uk/');
    expect(a.schemaVersion).toBe(SCHEMA_VERSION);
    expect(a.claims.soc2?.extractor).toEqual({ id: 'soc2', version: 1 });
    expect(a.extractorVersions).toEqual({ soc2: 1 });
    expect(await db.vendors.count()).toBe(1);
    expect(await repo.getVendor('acme.co.uk')).toMatchObject({ name: 'Acme', tags: [], shortlists: [], schemaVersion: SCHEMA_VERSION });
  });

  it('latestFor gives the newest reading of a page, fragment ignored', async () => {
    const url = 'https://acme.com/security';
    await repo.saveAssessment(newAssessment(url, { assessedAt: '2026-11-03T00:00:00Z' }));
    await repo.saveAssessment(newAssessment(url, { assessedAt: '2026-11-05T00:00:00Z' }));
    await repo.saveAssessment(newAssessment(url, { assessedAt: '2026-11-04T00:00:00Z' }));
    await repo.saveAssessment(newAssessment('https://acme.com/other', { assessedAt: '2026-11-09T00:00:00Z' }));
    expect((await repo.latestFor(url + '#x'))?.assessedAt).toBe('2026-11-05T00:00:00.000Z');
    expect(await repo.latestFor('https://nobody.example/')).toBeUndefined();
  });

  it('historyFor lists a vendor’s readings newest first, optionally one page', async () => {
    for (const [url, day] of [['https://acme.com/a', 1], ['https://acme.com/b', 2], ['https://acme.com/a', 3]] as const) {
      await repo.saveAssessment(newAssessment(url, { assessedAt: `2026-11-0${day}T00:00:00Z` }));
    }
    await repo.saveAssessment(newAssessment('https://beta.io/', { assessedAt: '2026-11-04T00:00:00Z' }));
    expect((await repo.historyFor('acme.com')).map((a) => [a.url, a.assessedAt.slice(0, 10)])).toEqual([
      ['https://acme.com/a', '2026-11-03'],
      ['https://acme.com/b', '2026-11-02'],
      ['https://acme.com/a', '2026-11-01'],
    ]);
    expect(await repo.historyFor('acme.com', 'https://acme.com/a')).toHaveLength(2);
  });

  it('refuses a page with no vendor, and a claim without its extractor', async () => {
    await expect(repo.saveAssessment(newAssessment('file:///tmp/acme.html'))).rejects.toBeInstanceOf(NoVendorError);
    const bad = newAssessment('https://acme.com/');
    (bad.extraction.claims.soc2 as { extractor?: unknown }).extractor = undefined;
    await expect(repo.saveAssessment(bad)).rejects.toThrow(/extractor id and version/);
    expect(await db.assessments.count()).toBe(0);
  });
});

describe('listVendors', () => {
  it('gives each vendor its newest reading and time, and its pages', async () => {
    await repo.saveAssessment(newAssessment('https://acme.com/a', { assessedAt: '2026-11-01T00:00:00Z' }));
    await repo.saveAssessment(newAssessment('https://trust.acme.com/', { assessedAt: '2026-11-02T00:00:00Z' }));
    await repo.saveAssessment(newAssessment('https://beta.io/', { assessedAt: '2026-11-01T00:00:00Z', siteName: 'Beta' }));
    const list = await repo.listVendors();
    expect(list.map((v) => [v.id, v.latest?.url, v.latest?.assessedAt, v.urls, v.assessmentCount])).toEqual([
      ['acme.com', 'https://trust.acme.com/', '2026-11-02T00:00:00.000Z', ['https://trust.acme.com/', 'https://acme.com/a'], 2],
      ['beta.io', 'https://beta.io/', '2026-11-01T00:00:00.000Z', ['https://beta.io/'], 1],
    ]);
  });
});

describe('overrides', () => {
  it('marks the reviewer’s value with a note and time, and can clear it', async () => {
    const a = await repo.saveAssessment(newAssessment('https://acme.com/'));
    const o = await repo.setOverride(a.id, 'soc2', { value: 'type2', note: 'Saw the report' });
    expect(o.overrides.soc2).toMatchObject({ value: 'type2', note: 'Saw the report', by: 'reviewer' });
    expect(Date.parse(o.overrides.soc2!.at)).not.toBeNaN();
    expect(o.summary.soc2.value).toBe('planned');
    expect((await repo.clearOverride(a.id, 'soc2')).overrides).toEqual({});
  });

  it('stores no score: what is shown is always computed from claims, overrides and the rubric', async () => {
    const a = await repo.saveAssessment(newAssessment('https://acme.com/'));
    await repo.setOverride(a.id, 'soc2', { value: 'type2', note: '' });
    const stored = await repo.getAssessment(a.id);
    expect(stored).not.toHaveProperty('score');
    expect(stored).not.toHaveProperty('grade');
    expect((await repo.listVendors())[0]?.latest).not.toHaveProperty('score');
  });

  it('carries overrides into a new reading as they were', async () => {
    const first = await repo.saveAssessment(newAssessment('https://acme.com/'));
    const { overrides } = await repo.setOverride(first.id, 'soc2', { value: 'type2', note: 'report seen' });
    const again = await repo.saveAssessment(newAssessment('https://acme.com/', { overrides }));
    expect(again.overrides).toEqual(overrides);
    await expect(repo.saveAssessment(newAssessment('https://acme.com/', { overrides: { soc2: { ...overrides.soc2!, value: 'x' } } }))).rejects.toThrow(/SOC 2 must be one of/);
  });

  it('rejects a value that does not fit the field, and a missing assessment', async () => {
    const a = await repo.saveAssessment(newAssessment('https://acme.com/'));
    await expect(repo.setOverride(a.id, 'soc2', { value: 'typeII' })).rejects.toThrow(/SOC 2 must be one of: Type II, Type I/);
    await expect(repo.setOverride('nope', 'soc2', { value: 'type2' })).rejects.toThrow(/No assessment/);
  });
});

describe('deletes', () => {
  it('deletes a vendor with its assessments, and restore puts them back exactly', async () => {
    await repo.saveAssessment(newAssessment('https://acme.com/a'));
    const kept = await repo.saveAssessment(newAssessment('https://acme.com/b'));
    await repo.setOverride(kept.id, 'soc2', { value: 'type1', note: '' });
    await repo.saveAssessment(newAssessment('https://beta.io/'));
    const before = { v: await db.vendors.toArray(), a: await db.assessments.toArray() };
    const deleted = await repo.deleteVendor('acme.com');
    expect(deleted.vendors.map((v) => v.id)).toEqual(['acme.com']);
    expect(deleted.assessments).toHaveLength(2);
    expect((await repo.listVendors()).map((v) => v.id)).toEqual(['beta.io']);
    await repo.restore(deleted);
    expect({ v: await db.vendors.toArray(), a: await db.assessments.toArray() }).toEqual(before);
  });

  it('deletes one assessment and restores it', async () => {
    const a = await repo.saveAssessment(newAssessment('https://acme.com/a', { summary: summary() }));
    const deleted = await repo.deleteAssessment(a.id);
    expect(await repo.latestFor('https://acme.com/a')).toBeUndefined();
    expect(await repo.getVendor('acme.com')).toBeDefined();
    await repo.restore(deleted);
    expect(await repo.latestFor('https://acme.com/a')).toEqual(a);
  });

  it('deleteAll empties every table', async () => {
    await repo.saveAssessment(newAssessment('https://acme.com/a'));
    await repo.rubrics.put({ id: 'mine', name: 'Mine', version: 1 });
    await repo.rubrics.setActive('mine');
    expect(await repo.deleteAll()).toEqual({ vendors: 1, assessments: 1, rubrics: 1, settings: 1 });
    expect(await Promise.all([db.vendors.count(), db.assessments.count(), db.rubrics.count(), db.settings.count()])).toEqual([0, 0, 0, 0]);
  });
});

describe('rubric store', () => {
  it('keeps rubrics as opaque JSON and tracks the active one', async () => {
    const r = { id: 'strict', name: 'Strict', version: 2, criteria: [{ field: 'soc2', weight: 3 }] };
    await repo.rubrics.put(r);
    await repo.rubrics.put({ id: 'easy', name: 'Easy', version: 1 });
    expect(await repo.rubrics.get('strict')).toEqual(r);
    expect((await repo.rubrics.list()).map((x) => x.id)).toEqual(['easy', 'strict']);
    expect(await repo.rubrics.getActive()).toBeUndefined();
    await repo.rubrics.setActive('strict');
    expect(await repo.rubrics.getActive()).toEqual(r);
    await repo.rubrics.setActive('preset:default');
    expect(await repo.rubrics.getActiveId()).toBe('preset:default');
    expect(await repo.rubrics.getActive()).toBeUndefined();
    await repo.rubrics.setActive('strict');
    await repo.rubrics.delete('strict');
    expect(await repo.rubrics.getActiveId()).toBeNull();
  });
});

describe('updateVendor', () => {
  it('renames, tags and shortlists', async () => {
    await repo.saveAssessment(newAssessment('https://acme.com/'));
    await repo.updateVendor('acme.com', { name: 'ACME Corp', tags: ['hosting'], shortlists: ['Q4'] });
    expect(await repo.getVendor('acme.com')).toMatchObject({ name: 'ACME Corp', tags: ['hosting'], shortlists: ['Q4'] });
    expect(await db.vendors.where('shortlists').equals('Q4').primaryKeys()).toEqual(['acme.com']);
  });
});
