import { useEffect, useState } from 'react';

/** Placeholder popup: reads the active tab's title through the runtime content script. */
export function PopupApp() {
  const [title, setTitle] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    (async () => {
      const param = new URLSearchParams(location.search).get('tabId');
      const tabId = param ? Number(param) : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (tabId === undefined) throw new Error('No active tab');
      const [res] = await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
      const snap = res?.result as { title: string } | undefined;
      setTitle(snap?.title ?? '');
    })().catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);
  return (
    <main style={{ width: 400, padding: 12 }}>
      <h1 style={{ fontSize: 16, margin: 0 }}>Assay</h1>
      {error ? <p role="alert">{error}</p> : <p data-testid="page-title">{title ?? 'Reading…'}</p>}
    </main>
  );
}
