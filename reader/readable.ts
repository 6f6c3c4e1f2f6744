import type { Page } from '../claims/types';

/** What the live page tells about itself beyond its text (browser/page-signals.ts gathers it). */
export interface PageSignals {
  /** The HTTP status of the page's navigation, when the browser reports it. */
  httpStatus: number | null;
  /** The page shows a password field. */
  passwordField: boolean;
  /** How many images the page shows. */
  images: number;
  /** The tab shows a PDF (in the browser's viewer). */
  pdf: boolean;
}

export type UnreadableReason = 'empty' | 'images-only' | 'error-page' | 'login-wall' | 'pdf' | 'frame';

/** A page Assay could not read, and why, in the reviewer's words. Never graded, never saved. */
export interface Unreadable {
  reason: UnreadableReason;
  message: string;
}

const ERROR_TITLE = /\b(?:404|410|page (?:not found|doesn[’']?t exist|does not exist|cannot be found|could not be found)|not found|server error|service unavailable|50[0-4] error|access denied|forbidden)\b/i;
const LOGIN_TITLE = /\b(?:sign[ -]?in|log[ -]?in|login|authenticate|single sign-on)\b/i;
const STATUS_WORDS: Record<number, string> = { 400: 'bad request', 401: 'sign-in required', 403: 'forbidden', 404: 'not found', 410: 'gone', 429: 'too many requests', 500: 'server error', 502: 'bad gateway', 503: 'unavailable', 504: 'gateway timeout' };

/** Blocks' text length, whether any block is a sentence (four words or more), and the first heading. */
function textOf(page: Page): { chars: number; sentence: boolean; heading: string } {
  let chars = 0;
  let sentence = false;
  for (const b of page.blocks) {
    chars += b.text.length;
    if (!sentence && b.text.split(' ').length >= 4) sentence = true;
  }
  return { chars, sentence, heading: page.blocks.find((b) => b.kind === 'heading')?.text ?? '' };
}

function host(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

/**
 * Decides whether Assay could read a page at all: an empty or image-only page, an error page, a login
 * wall, a PDF it could not open, or a page whose content sits in a frame of another site. Such a page is
 * not the vendor's content: it gets a "couldn't read" state with the reason, not a grade.
 * Pure; null when the page was read.
 */
export function couldNotRead(page: Page, signals: PageSignals | null, unreadableFrames: readonly string[] = []): Unreadable | null {
  const { chars, sentence, heading } = textOf(page);
  const named = `${page.title ?? ''} ${heading}`;
  if (signals?.pdf && chars < 200) {
    return { reason: 'pdf', message: 'This tab shows a PDF in the browser’s viewer, which Assay cannot read. Open the vendor’s HTML page instead, or copy the PDF’s text into a .txt file and run `assay extract` on that file.' };
  }
  const status = signals?.httpStatus ?? null;
  if (status !== null && status >= 400) {
    const word = STATUS_WORDS[status] ?? 'error';
    if (status === 401 || (signals?.passwordField && chars < 3000)) return loginWall();
    return { reason: 'error-page', message: `The site answered ${status} (${word}): this is an error page, not the vendor’s content. Check the address, or open the vendor’s security page from their site.` };
  }
  if (chars < 3000 && ERROR_TITLE.test(named)) {
    return { reason: 'error-page', message: `This looks like an error page (“${(ERROR_TITLE.exec(named)?.[0] ?? 'not found').trim()}”), not the vendor’s content. Check the address, or open the vendor’s security page from their site.` };
  }
  if ((signals?.passwordField && chars < 3000) || (chars < 1500 && LOGIN_TITLE.test(named))) return loginWall();
  if (!sentence && unreadableFrames.length > 0) {
    const hosts = [...new Set(unreadableFrames.map(host))].slice(0, 3).join(', ');
    return { reason: 'frame', message: `This page embeds content from ${hosts} that Assay can’t read; open it directly (${unreadableFrames[0]}) and click Assay there.` };
  }
  if (!sentence) {
    if (signals && signals.images > 0) return { reason: 'images-only', message: 'This page shows its content as images, which Assay cannot read: there is no text to take claims from. Ask the vendor for a text version or a PDF.' };
    return { reason: 'empty', message: 'Assay found no text on this page (it may be empty, still loading, or drawn on a canvas).' };
  }
  return null;
}

function loginWall(): Unreadable {
  return { reason: 'login-wall', message: 'This page asks you to sign in first, so Assay sees only the sign-in form, not the vendor’s content. Sign in and click Assay again, or open the vendor’s public security page.' };
}
