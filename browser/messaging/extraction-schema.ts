import * as z from 'zod/mini';
import type { PageReading } from '../read-active-page';
import { MAX_BLOCK_CHARS } from '../../reader/builder';
import { MAX_LINKS } from '../../reader/links';

// The content script's reply crosses a trust boundary (it ran next to a hostile page): check its shape
// and bounds before any extractor sees it.
const MAX_BLOCKS = 200_000;
const MAX_TEXT = MAX_BLOCK_CHARS;
const text = z.string().check(z.maxLength(MAX_TEXT));
const block = z.strictObject({
  index: z.int().check(z.minimum(0)),
  kind: z.enum(['heading', 'question', 'paragraph', 'list-item', 'table-row', 'label-value']),
  text,
  headings: z.array(text).check(z.maxLength(64)),
  question: z.optional(text),
  lead: z.optional(text),
  cells: z.optional(z.array(text).check(z.maxLength(512))),
  header: z.optional(z.array(text).check(z.maxLength(512))),
  label: z.optional(text),
  value: z.optional(text),
  page: z.optional(z.int().check(z.minimum(1), z.maximum(100_000))),
});
// z.number() refuses NaN and ±Infinity itself (classic zod's `.finite()` was a no-op).
const readingSchema = z.strictObject({
  page: z.strictObject({
    title: z.nullable(z.string().check(z.maxLength(2_000))),
    siteName: z.nullable(z.string().check(z.maxLength(2_000))),
    url: z.nullable(z.string().check(z.maxLength(8_192))),
    lang: z.nullable(z.string().check(z.maxLength(64))),
    blocks: z.array(block).check(z.maxLength(MAX_BLOCKS)),
    partial: z.boolean(),
  }),
  readMs: z.number().check(z.minimum(0)),
  waitedMs: z.optional(z.number().check(z.minimum(0), z.maximum(60_000))),
  unreadableFrames: z.optional(z.array(z.string().check(z.maxLength(2_000))).check(z.maxLength(20))),
  signals: z.optional(
    z.strictObject({
      httpStatus: z.nullable(z.int().check(z.minimum(0), z.maximum(999))),
      passwordField: z.boolean(),
      images: z.int().check(z.minimum(0), z.maximum(10_000)),
      pdf: z.boolean(),
    }),
  ),
  wantsReadability: z.optional(z.literal(true)),
  links: z.optional(
    z.array(z.strictObject({ href: z.string().check(z.maxLength(2_000), z.regex(/^https?:\/\//i)), text: z.string().check(z.maxLength(200)) })).check(z.maxLength(MAX_LINKS)),
  ),
});

/**
 * The longest page, as the reader's JSON string (../read-active-page.ts `toWire`), that is parsed at all. The reader
 * stops at its own budget: a 3 MB page of vendor text comes to 5.3 MB of JSON (25,710 blocks), so six times that
 * leaves room for deep heading paths and refuses only a reply no reading of a real page makes.
 */
export const MAX_WIRE_CHARS = 32 * 1024 * 1024;

/** Validates what the content script returned (its page as a JSON string or as an object); throws a readable error otherwise. */
export function parsePageReading(raw: unknown): PageReading {
  if (raw && typeof raw === 'object' && 'error' in raw) throw new Error(String((raw as { error: unknown }).error));
  const r = readingSchema.safeParse(fromWire(raw));
  if (!r.success || r.data.page.blocks.some((b, i) => b.index !== i)) throw new Error('The page reader returned something unexpected; nothing was saved.');
  return r.data as PageReading;
}

/** The reply with its page parsed from the JSON string it crossed as; anything else is returned as it came. */
function fromWire(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object' || typeof (raw as { page?: unknown }).page !== 'string') return raw;
  const wire = (raw as { page: string }).page;
  if (wire.length > MAX_WIRE_CHARS) throw new Error('The page reader returned more than Assay reads; nothing was saved.');
  try {
    return { ...raw, page: JSON.parse(wire) as unknown };
  } catch {
    return null;
  }
}

const pdfReply = z.strictObject({ pdf: z.strictObject({ url: z.string().check(z.maxLength(8_192)), base64: z.string().check(z.maxLength(28 * 1024 * 1024)) }) });

/** The tab's reply when it shows a PDF: the PDF's address and bytes (base64); null for any other reply. */
export function parsePdfReply(raw: unknown): { url: string; base64: string } | null {
  if (!raw || typeof raw !== 'object' || !('pdf' in raw)) return null;
  const r = pdfReply.safeParse(raw);
  if (!r.success) throw new Error('The page reader returned something unexpected; nothing was saved.');
  return r.data.pdf;
}
