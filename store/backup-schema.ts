import * as z from 'zod/mini';
import '../rubric/zod-english';
import { SUMMARY_FIELDS } from '../claims/fields';
import { SCHEMA_VERSION, VENDOR_NAME_MAX, VENDOR_NOTE_MAX, VENDOR_TAG_MAX, type AssessmentRecord, type RubricRecord, type SettingRecord, type VendorRecord } from './schema';

/** Bumped when the backup file's layout changes; files of a newer format are refused. */
export const BACKUP_FORMAT_VERSION = 1;
export const BACKUP_FORMAT = 'assay-backup' as const;

// Loose objects: fields a later Assay adds survive a round trip through this one.
// A real ISO 8601 date and time ("2026-11-22T12:00:00.000Z"), as Assay writes: "9" is not one.
const isoTime = z.iso.datetime({ offset: true, error: 'expected an ISO date and time such as 2026-11-22T12:00:00Z' });
const id = z.string().check(z.minLength(1));
const schemaVersion = z.int().check(z.minimum(1), z.maximum(SCHEMA_VERSION, `made by a newer Assay (record schema above ${SCHEMA_VERSION})`));
const evidence = z
  .looseObject({ quote: z.string(), block: z.int().check(z.minimum(0)), start: z.int().check(z.minimum(0)), end: z.int().check(z.minimum(0)) })
  .check(z.refine((e) => e.start <= e.end, { message: 'the quote ends before it starts', path: ['end'] }));
const summaryField = z.looseObject({ value: z.unknown(), evidence: z.array(z.string()) });
const claim = z.looseObject({
  field: z.string(),
  value: z.unknown(),
  evidence: z.array(evidence),
  conflicts: z.array(z.looseObject({ value: z.unknown(), evidence: z.array(evidence) })),
  extractor: z.looseObject({ id, version: z.int() }),
});

export const vendorSchema = z.looseObject({
  id,
  name: z.string().check(z.maxLength(VENDOR_NAME_MAX, `a vendor name is at most ${VENDOR_NAME_MAX} characters`)),
  tags: z.array(z.string().check(z.maxLength(VENDOR_TAG_MAX, `a tag is at most ${VENDOR_TAG_MAX} characters`))),
  shortlists: z.array(z.string()),
  note: z.optional(z.string().check(z.maxLength(VENDOR_NOTE_MAX, 'a vendor note is at most 20,000 characters'))),
  // Routes a reviewer set by merging vendors and moving pages (store/vendor-routes.ts).
  aliases: z.optional(z.array(id)),
  pages: z.optional(z.array(z.string().check(z.minLength(1)))),
  createdAt: isoTime,
  schemaVersion,
});

export const assessmentSchema = z.looseObject({
  id,
  vendorId: id,
  url: z.string().check(z.minLength(1)),
  title: z.nullable(z.string()),
  lang: z.nullable(z.string()),
  assessedAt: isoTime,
  extractorVersions: z.record(z.string(), z.int()),
  claims: z.record(z.string(), claim),
  summary: z.catchall(z.object(Object.fromEntries(SUMMARY_FIELDS.map((f) => [f, summaryField]))), summaryField),
  overrides: z.record(z.string(), z.looseObject({ value: z.unknown(), note: z.string(), by: z.literal('reviewer'), at: isoTime, period: z.optional(z.string()), auditor: z.optional(z.string()), scope: z.optional(z.string()), link: z.optional(z.string()) })),
  rubricId: z.nullable(z.string()),
  rubricVersion: z.nullable(z.union([z.number(), z.string()])),
  // Backups made before scores were computed on read carry a stored score and grade: accepted, never used.
  score: z.optional(z.nullable(z.number())),
  grade: z.optional(z.nullable(z.string())),
  partial: z.boolean(),
  schemaVersion,
});

export const rubricSchema = z.looseObject({ id, name: z.string(), version: z.union([z.number(), z.string()]), json: z.unknown(), updatedAt: isoTime, schemaVersion });
export const settingSchema = z.looseObject({ key: id, value: z.unknown(), schemaVersion });

export const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.literal(BACKUP_FORMAT_VERSION),
  exportedAt: isoTime,
  vendors: z.array(vendorSchema),
  assessments: z.array(assessmentSchema),
  rubrics: z.array(rubricSchema),
  settings: z.array(settingSchema),
});

/** A backup file: every table as stored, plus the format and when it was made. */
export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  formatVersion: typeof BACKUP_FORMAT_VERSION;
  exportedAt: string;
  vendors: VendorRecord[];
  assessments: AssessmentRecord[];
  rubrics: RubricRecord[];
  settings: SettingRecord[];
}
