import { envelope, isMessageType, protocol, type MessageType, type ReplyOf, type RequestOf } from './protocol';

/** The part of runtime.MessageSender Assay checks. */
export interface Sender {
  id?: string;
  url?: string;
  tab?: unknown;
}

export type Handlers = { [T in MessageType]?: (data: RequestOf<T>) => ReplyOf<T> | Promise<ReplyOf<T>> };

export type Verdict<R = unknown> = { accepted: true; reply: Promise<R> } | { accepted: false; why: string };

/** Whether a message or port comes from one of Assay's own extension pages (not a content script, not a web page). */
export function fromOwnPage(sender: { id?: string; url?: string } | undefined, ownId: string, ownOrigin: string): boolean {
  return sender?.id === ownId && typeof sender.url === 'string' && sender.url.startsWith(ownOrigin);
}

/**
 * Decides whether a raw message is ours and well-formed, and if so runs its handler.
 * Accepted only when: the sender is this extension (same id) and is an extension page, in a tab or not
 * (not a content script in some tab, not a web page), the envelope and payload match the protocol's schemas.
 * Pure apart from the handlers, so it is unit-tested without a browser.
 */
export function receive(raw: unknown, sender: Sender, ownId: string, ownOrigin: string, handlers: Handlers): Verdict {
  if (sender.id !== ownId) return { accepted: false, why: 'foreign sender' };
  // An extension page may be open in a tab (the compare page, a popup opened as a page): its address is ours.
  // A content script in a tab has the page's address; a tab with no address is not trusted either.
  const ownPage = fromOwnPage(sender, ownId, ownOrigin);
  if (sender.tab !== undefined && !ownPage) return { accepted: false, why: 'sender is a tab, not an extension page' };
  if (sender.url !== undefined && !ownPage) return { accepted: false, why: 'sender url outside extension' };
  const env = envelope.safeParse(raw);
  if (!env.success) return { accepted: false, why: 'not an Assay envelope' };
  const { type, data } = env.data;
  if (!isMessageType(type)) return { accepted: false, why: `unknown message type ${type}` };
  const handler = handlers[type] as ((d: unknown) => unknown) | undefined;
  if (!handler) return { accepted: false, why: `no handler for ${type}` };
  const parsed = protocol[type].request.safeParse(data);
  if (!parsed.success) return { accepted: false, why: `invalid ${type} payload` };
  return {
    accepted: true,
    reply: Promise.resolve(handler(parsed.data)).then((r) => protocol[type].reply.parse(r)),
  };
}
