import type { Page } from '../claims/types';

/** What a file the reviewer opened turned out to be. */
export type FileKind = 'pdf' | 'html' | 'md' | 'txt';

/** By its first bytes, then its name: a PDF is a PDF whatever it is called. */
export function kindOf(name: string, head: Uint8Array): FileKind {
  const start = new TextDecoder('latin1').decode(head.subarray(0, 1024));
  if (start.includes('%PDF-')) return 'pdf';
  if (/\.(?:html?|xhtml)$/i.test(name) || /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(start)) return 'html';
  if (/\.(?:md|markdown)$/i.test(name)) return 'md';
  return 'txt';
}

/**
 * Reads a file the reviewer opened on the compare page (saved HTML, PDF, text or markdown) into a
 * Page. HTML is parsed inert (DOMParser: no scripts run, nothing loads); PDFs go through pdf.js.
 */
export async function readFile(file: File): Promise<{ page: Page; kind: FileKind }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const kind = kindOf(file.name, bytes);
  if (kind === 'pdf') {
    const { readPdfBytes } = await import('./read-pdf');
    return { page: await readPdfBytes(bytes, null), kind };
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  if (kind === 'html') {
    const { readDocument } = await import('../reader/dom');
    return { page: readDocument(new DOMParser().parseFromString(text, 'text/html'), { url: null }), kind };
  }
  const { readText } = await import('../reader/text');
  return { page: readText(text, { format: kind }), kind };
}
