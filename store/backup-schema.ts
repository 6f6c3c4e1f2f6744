import { z } from 'zod';
import { SUMMARY_FIELDS } from '../claims/fields';
import { SCHEMA_VERSION, VENDOR_NAME_MAX, VENDOR_NOTE_MAX, VENDOR_TAG_MAX, type AssessmentRecord, type RubricRecord, type SettingRecord, type VendorRecord } from './schema';

/** Bumped when the backup file's layout changes; files of a newer format are refused. */
export const BACKUP_FORMAT_VERSION = 1;
export const BACKUP_FORMAT = 'assay-backup' as const;

// Loose objects: fields a later Assay adds survive a round trip through this one.
// A real ISO 8601 date and time ("2026-11-22T12:00:00.000Z"), as Assay writes: "9" is not one.
const isoTime = z.iso.datetime({ offset: true, error: 'expected an ISO date and time such as 2026-11-22T12:00:00Z' });
const id = z.string().min(1);
const schemaVersion = z.number().int().min(1).max(SCHEMA_VERSION, `made by a newer Assay (record schema above ${SCHEMA_VERSION})`);
const evidence = z
  .looseObject({ quote: z.string(), block: z.number().int().min(0), start: z.number().int().min(0), end: z.number().int().min(0) })
  .refine((e) => e.start <= e.end, { message: 'the quote ends before it starts', path: ['end'] });
const summaryField = z.looseObject({ value: z.unknown(), evidence: z.array(z.string()) });
const claim = z.looseObject({
  field: z.string(),
  value: z.unknown(),
  evidence: z.array(evidence),
  conflicts: z.array(z.looseObject({ value: z.unknown(), evidence: z.array(evidence) })),
  extractor: z.looseObject({ id, version: z.number().int() }),
});

export const vendorSchema = z.looseObject({
  id,
  name: z.string().max(VENDOR_NAME_MAX, `a vendor name is at most ${VENDOR_NAME_MAX} characters`),
  tags: z.array(z.string().max(VENDOR_TAG_MAX, `a tag is at most ${VENDOR_TAG_MAX} characters`)),
  shortlists: z.array(z.string()),
  note: z.string().max(VENDOR_NOTE_MAX, 'a vendor note is at most 20,000 characters').optional(),
  // Routes a reviewer set by merging vendors and moving pages (store/vendor-routes.ts).
  aliases: z.array(id).optional(),
  pages: z.array(z.string().min(1)).optional(),
  createdAt: isoTime,
  schemaVersion,
});

export const assessmentSchema = z.looseObject({
  id,
  vendorId: id,
  url: z.string().min(1),
  title: z.string().nullable(),
  lang: z.string().nullable(),
  assessedAt: isoTime,
  extractorVersions: z.record(z.string(), z.number().int()),
  claims: z.record(z.string(), claim),
  summary: z.object(Object.fromEntries(SUMMARY_FIELDS.map((f) => [f, summaryField]))).catchall(summaryField),
  overrides: z.record(z.string(), z.looseObject({ value: z.unknown(), note: z.string(), by: z.literal('reviewer'), at: isoTime, period: z.string().optional(), auditor: z.string().optional(), scope: z.string().optional(), link: z.string().optional() })),
  rubricId: z.string().nullable(),
  rubricVersion: z.union([z.number(), z.string()]).nullable(),
  // Backups made before scores were computed on read carry a stored score and grade: accepted, never used.
  score: z.number().nullable().optional(),
  grade: z.string().nullable().optional(),
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
