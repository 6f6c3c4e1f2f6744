import { receive, type Handlers } from './receive';

/** Installs one runtime.onMessage listener that accepts only this extension's well-formed messages. */
export function listen(handlers: Handlers): () => void {
  const ownId = browser.runtime.id;
  const ownOrigin = browser.runtime.getURL('/');
  const listener = (raw: unknown, sender: { id?: string; url?: string; tab?: unknown }, sendResponse: (r: unknown) => void) => {
    const verdict = receive(raw, sender, ownId, ownOrigin, handlers);
    if (!verdict.accepted) return false;
    verdict.reply.then(sendResponse, () => sendResponse(undefined));
    return true; // reply asynchronously
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}
