import type { Page } from '../../claims/types';
import { readDocument } from '../../reader/dom';
import { readText } from '../../reader/text';
import { couldNotRead, type PageSignals } from '../../reader/readable';
import { parsePage } from '../../reader/parse-html';
import { READ_BUDGET_MS } from '../budget';

/** Bytes of one page read, at most; the rest is not fetched and the page is marked partial. */
export const MAX_PAGE_BYTES = 5 * 1024 * 1024;
/** Time for one page's request and body, at most. */
export const PAGE_TIMEOUT_MS = 15_000;

/** Why one of the vendor's other pages could not be read, in words for the reviewer. */
export class CouldNotReadPage extends Error {}

/** A page fetched and parsed, ready for extraction. */
export interface FetchedPage {
  page: Page;
  /** Milliseconds spent on the request and body, and on parsing and reading the blocks. */
  fetchMs: number;
  readMs: number;
}

/**
 * Fetches one of the vendor's pages and reads it into blocks, without running any of its code: the HTML
 * is parsed by linkedom (scripts are text, nothing loads: no images, styles, frames or fonts), so the
 * only request is this one. No cookies or other credentials are sent (`credentials: 'omit'`), no
 * referrer, and no redirect is followed (`redirect: 'manual'`): a redirect could lead off the vendor's
 * site, and its target cannot be seen without following it, so a redirecting address is "couldn't read".
 * Throws CouldNotReadPage with the reason for anything that is not the vendor's readable content.
 */
export async function fetchVendorPage(url: string, signal: AbortSignal): Promise<FetchedPage> {
  const t0 = performance.now();
  let res: Response;
  try {
    res = await fetch(url, { credentials: 'omit', redirect: 'manual', referrerPolicy: 'no-referrer', signal: AbortSignal.any([signal, AbortSignal.timeout(PAGE_TIMEOUT_MS)]) });
  } catch (e) {
    if (signal.aborted) throw e;
    const name = e instanceof Error ? e.name : '';
    throw new CouldNotReadPage(name === 'TimeoutError' ? `The site did not answer within ${PAGE_TIMEOUT_MS / 1000} s.` : 'The site could not be reached (network error, or it refused the request).');
  }
  if (res.type === 'opaqueredirect' || (res.status >= 300 && res.status < 400)) {
    throw new CouldNotReadPage('This address redirects elsewhere. Assay follows no redirects (one could leave the vendor’s site); open the page and click Assay there.');
  }
  if (res.status === 401 || res.status === 403) throw new CouldNotReadPage(`The site answered ${res.status}: this page needs a sign-in (Assay sends no cookies). Sign in, open it and click Assay there.`);
  if (res.status >= 400) throw new CouldNotReadPage(`The site answered ${res.status}: an error page, not the vendor’s content.`);
  const type = (res.headers.get('content-type') ?? '').toLowerCase();
  if (type.includes('application/pdf')) throw new CouldNotReadPage('This is a PDF. Assay reads PDFs you open: open it in the browser and click Assay there.');
  const isHtml = type === '' || type.includes('text/html') || type.includes('application/xhtml');
  if (!isHtml && !type.startsWith('text/plain')) throw new CouldNotReadPage(`This is not a web page (${type.split(';')[0]}).`);
  const { text, truncated } = await bodyText(res, charsetOf(type));
  const fetchMs = performance.now() - t0;
  const t1 = performance.now();
  let page: Page;
  let signals: PageSignals = { httpStatus: res.status, passwordField: false, images: 0, pdf: false };
  let scripts = 0;
  if (isHtml) {
    const doc = parsePage(text);
    page = readDocument(doc, { url, budgetMs: READ_BUDGET_MS });
    signals = { ...signals, passwordField: doc.querySelector('input[type="password"]') !== null, images: Math.min(doc.querySelectorAll('img').length, 10_000) };
    scripts = doc.querySelectorAll('script').length;
  } else page = { ...readText(text), url };
  page = { ...page, url, partial: page.partial || truncated };
  const unreadable = couldNotRead(page, signals, []);
  if (unreadable?.reason === 'empty' && scripts > 0) {
    throw new CouldNotReadPage('This page draws its text with scripts, which Assay does not run on pages it fetches. Open it and click Assay there.');
  }
  if (unreadable) throw new CouldNotReadPage(unreadable.message);
  return { page, fetchMs, readMs: performance.now() - t1 };
}

function charsetOf(type: string): string {
  const m = /charset=["']?([\w-]+)/.exec(type);
  try {
    return new TextDecoder(m?.[1] ?? 'utf-8').encoding;
  } catch {
    return 'utf-8';
  }
}

/** The body as text, at most MAX_PAGE_BYTES of it (the rest is never downloaded). */
async function bodyText(res: Response, charset: string): Promise<{ text: string; truncated: boolean }> {
  const reader = res.body?.getReader();
  if (!reader) return { text: '', truncated: false };
  const decoder = new TextDecoder(charset);
  let bytes = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { text: text + decoder.decode(), truncated: false };
    bytes += value.byteLength;
    if (bytes > MAX_PAGE_BYTES) {
      await reader.cancel();
      return { text: text + decoder.decode(value.subarray(0, value.byteLength - (bytes - MAX_PAGE_BYTES))), truncated: true };
    }
    text += decoder.decode(value, { stream: true });
  }
}
