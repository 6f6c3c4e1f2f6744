import { z } from 'zod';
import type { Extraction } from '../../claims/types';

// The content script's reply crosses a trust boundary (it ran next to a hostile page): check its shape.
const evidence = z.object({ quote: z.string(), block: z.number(), start: z.number(), end: z.number() });
const claim = z.object({ field: z.string(), value: z.unknown(), evidence: z.array(evidence), conflicts: z.array(z.unknown()), extractor: z.object({ id: z.string(), version: z.number() }) }).loose();
const extractionSchema = z
  .object({
    vendor: z.string().nullable(),
    title: z.string().nullable(),
    url: z.string().nullable(),
    lang: z.string().nullable(),
    partial: z.boolean(),
    claims: z.record(z.string(), claim),
    summary: z.record(z.string(), z.object({ value: z.unknown(), evidence: z.array(z.string()) })),
    extractors: z.record(z.string(), z.number()),
    timings: z.object({ read: z.number(), extract: z.number() }),
  })
  .loose();

/** Validates what the content script returned; throws a readable error otherwise. */
export function parseExtraction(raw: unknown): Extraction {
  if (raw && typeof raw === 'object' && 'error' in raw) throw new Error(String((raw as { error: unknown }).error));
  const r = extractionSchema.safeParse(raw);
  if (!r.success) throw new Error('The page reader returned something unexpected; nothing was saved.');
  return r.data as unknown as Extraction;
}
