import { z } from 'zod';
import type { PageReading } from '../read-active-page';
import { MAX_BLOCK_CHARS } from '../../reader/builder';
import { MAX_LINKS } from '../../reader/links';

// The content script's reply crosses a trust boundary (it ran next to a hostile page): check its shape
// and bounds before any extractor sees it.
const MAX_BLOCKS = 200_000;
const MAX_TEXT = MAX_BLOCK_CHARS;
const text = z.string().max(MAX_TEXT);
const block = z
  .object({
    index: z.number().int().min(0),
    kind: z.enum(['heading', 'question', 'paragraph', 'list-item', 'table-row', 'label-value']),
    text,
    headings: z.array(text).max(64),
    question: text.optional(),
    lead: text.optional(),
    cells: z.array(text).max(512).optional(),
    header: z.array(text).max(512).optional(),
    label: text.optional(),
    value: text.optional(),
    page: z.number().int().min(1).max(100_000).optional(),
  })
  .strict();
const readingSchema = z
  .object({
    page: z
      .object({
        title: z.string().max(2_000).nullable(),
        siteName: z.string().max(2_000).nullable(),
        url: z.string().max(8_192).nullable(),
        lang: z.string().max(64).nullable(),
        blocks: z.array(block).max(MAX_BLOCKS),
        partial: z.boolean(),
      })
      .strict(),
    readMs: z.number().finite().min(0),
    waitedMs: z.number().finite().min(0).max(60_000).optional(),
    unreadableFrames: z.array(z.string().max(2_000)).max(20).optional(),
    signals: z
      .object({
        httpStatus: z.number().int().min(0).max(999).nullable(),
        passwordField: z.boolean(),
        images: z.number().int().min(0).max(10_000),
        pdf: z.boolean(),
      })
      .strict()
      .optional(),
    wantsReadability: z.literal(true).optional(),
    links: z
      .array(z.object({ href: z.string().max(2_000).regex(/^https?:\/\//i), text: z.string().max(200) }).strict())
      .max(MAX_LINKS)
      .optional(),
  })
  .strict();

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

const pdfReply = z.object({ pdf: z.object({ url: z.string().max(8_192), base64: z.string().max(28 * 1024 * 1024) }).strict() }).strict();

/** The tab's reply when it shows a PDF: the PDF's address and bytes (base64); null for any other reply. */
export function parsePdfReply(raw: unknown): { url: string; base64: string } | null {
  if (!raw || typeof raw !== 'object' || !('pdf' in raw)) return null;
  const r = pdfReply.safeParse(raw);
  if (!r.success) throw new Error('The page reader returned something unexpected; nothing was saved.');
  return r.data.pdf;
}
