import { extractReading, type ExtractedReading } from './extract-reading';

/** The part of the extension API reading a tab needs (the real `browser`, or a fake in tests). */
export interface TabScripting {
  executeScript(o: { target: { tabId: number }; files: string[] }): Promise<{ result?: unknown }[]>;
}

export type TabRead = { ok: ExtractedReading; injectMs: number } | { pdf: unknown; injectMs: number } | { error: string };

/**
 * Reads a tab and extracts its claims: injects the page reader (Readability's reader only when the walk
 * finds no text or no title) and extracts from what it hands back. Runs in the background for the popup
 * (`assay/read-tab`), and in the popup itself when the background cannot answer. A PDF tab's bytes are
 * handed back as they came; the popup reads them with pdf.js.
 */
export async function readTab(scripting: TabScripting, tabId: number, now: () => number = () => performance.now()): Promise<TabRead> {
  try {
    const t0 = now();
    const inject = async (file: string) => (await scripting.executeScript({ target: { tabId }, files: [file] }))[0]?.result;
    let raw = await inject('/page-reader.js');
    if (wantsReadability(raw)) raw = addReadMs(await inject('/page-reader-full.js'), raw.readMs);
    const injectMs = now() - t0;
    if (raw && typeof raw === 'object' && 'pdf' in raw) return { pdf: raw, injectMs };
    return { ok: extractReading(raw), injectMs };
  } catch (e) {
    return { error: (e instanceof Error ? e.message : String(e)).slice(0, 2_000) };
  }
}

/** The first reader's reply asks to be read again with Readability. */
function wantsReadability(raw: unknown): raw is { wantsReadability: true; readMs: number } {
  return !!raw && typeof raw === 'object' && (raw as { wantsReadability?: unknown }).wantsReadability === true && typeof (raw as { readMs?: unknown }).readMs === 'number';
}

/** The second reading's reply, its reading time counting the first's too. */
function addReadMs(raw: unknown, ms: number): unknown {
  if (!raw || typeof raw !== 'object' || typeof (raw as { readMs?: unknown }).readMs !== 'number') return raw;
  return { ...raw, readMs: (raw as { readMs: number }).readMs + ms };
}
