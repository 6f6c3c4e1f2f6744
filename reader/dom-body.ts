import type { Page } from '../claims/types';
import { BlockBuilder, collapse } from './builder';
import { walkDom } from './dom-walk';
import { detectLang } from './page-language';
import { keepLikelyClaims } from './claim-keywords';

export interface ReadDocumentOptions {
  /** Stop reading after this many milliseconds and mark the page partial. Default 5000. */
  budgetMs?: number;
  /**
   * Keep at most this many characters of block text, the blocks that may hold a claim first (see
   * claim-keywords.ts); the page is partial only when such a block had to go. Default 2,000,000.
   */
  maxChars?: number;
  /** The page's address; defaults to the document's own location when it has one. */
  url?: string | null;
  /** Told the address of each frame on the page Assay may not read (another origin's). */
  onUnreadableFrame?: (src: string) => void;
}

/** What Readability made of a page: its article element, title and site name. */
export interface Article {
  content: Element | null;
  title: string | null;
  siteName: string | null;
}

/** A body walk's page, and whether Readability should be asked (the walk found no text, or no title). */
export interface BodyReading {
  page: Page;
  wantsReadability: boolean;
}

const READABILITY_MAX_DEPTH = 120;
const READABILITY_MAX_ELEMENTS = 60_000;

const meta = (doc: Document, selector: string) => collapse(doc.querySelector(selector)?.getAttribute('content') ?? '') || null;

/**
 * Reads a Document into a Page by walking the body, skipping navigation, footers, asides, cookie banners
 * and hidden nodes, without Readability. Readability is the fallback for a page the walk cannot read or
 * name, not a default pass: it costs more than the walk and every extractor together (36 ms vs 6 ms on a
 * 10 KB page), cannot be interrupted, and grows faster than linearly with depth and size, so past those
 * limits the body walk stands alone (`wantsReadability` is false). With `article` (Readability's reading of
 * the same document), its title and site name fill what the page lacks, and its text is read when the walk
 * found none. Works on linkedom documents and real browser DOM.
 */
export function readBody(doc: Document, opts: ReadDocumentOptions = {}, article?: (doc: Document) => Article | null): BodyReading {
  const start = performance.now();
  const deadline = start + (opts.budgetMs ?? 5000);
  const maxChars = opts.maxChars ?? 2_000_000;
  const body = doc.body ?? doc.documentElement;
  const bodyText = body?.textContent?.length ?? 0;

  let b = new BlockBuilder();
  // The walk may read up to four times the kept text, so a page whose claims come last still yields them.
  const walkChars = maxChars * 4;
  const stats = body ? walkDom(body, b, { deadline, maxChars: walkChars, skipChrome: true, onUnreadableFrame: opts.onUnreadableFrame }) : { partial: false, maxDepth: 0, elements: 0 };
  let partial = stats.partial || bodyText > walkChars;

  const ownTitle = collapse(doc.title ?? '') || meta(doc, 'meta[property="og:site_name"]');
  const needed = b.blocks.length === 0 || !ownTitle;
  const wantsReadability = Boolean(body && needed && !partial && stats.maxDepth <= READABILITY_MAX_DEPTH && stats.elements <= READABILITY_MAX_ELEMENTS);
  let parsed: Article | null = null;
  if (wantsReadability && article) {
    parsed = article(doc);
    if (parsed?.content && b.blocks.length === 0) {
      const a = new BlockBuilder();
      partial = walkDom(parsed.content, a, { deadline, maxChars, skipChrome: false }).partial;
      b = a;
    }
  }

  let blocks = b.blocks;
  if (b.chars > maxChars) {
    const kept = keepLikelyClaims(blocks, maxChars);
    blocks = kept.blocks;
    partial ||= kept.skippedClaimText;
  }

  const htmlLang = doc.documentElement?.getAttribute('lang')?.trim().toLowerCase().split(/[-_]/)[0] || null;
  const title = collapse(doc.title ?? '') || parsed?.title || (b.blocks.find((x) => x.kind === 'heading')?.text ?? null);
  const siteName = meta(doc, 'meta[property="og:site_name"]') ?? meta(doc, 'meta[name="application-name"]') ?? parsed?.siteName ?? null;
  // A saved page (CLI) has no location: its canonical link or og:url says where it came from.
  const location = doc.location?.href && doc.location.href !== 'about:blank' ? doc.location.href : null;
  const href = opts.url ?? location ?? (doc.querySelector('link[rel="canonical"]')?.getAttribute('href') || meta(doc, 'meta[property="og:url"]'));
  const page: Page = {
    title,
    siteName,
    url: href && href !== 'about:blank' ? href : null,
    lang: htmlLang ?? detectLang(blocks.slice(0, 200).map((x) => x.text).join(' ')),
    blocks,
    partial,
  };
  return { page, wantsReadability: wantsReadability && !article };
}
