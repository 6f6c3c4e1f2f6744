/**
 * The extraction contract shared by the content script, the CLI, the popup and the tests.
 * Everything in extractors/ is pure: no `browser`, no Dexie, no React.
 */

/** What a block is, structurally. */
export type BlockKind =
  | 'heading' // a heading (h1–h6, markdown #, or a short title-like line)
  | 'question' // a FAQ question (a heading or bold line ending in "?")
  | 'paragraph'
  | 'list-item'
  | 'table-row' // one body row of a table; `cells` and `header` are set
  | 'label-value'; // a label/value pair (dt/dd, "Label" line then value line, flattened "Label Value")

/** One unit of page text that remembers where it sits. */
export interface Block {
  /** Position in Page.blocks (0-based). */
  index: number;
  kind: BlockKind;
  /** The block's text, whitespace collapsed to single spaces and trimmed; verbatim otherwise. */
  text: string;
  /** Heading path above the block, outermost first (excluding the block itself). */
  headings: string[];
  /** For an answer block: the FAQ question it answers (text of the question block). */
  question?: string;
  /** For a list item: the lead-in sentence/paragraph the list hangs from. */
  lead?: string;
  /** For a table row: its cell texts, and the header cell texts when the table has a header. */
  cells?: string[];
  header?: string[];
  /** For a label-value block: the label part (text = "label value" as it stands on the page). */
  label?: string;
  /** For a label-value block: the value part. */
  value?: string;
  /** For a block read from a PDF: its page number (1-based), so a quote can cite its page. */
  page?: number;
}

/** A page read into blocks. */
export interface Page {
  title: string | null;
  siteName: string | null;
  url: string | null;
  /** Declared or detected language, e.g. "en"; null when unknown. */
  lang: string | null;
  blocks: Block[];
  /** True when a size or time budget stopped reading before the end of the page. */
  partial: boolean;
}

/** Where a value came from: a verbatim quote and its offsets within one block's text. */
export interface Evidence {
  quote: string;
  block: number;
  /** Offsets into Page.blocks[block].text: text.slice(start, end) === quote. */
  start: number;
  end: number;
  /** The PDF page the quote is on, when the page was read from a PDF. */
  page?: number;
}

/** One reading of a field from one place on the page, before resolution. */
export interface Candidate<V = unknown> {
  field: string;
  value: V;
  evidence: Evidence;
  /** 0..1: how directly the text states it (a label/value or FAQ answer on point is high). */
  confidence: number;
  /** Why this reading was made, for the explain view (e.g. "FAQ answer 'Not yet.' to a SOC 2 question"). */
  reason?: string;
  /** How explicit the reading is (see `Strength`); when absent the pipeline derives it from the quote's block. */
  strength?: Strength;
}

/**
 * How explicit a reading is, for merging a vendor's pages (docs/DATA.md): 3 the vendor's own statement in a
 * sentence or a FAQ answer, 2 a listing (list item, table row, label), 1 a bare heading or badge.
 */
export type Strength = 1 | 2 | 3;

export interface ExtractorMeta {
  /** Equals the file name without extension: extractors/soc2.ts -> "soc2". */
  id: string;
  /** The claim field it fills (see FIELDS.md and docs/fields.md). */
  field: string;
  /** Bumped whenever the extractor's behaviour changes, so stored claims can be recomputed. */
  version: number;
  description: string;
}

export interface Extractor<V = unknown> {
  meta: ExtractorMeta;
  extract(page: Page): Candidate<V>[];
}

/** A resolved field: one value, every supporting quote, and any conflicting readings. */
export interface Claim<V = unknown> {
  field: string;
  value: V;
  evidence: Evidence[];
  /** Other values that were also read for this field (e.g. two retention windows). */
  conflicts: { value: V; evidence: Evidence[] }[];
  extractor: { id: string; version: number };
  reason?: string;
  /** The strongest reading behind `value` (absent on claims stored before strengths were recorded). */
  strength?: Strength;
}

/** The eight summary fields of FIELDS.md. */
export type Soc2Value = 'type2' | 'type1' | 'compliant' | 'planned' | 'not_certified' | 'not_stated';
export type IsoValue = 'certified' | 'planned' | 'not_certified' | 'not_stated';
export type RegionCode = 'EU' | 'US' | 'UK' | 'CA' | 'AU' | 'APAC' | 'CH' | 'IN' | 'JP' | 'BR' | 'GLOBAL';
export type AtRestValue = 'AES-256' | 'stated' | 'not_stated';
export type InTransitValue = 'TLS1.3' | 'TLS1.2' | 'stated' | 'not_stated';

export interface SummaryField<V> {
  value: V;
  evidence: string[];
  /** How explicit the page is about a stated value (claims/types.ts `Strength`); absent when not stated or stored before it was recorded. */
  strength?: Strength;
}

/** The normalised summary every consumer agrees on (CLI JSON, CSV, UI). Extra fields are welcome. */
export interface Summary {
  soc2: SummaryField<Soc2Value>;
  iso27001: SummaryField<IsoValue>;
  dataRegion: SummaryField<RegionCode[]>;
  dataCountries: SummaryField<string[]>;
  encryptionAtRest: SummaryField<AtRestValue>;
  encryptionInTransit: SummaryField<InTransitValue>;
  retentionDays: SummaryField<number | null>;
  breachNoticeHours: SummaryField<number | null>;
  [extra: string]: SummaryField<unknown>;
}

/** A reviewer's correction of one field: it wins over the value read from the page. */
export interface Override {
  value: unknown;
  /** The reviewer's note ("SOC 2 Type II report seen under NDA, period to 2026-03"); may be empty. */
  note: string;
  /** Always "reviewer": marks the value as a person's, not the page's. */
  by: 'reviewer';
  /** When the reviewer set it (ISO 8601). */
  at: string;
  /** Evidence details the reviewer recorded (all optional; older overrides have none). */
  /** The SOC 2 report's period or date as the reviewer wrote it ("2026-01-01/2026-12-31", "Jan–Dec 2026"). */
  period?: string;
  /** The SOC 2 auditor. */
  auditor?: string;
  /** The ISO 27001 certificate's scope. */
  scope?: string;
  /** A link to the evidence: an http(s) URL (assessment/overrides.ts checks it). */
  link?: string;
}

/** The evidence details a correction may carry. */
export type OverrideDetails = Pick<Override, 'period' | 'auditor' | 'scope' | 'link'>;

/** What one run of the pipeline on one page produces. */
export interface Extraction {
  vendor: string | null;
  title: string | null;
  url: string | null;
  lang: string | null;
  partial: boolean;
  claims: Record<string, Claim>;
  summary: Summary;
  /** Extractor ids and versions that made this extraction. */
  extractors: Record<string, number>;
  /** Milliseconds spent reading and extracting; `readability` is Readability's share of `read`, when it ran. */
  timings: { read: number; extract: number; readability?: number };
  /** How much text was read: no blocks means the page had no readable text (empty, images only). */
  stats?: { blocks: number; chars: number };
}
