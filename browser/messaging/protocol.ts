import * as z from 'zod/mini';
import { HIGHLIGHT_NAME_PATTERN } from '../highlight-style';

/**
 * Every message between Assay's contexts, defined once: a zod schema for the request and for the reply.
 * Receivers validate both the payload and the sender (see ./receive.ts); anything else is dropped.
 * `zod/mini`, not `zod`: this file is injected into the vendor's tab with the reader, and the classic
 * API cannot be tree-shaken (it added some 60 KB to every injection; see bench/results.md).
 */
export const protocol = {
  /** Popup → content script: scroll to and highlight a verbatim quote on the page. */
  'assay/highlight': {
    request: z.strictObject({ quote: z.string().check(z.minLength(1), z.maxLength(5_000)), name: z.string().check(z.regex(HIGHLIGHT_NAME_PATTERN)) }),
    /** `where`: the quote was found but stays hidden (a panel Assay could not open), and where it is. */
    reply: z.strictObject({ found: z.boolean(), where: z.optional(z.string().check(z.maxLength(300))) }),
  },
  /** Popup → content script: remove Assay's highlight. */
  'assay/clear-highlight': {
    request: z.strictObject({}),
    reply: z.strictObject({ ok: z.literal(true) }),
  },
  /**
   * Popup → background: read the tab the toolbar click allowed (inject the page reader there) and extract its
   * claims, in one request, so the reading starts as the popup opens and the page's blocks go from the tab to
   * the background without passing through the popup. `injectMs` is the injection's wall time, the tab's
   * reading included; a PDF tab's reply (`pdf`) goes back to the popup, where pdf.js can run in a worker.
   */
  'assay/read-tab': {
    request: z.strictObject({ tabId: z.int().check(z.nonnegative()) }),
    reply: z.union([
      z.strictObject({ ok: z.looseObject({ reading: z.unknown(), readMs: z.number() }), injectMs: z.number() }),
      z.strictObject({ pdf: z.unknown(), injectMs: z.number() }),
      z.strictObject({ error: z.string().check(z.maxLength(2_000)) }),
    ]),
  },
  /** Popup → background: wake up and load the extraction code while the tab reads. */
  'assay/warm': {
    request: z.strictObject({}),
    reply: z.strictObject({ ok: z.literal(true) }),
  },
} as const;

export type MessageType = keyof typeof protocol;
export type RequestOf<T extends MessageType> = z.infer<(typeof protocol)[T]['request']>;
export type ReplyOf<T extends MessageType> = z.infer<(typeof protocol)[T]['reply']>;

/** The envelope on the wire. */
export const envelope = z.strictObject({ assay: z.literal(1), type: z.string().check(z.maxLength(64)), data: z.unknown() });
export type Envelope = z.infer<typeof envelope>;

export function isMessageType(type: string): type is MessageType {
  return Object.prototype.hasOwnProperty.call(protocol, type);
}
