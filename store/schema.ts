/**
 * What Assay keeps in IndexedDB. Every record carries `schemaVersion` so an old record can be
 * recognised and migrated; every stored claim carries the extractor id and version that made it.
 * Times are ISO 8601 strings (`Date#toISOString()`), which sort correctly as strings and survive JSON.
 */
import type { AssessmentHead, AssessmentRecord, Override } from '../assessment/types';

export type { AssessmentHead, AssessmentRecord, Override };

/** Name of the IndexedDB database. */
export const DB_NAME = 'assay';

/** Version of the record shapes below; stamped on every record written. */
export const SCHEMA_VERSION = 1;

/**
 * Dexie store definitions of version 1. Frozen: a later change gets a new `version(n)` with an
 * upgrade, never an edit here (tests/unit/store/upgrade.test.ts opens a database made with these).
 */
export const STORES_V1 = {
  vendors: 'id, name, createdAt, *tags, *shortlists',
  assessments: 'id, vendorId, url, assessedAt, [vendorId+assessedAt], [url+assessedAt]',
  rubrics: 'id, name',
  settings: 'key',
} as const;

/**
 * Version 2 adds `heads`: each assessment without its claims (a derived copy, rebuilt from
 * assessments by the upgrade and on import), because listing 1,000 vendors or merging their pages
 * must not read every claim and quote. Measured in bench/data.ts.
 */
export const STORES_V2 = {
  heads: 'id, vendorId, [vendorId+assessedAt]',
} as const;

/**
 * Version 3 indexes the routes a reviewer set on vendors (store/vendor-routes.ts): `aliases`, the
 * domains merged into a vendor, and `pages`, the page URLs moved to it. No record changes shape
 * (both fields are optional), so the upgrade has nothing to rewrite.
 */
export const STORES_V3 = {
  vendors: 'id, name, createdAt, *tags, *shortlists, *aliases, *pages',
} as const;

/** Longest vendor name, tag and note Assay stores (the backup checks the same limits). */
export const VENDOR_NAME_MAX = 500;
export const VENDOR_TAG_MAX = 40;
export const VENDOR_NOTE_MAX = 20_000;

/** A vendor: everything Assay read on one registrable domain (see assessment/vendor-domain.ts). */
export interface VendorRecord {
  /** Registrable domain, e.g. "acme.co.uk"; the bare host for localhost and IP addresses. */
  id: string;
  name: string;
  tags: string[];
  /** Names of the reviewer's shortlists this vendor is on. */
  shortlists: string[];
  /** The reviewer's free-text note about the vendor ("" or absent when none). */
  note?: string;
  /** Vendor ids (registrable domains) merged into this one: their pages are filed here from now on. */
  aliases?: string[];
  /** Page URLs (normalised) a reviewer moved here from another vendor: filed here from now on. */
  pages?: string[];
  createdAt: string;
  schemaVersion: number;
}

/** A rubric as opaque JSON; its shape is validated by rubric/, not here. */
export interface RubricRecord {
  id: string;
  name: string;
  version: number | string;
  json: unknown;
  updatedAt: string;
  schemaVersion: number;
}

/** A key/value setting, e.g. `activeRubricId`. */
export interface SettingRecord {
  key: string;
  value: unknown;
  schemaVersion: number;
}

/** Setting key holding the id of the active rubric. */
export const ACTIVE_RUBRIC_KEY = 'activeRubricId';
