/**
 * Data-layer benchmark for the compare page: N vendors listed, and the CSV of all of them.
 * Runs in Node on fake-indexeddb, which is slower than a browser's IndexedDB, so passing here
 * leaves headroom in the extension.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Claim, Summary } from '../claims/types';
import { AssayDb } from '../store/database';
import { putAssessments } from '../store/heads';
import { listVendors, loadHeads } from '../store/repository';
import { SCHEMA_VERSION, type AssessmentRecord, type VendorRecord } from '../store/schema';
import { buildComparisonCsv, type ComparisonRow } from '../compare/csv';
import { buildVendorView } from '../compare/vendor-view';
import { toComparisonRow } from '../compare/export-row';
import { groupByVendor } from '../assessment/types';
import { DEFAULT_PRESET } from '../rubric/presets';

const SOC2 = ['type2', 'type1', 'compliant', 'planned', 'not_certified', 'not_stated'] as const;
const quote = (i: number, f: string) => `Vendor ${i} says this about ${f}: "we take security seriously", 30 days, TLS 1.2+, AES-256.`;

function summaryFor(i: number): Summary {
  const f = <V>(field: string, value: V) => ({ value, evidence: [quote(i, field)] });
  return {
    soc2: f('soc2', SOC2[i % SOC2.length]!),
    iso27001: f('iso27001', i % 3 ? 'certified' : 'not_stated'),
    dataRegion: f('dataRegion', i % 2 ? ['EU'] : ['US', 'EU']),
    dataCountries: f('dataCountries', ['DE']),
    encryptionAtRest: f('encryptionAtRest', 'AES-256'),
    encryptionInTransit: f('encryptionInTransit', 'TLS1.2'),
    retentionDays: f('retentionDays', 30 + (i % 60)),
    breachNoticeHours: f('breachNoticeHours', i % 4 ? 72 : null),
  };
}

/** N vendors, each with `perVendor` assessments (two pages, readings a day apart), as stored records. */
export function generateData(n: number, perVendor = 2): { vendors: VendorRecord[]; assessments: AssessmentRecord[] } {
  const vendors: VendorRecord[] = [];
  const assessments: AssessmentRecord[] = [];
  for (let i = 0; i < n; i++) {
    const id = `vendor${i}.example`;
    vendors.push({ id, name: `Vendor ${i}`, tags: i % 5 ? [] : ['infra'], shortlists: [], createdAt: new Date(Date.UTC(2026, 0, 1)).toISOString(), schemaVersion: SCHEMA_VERSION });
    for (let k = 0; k < perVendor; k++) {
      const summary = summaryFor(i + k);
      const claims: Record<string, Claim> = Object.fromEntries(
        Object.entries(summary).map(([field, s]) => {
          const q = s.evidence[0]!;
          return [field, { field, value: s.value, evidence: [{ quote: q, block: 3, start: 0, end: q.length }], conflicts: [], extractor: { id: field, version: 1 } }];
        }),
      );
      assessments.push({
        id: `${i}-${k}`,
        vendorId: id,
        url: `https://${k % 2 ? 'trust' : 'www'}.${id}/security`,
        title: `Security | Vendor ${i}`,
        lang: 'en',
        assessedAt: new Date(Date.UTC(2026, 10, 1 + k, 0, 0, i % 60)).toISOString(),
        extractorVersions: Object.fromEntries(Object.keys(summary).map((f) => [f, 1])),
        claims,
        summary,
        overrides: {},
        rubricId: 'default',
        rubricVersion: 1,
        partial: false,
        schemaVersion: SCHEMA_VERSION,
      });
    }
  }
  return { vendors, assessments };
}

/** Comparison rows as the compare page builds them: each vendor's pages merged and scored by the default rubric. */
export function comparisonRows(vendors: VendorRecord[], assessments: readonly AssessmentRecord[]): ComparisonRow[] {
  const byVendor = groupByVendor(assessments);
  return vendors.filter((v) => byVendor.has(v.id)).map((v) => toComparisonRow(buildVendorView(v, byVendor.get(v.id)!, DEFAULT_PRESET)));
}

interface Timing {
  wall: number;
  /** CPU time of this process: close to the uncontended wall time, since fake-indexeddb is plain JS. */
  cpu: number;
}

async function median(runs: number, f: () => Promise<unknown> | unknown): Promise<Timing> {
  await f(); // warm-up: JIT and caches
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    await f();
    wall.push(performance.now() - t);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  const mid = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  return { wall: mid(wall), cpu: mid(cpu) };
}

/** Seeds a fresh fake-indexeddb with N vendors and times listVendors and the CSV; a markdown table. */
export async function runDataBench(n = 1000, runs = 5): Promise<string> {
  const db = new AssayDb({ indexedDB: new IDBFactory(), IDBKeyRange });
  const data = generateData(n);
  await db.transaction('rw', [db.vendors, db.assessments, db.heads], async () => {
    await db.vendors.bulkPut(data.vendors);
    await putAssessments(db, data.assessments);
  });
  let listed = 0;
  const listMs = await median(runs, async () => (listed = (await listVendors(db)).length));
  const headsMs = await median(runs, () => loadHeads(db));
  const fullMs = await median(runs, () => db.assessments.toArray());
  const rows = comparisonRows(data.vendors, data.assessments);
  let bytes = 0;
  const csvMs = await median(runs, () => (bytes = buildComparisonCsv(rows).length));
  db.close();
  const line = (what: string, t: Timing, budget?: number) =>
    `| ${what} | ${t.wall.toFixed(1)} | ${t.cpu.toFixed(1)} | ${budget ?? ''} | ${budget === undefined ? '' : t.wall <= budget ? 'ok' : '**over**'} |`;
  return [
    `Data layer, ${n} vendors × 2 assessments (fake-indexeddb, median of ${runs})`,
    '',
    '| measure | wall ms | CPU ms | budget ms | |',
    '|---|---:|---:|---:|---|',
    line(`listVendors (${listed} vendors)`, listMs, 300),
    line('loadHeads (vendors + assessments without claims, for merging)', headsMs, 300),
    line('for reference: every full assessment, claims included', fullMs),
    line(`comparison CSV (${rows.length} rows, ${(bytes / 1024).toFixed(0)} KB)`, csvMs, 200),
  ].join('\n');
}
