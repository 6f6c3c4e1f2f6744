import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { StorageFullError } from '../../../store/errors';
import { createRepository } from '../../../store/repository';
import { freshDb, newAssessment } from './helpers';

describe('two windows writing at once', () => {
  it('keeps every override when both edit the same assessment', async () => {
    const factory = new IDBFactory();
    const a = createRepository(freshDb(factory));
    const b = createRepository(freshDb(factory));
    const saved = await a.saveAssessment(newAssessment('https://acme.com/'));
    const fields = Array.from({ length: 20 }, (_, i) => `extra${i}`);
    await Promise.all(fields.map((f, i) => (i % 2 ? a : b).setOverride(saved.id, f, { value: i, note: f })));
    const stored = await b.getAssessment(saved.id);
    expect(Object.keys(stored!.overrides).sort()).toEqual([...fields].sort());
  });

  it('files two first readings of one vendor under one vendor, keeping both', async () => {
    const factory = new IDBFactory();
    const a = createRepository(freshDb(factory));
    const b = createRepository(freshDb(factory));
    await Promise.all([a.saveAssessment(newAssessment('https://acme.com/a')), b.saveAssessment(newAssessment('https://trust.acme.com/'))]);
    const list = await a.listVendors();
    expect(list).toHaveLength(1);
    expect(list[0]!.assessmentCount).toBe(2);
  });
});

describe('a full disk', () => {
  const quota = () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  };

  it('surfaces as StorageFullError and leaves the database as it was', async () => {
    const db = freshDb();
    const repo = createRepository(db);
    const first = await repo.saveAssessment(newAssessment('https://acme.com/'));
    await repo.setOverride(first.id, 'soc2', { value: 'type1', note: 'kept' });
    const before = { v: await db.vendors.toArray(), a: await db.assessments.toArray() };

    const spy = vi.spyOn(db.assessments, 'put').mockImplementation(quota);
    const err = await repo.saveAssessment(newAssessment('https://beta.io/')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StorageFullError);
    expect((err as Error).message).toMatch(/storage for Assay is full. Nothing was changed/);
    await expect(repo.setOverride(first.id, 'soc2', { value: 'type2', note: 'lost' })).rejects.toBeInstanceOf(StorageFullError);
    spy.mockImplementation(() => Promise.reject(new DOMException('Quota', 'QuotaExceededError')) as never);
    await expect(repo.saveAssessment(newAssessment('https://gamma.io/'))).rejects.toBeInstanceOf(StorageFullError);
    spy.mockRestore();

    expect({ v: await db.vendors.toArray(), a: await db.assessments.toArray() }).toEqual(before);
    expect((await db.heads.get(first.id))?.overrides.soc2?.note).toBe('kept');
  });

  it('lets other errors through unchanged', async () => {
    const db = freshDb();
    const repo = createRepository(db);
    vi.spyOn(db.assessments, 'put').mockImplementation(() => {
      throw new TypeError('boom');
    });
    await expect(repo.saveAssessment(newAssessment('https://acme.com/'))).rejects.toThrow('boom');
  });
});
