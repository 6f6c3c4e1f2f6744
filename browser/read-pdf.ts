import type { Page } from '../claims/types';
import type { PdfJs } from '../reader/pdf';

/** Largest PDF the popup reads from a tab. */
export const MAX_PDF_BYTES = 20 * 1024 * 1024;

/**
 * In the vendor's tab showing a PDF: fetches the PDF's bytes again from its own address (same origin,
 * on the reviewer's click) and hands them back base64-encoded for the popup to read. Nothing else is sent anywhere.
 */
export async function fetchPdfFromTab(url: string): Promise<{ pdf: { url: string; base64: string } } | { error: string }> {
  const res = await fetch(url, { credentials: 'include' });
  if (!res.ok) return { error: `Assay could not fetch this PDF again (the site answered ${res.status}).` };
  const buf = new Uint8Array(await res.arrayBuffer());
  if (buf.length > MAX_PDF_BYTES) return { error: `This PDF is ${Math.round(buf.length / 1024 / 1024)} MB; Assay reads PDFs up to ${MAX_PDF_BYTES / 1024 / 1024} MB. Use assay extract on the saved file.` };
  let bin = '';
  for (let i = 0; i < buf.length; i += 0x8000) bin += String.fromCharCode(...buf.subarray(i, i + 0x8000));
  return { pdf: { url, base64: btoa(bin) } };
}

/** In the popup: reads base64 PDF bytes with pdf.js (see readPdfBytes). */
export async function readPdfInExtension(base64: string, url: string): Promise<Page> {
  const bin = atob(base64);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return readPdfBytes(bytes, url);
}

/** In an extension page: reads PDF bytes with pdf.js, running its worker on the page's own thread (no worker file to load). */
export async function readPdfBytes(bytes: Uint8Array, url: string | null): Promise<Page> {
  const [pdfjs, worker, { readPdf }] = await Promise.all([import('pdfjs-dist/legacy/build/pdf.mjs'), import('pdfjs-dist/legacy/build/pdf.worker.mjs'), import('../reader/pdf')]);
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  return readPdf(bytes, pdfjs as unknown as PdfJs, { url });
}
