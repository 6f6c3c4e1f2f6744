import type { CDPSession } from 'playwright-core';
import type { AssayBrowser } from './chromium';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/** The real popup opened by a toolbar click, driven over CDP (Playwright does not attach to it). */
export interface ToolbarPopup {
  /** Runs `expression` in the popup; `userGesture` runs it as the reviewer's click would (permissions.request needs one). */
  evaluate<T = unknown>(expression: string, opts?: { userGesture?: boolean }): Promise<T>;
  /** Polls `expression` until it returns a truthy value, then returns it. */
  waitFor<T = unknown>(expression: string, timeoutMs?: number): Promise<T>;
  close(): Promise<void>;
}

async function targets(s: CDPSession): Promise<TargetInfo[]> {
  const { targetInfos } = (await s.send('Target.getTargets', { filter: [{}] } as never)) as { targetInfos: TargetInfo[] };
  return targetInfos;
}

/**
 * Clicks Assay's toolbar button for the tab showing `url`, exactly as a reviewer would: Chromium grants
 * activeTab and opens the real popup. Works with the shipped build's permissions.
 */
export async function clickToolbarButton(b: AssayBrowser, url: string): Promise<ToolbarPopup> {
  const browser = b.context.browser();
  if (!browser) throw new Error('no browser handle for CDP');
  const s = await browser.newBrowserCDPSession();
  const tab = (await targets(s)).find((t) => t.type === 'tab' && t.url === url);
  if (!tab) throw new Error(`no tab target for ${url}`);
  await s.send('Extensions.triggerAction' as never, { id: b.extensionId, targetId: tab.targetId } as never);
  let popup: TargetInfo | undefined;
  for (let i = 0; i < 50 && !popup; i++) {
    popup = (await targets(s)).find((t) => t.url.startsWith(`chrome-extension://${b.extensionId}/popup.html`));
    if (!popup) await new Promise((r) => setTimeout(r, 100));
  }
  if (!popup) throw new Error('the toolbar click opened no popup');
  // Non-flattened sessions route through Target.sendMessageToTarget, which Playwright's CDPSession allows.
  const { sessionId } = (await s.send('Target.attachToTarget', { targetId: popup.targetId, flatten: false })) as { sessionId: string };
  let next = 1;
  const evaluate = <T,>(expression: string, opts: { userGesture?: boolean } = {}) =>
    new Promise<T>((resolve, reject) => {
      const id = next++;
      const on = (e: { sessionId: string; message: string }) => {
        if (e.sessionId !== sessionId) return;
        const m = JSON.parse(e.message) as { id?: number; result?: { result?: { value?: T }; exceptionDetails?: { text: string } }; error?: { message: string } };
        if (m.id !== id) return;
        s.off('Target.receivedMessageFromTarget' as never, on as never);
        if (m.error) reject(new Error(m.error.message));
        else if (m.result?.exceptionDetails) reject(new Error(m.result.exceptionDetails.text));
        else resolve(m.result?.result?.value as T);
      };
      s.on('Target.receivedMessageFromTarget' as never, on as never);
      void s.send('Target.sendMessageToTarget' as never, {
        sessionId,
        message: JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, returnByValue: true, awaitPromise: true, userGesture: opts.userGesture === true } }),
      } as never).catch(reject); // the popup may have closed (a click elsewhere, a prompt taking the focus)
    });
  return {
    evaluate,
    async waitFor<T>(expression: string, timeoutMs = 10_000) {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const v = await evaluate<T>(expression);
        if (v) return v;
        if (Date.now() > until) throw new Error(`timed out waiting for ${expression}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async close() {
      await s.send('Target.closeTarget', { targetId: popup.targetId }).catch(() => undefined);
      await s.detach().catch(() => undefined);
    },
  };
}
