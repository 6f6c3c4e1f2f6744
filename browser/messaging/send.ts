import { protocol, type MessageType, type ReplyOf, type RequestOf } from './protocol';

/** Sends a typed message to Assay's content script in a tab and validates the reply. */
export async function sendToTab<T extends MessageType>(tabId: number, type: T, data: RequestOf<T>): Promise<ReplyOf<T>> {
  const request = protocol[type].request.parse(data);
  const raw: unknown = await browser.tabs.sendMessage(tabId, { assay: 1, type, data: request });
  return protocol[type].reply.parse(raw) as ReplyOf<T>;
}

/** Sends a typed message to Assay's background and validates the reply. */
export async function sendToBackground<T extends MessageType>(type: T, data: RequestOf<T>): Promise<ReplyOf<T>> {
  const request = protocol[type].request.parse(data);
  const raw: unknown = await browser.runtime.sendMessage({ assay: 1, type, data: request });
  return protocol[type].reply.parse(raw) as ReplyOf<T>;
}
