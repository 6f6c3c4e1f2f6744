import { parsePageReading } from './messaging/extraction-schema';
import { extractPage } from '../claims/pipeline';
import { couldNotRead } from '../reader/readable';
import { PAGE_BUDGET_MS } from './budget';
import type { Extraction, Page } from '../claims/types';
import type { Unreadable } from '../reader/readable';
import type { PageLink } from '../reader/links';

/** What the reading saw besides claims: why the page could not be read, frames it could not read, the wait. */
export interface ReadNotes {
  /** Set when the page is not the vendor's content (empty, error page, login wall, PDF, foreign frame). */
  unreadable: Unreadable | null;
  /** Addresses of frames of another site that Assay may not read. */
  unreadableFrames: string[];
  /** How long Assay waited for the page to settle. */
  waitedMs: number;
  /** Links on the page that name a related topic (not yet narrowed to the vendor's site). */
  links?: PageLink[];
}

/** An extraction with what the reading noticed; `reading` is absent only in tests' fakes. */
export type Reading = Extraction & { reading?: ReadNotes };

/** What extraction hands back to the popup: the reading, and how long the tab spent reading. */
export type ExtractedReading = {
  reading: Reading;
  readMs: number;
};

/** Every claim of a page read in `readMs`, within what is left of the page budget; without the pipeline's diagnostics. */
export function extractWithinBudget(page: Page, readMs: number): Extraction {
  const deadline = performance.now() + Math.max(0, PAGE_BUDGET_MS - readMs);
  const { errors: _errors, unread: _unread, ...extraction } = extractPage(page, undefined, readMs, { deadline });
  return extraction;
}

/**
 * Checks the page reader's reply (it ran next to a hostile page) and extracts every claim from it, within
 * what is left of the page budget. Runs in the background (./background-extract.ts), or in the popup itself
 * when the background cannot answer. Throws a readable error for a reply that is not a reading.
 */
export function extractReading(raw: unknown): ExtractedReading {
  const reading = parsePageReading(raw);
  const extraction = extractWithinBudget(reading.page, reading.readMs);
  const unreadableFrames = reading.unreadableFrames ?? [];
  const notes = { unreadable: couldNotRead(reading.page, reading.signals ?? null, unreadableFrames), unreadableFrames, waitedMs: reading.waitedMs ?? 0, links: reading.links ?? [] };
  return { reading: { ...extraction, reading: notes }, readMs: reading.readMs };
}
