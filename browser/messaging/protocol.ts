import { z } from 'zod';
import { HIGHLIGHT_NAME_PATTERN } from '../highlight-style';

/**
 * Every message between Assay's contexts, defined once: a zod schema for the request and for the reply.
 * Receivers validate both the payload and the sender (see ./receive.ts); anything else is dropped.
 */
export const protocol = {
  /** Popup → content script: scroll to and highlight a verbatim quote on the page. */
  'assay/highlight': {
    request: z.object({ quote: z.string().min(1).max(5_000), name: z.string().regex(HIGHLIGHT_NAME_PATTERN) }).strict(),
    /** `where`: the quote was found but stays hidden (a panel Assay could not open), and where it is. */
    reply: z.object({ found: z.boolean(), where: z.string().max(300).optional() }).strict(),
  },
  /** Popup → content script: remove Assay's highlight. */
  'assay/clear-highlight': {
    request: z.object({}).strict(),
    reply: z.object({ ok: z.literal(true) }).strict(),
  },
} as const;

export type MessageType = keyof typeof protocol;
export type RequestOf<T extends MessageType> = z.infer<(typeof protocol)[T]['request']>;
export type ReplyOf<T extends MessageType> = z.infer<(typeof protocol)[T]['reply']>;

/** The envelope on the wire. */
export const envelope = z.object({ assay: z.literal(1), type: z.string().max(64), data: z.unknown() }).strict();
export type Envelope = z.infer<typeof envelope>;

export function isMessageType(type: string): type is MessageType {
  return Object.prototype.hasOwnProperty.call(protocol, type);
}
