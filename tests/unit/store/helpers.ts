import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Claim, Extraction, Summary } from '../../../claims/types';
import { AssayDb } from '../../../store/database';
import type { NewAssessment } from '../../../store/repository';

/** A database on its own in-memory IndexedDB; pass the same factory twice for two windows. */
export function freshDb(factory: IDBFactory = new IDBFactory()): AssayDb {
  return new AssayDb({ indexedDB: factory, IDBKeyRange });
}

export function summary(over: Partial<Summary> = {}): Summary {
  return {
    soc2: { value: 'planned', evidence: ['We plan a SOC 2 audit in 2027.'] },
    iso27001: { value: 'not_stated', evidence: [] },
    dataRegion: { value: ['EU'], evidence: ['Data is stored in the EU.'] },
    dataCountries: { value: [], evidence: [] },
    encryptionAtRest: { value: 'AES-256', evidence: ['AES-256 at rest.'] },
    encryptionInTransit: { value: 'TLS1.2', evidence: ['TLS 1.2 or higher.'] },
    retentionDays: { value: 30, evidence: ['Deleted within 30 days.'] },
    breachNoticeHours: { value: null, evidence: [] },
    ...over,
  };
}

const claim = (field: string, value: unknown, quote: string): Claim => ({
  field,
  value,
  evidence: [{ quote, block: 0, start: 0, end: quote.length }],
  conflicts: [],
  extractor: { id: field, version: 1 },
});

export function newAssessment(url: string, over: Partial<NewAssessment> & { summary?: Summary } = {}): NewAssessment {
  const s = over.summary ?? summary();
  const extraction: Extraction = {
    vendor: null,
    title: 'Security | Acme',
    url,
    lang: 'en',
    partial: false,
    claims: { soc2: claim('soc2', s.soc2.value, s.soc2.evidence[0] ?? 'SOC 2') },
    summary: s,
    extractors: { soc2: 1 },
    timings: { read: 1, extract: 1 },
  };
  return { extraction, rubric: { id: 'default', version: 1 }, ...over };
}

/** Fails unless `heads` holds exactly each assessment minus its claims. */
export async function headsInStep(db: AssayDb): Promise<boolean> {
  const all = await db.assessments.toArray();
  const heads = await db.heads.toArray();
  const expected = all.map(({ claims: _claims, ...head }) => head);
  return JSON.stringify(heads) === JSON.stringify(expected);
}
