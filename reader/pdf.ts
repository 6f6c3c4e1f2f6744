import type { Block, Page } from '../claims/types';
import { collapse } from './builder';
import { detectLang } from './page-language';
import { readText } from './text';

/** The part of pdf.js (pdfjs-dist) Assay uses; the caller passes the build that fits (Node or browser). */
export interface PdfJs {
  getDocument(src: { data: Uint8Array; isEvalSupported?: boolean; disableFontFace?: boolean; useSystemFonts?: boolean; stopAtErrors?: boolean; verbosity?: number }): {
    promise: Promise<PdfDocument>;
  };
}
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<{ getTextContent(): Promise<{ items: unknown[] }> }>;
  getMetadata(): Promise<{ info?: unknown }>;
  destroy(): Promise<void>;
}
interface TextItem {
  str: string;
  hasEOL?: boolean;
  transform?: number[];
  height?: number;
}

/** One PDF page's text as lines, wrapped lines of a paragraph joined, paragraphs apart. */
export interface PdfPageText {
  page: number;
  lines: string[];
}

/** Most pages read from one PDF; a longer one is marked partial. */
export const MAX_PDF_PAGES = 300;

const isItem = (x: unknown): x is TextItem => typeof x === 'object' && x !== null && typeof (x as TextItem).str === 'string';

/**
 * Lays a page's text items out as lines: an item on a new baseline (or after an end-of-line mark)
 * starts a line; a line that continues the previous one's sentence (close below it, the previous one
 * long and not ending a sentence) is joined to it, so a wrapped sentence stays one quote; a wide gap
 * leaves an empty line (a paragraph break).
 */
export function linesOf(items: readonly unknown[]): string[] {
  const raw: { text: string; y: number; h: number }[] = [];
  let cur: { text: string; y: number; h: number } | null = null;
  for (const it of items) {
    if (!isItem(it)) continue;
    const y = it.transform?.[5] ?? 0;
    const h = Math.abs(it.height ?? it.transform?.[3] ?? 10) || 10;
    if (cur && Math.abs(cur.y - y) > h * 0.5) {
      raw.push(cur);
      cur = null;
    }
    if (!cur) cur = { text: '', y, h };
    cur.text += it.str;
    if (it.hasEOL) {
      raw.push(cur);
      cur = null;
    }
  }
  if (cur) raw.push(cur);
  const out: string[] = [];
  let prev: { text: string; y: number; h: number } | null = null;
  for (const line of raw) {
    const text = collapse(line.text);
    if (!text) continue;
    const gap = prev ? Math.abs(prev.y - line.y) : 0;
    const last = out[out.length - 1];
    if (prev && last && gap > prev.h * 1.8) out.push('');
    const previous = out[out.length - 1];
    if (prev && previous && gap <= prev.h * 1.8 && previous.length >= 40 && !/[.!?:;]["'”’)]*$/.test(previous) && /^[a-z0-9(“"'-]/.test(text)) {
      out[out.length - 1] = previous.endsWith('-') ? previous.slice(0, -1) + text : `${previous} ${text}`;
    } else out.push(text);
    prev = line;
  }
  return out;
}

/** A Page from a PDF's pages: each page's lines read as text, every block remembering its page. */
export function pageFromPdfText(pages: readonly PdfPageText[], meta: { title?: string | null; url?: string | null; partial?: boolean } = {}): Page {
  const blocks: Block[] = [];
  for (const p of pages) {
    const read = readText(p.lines.join('\n'), { format: 'txt' });
    for (const b of read.blocks) blocks.push({ ...b, index: blocks.length, page: p.page });
  }
  const title = collapse(meta.title ?? '') || blocks.find((b) => b.kind === 'heading')?.text || null;
  return { title, siteName: null, url: meta.url ?? null, lang: detectLang(blocks.slice(0, 200).map((b) => b.text).join(' ')), blocks, partial: meta.partial ?? false };
}

/**
 * Reads a PDF's text with pdf.js into a Page whose blocks carry their page number. Scripts in the PDF
 * never run (`isEvalSupported: false`), fonts are not loaded, nothing is fetched: `data` is all it sees.
 * Throws when the file is not a PDF pdf.js can open; a PDF with no text (scanned) gives no blocks.
 */
export async function readPdf(data: Uint8Array, pdfjs: PdfJs, opts: { url?: string | null; budgetMs?: number } = {}): Promise<Page> {
  const deadline = performance.now() + (opts.budgetMs ?? 10_000);
  const doc = await pdfjs.getDocument({ data, isEvalSupported: false, disableFontFace: true, useSystemFonts: false, stopAtErrors: false, verbosity: 0 }).promise;
  try {
    const pages: PdfPageText[] = [];
    const last = Math.min(doc.numPages, MAX_PDF_PAGES);
    let partial = doc.numPages > MAX_PDF_PAGES;
    for (let n = 1; n <= last; n++) {
      if (performance.now() > deadline) {
        partial = true;
        break;
      }
      const content = await (await doc.getPage(n)).getTextContent();
      pages.push({ page: n, lines: linesOf(content.items) });
    }
    const info = (await doc.getMetadata().catch(() => ({ info: undefined }))).info as { Title?: unknown } | undefined;
    return pageFromPdfText(pages, { title: typeof info?.Title === 'string' ? info.Title : null, url: opts.url ?? null, partial });
  } finally {
    await doc.destroy();
  }
}
