import { linkTopic } from './link-topics';

/** A link on the page that names a topic of the vendor's other pages (security, DPA, subprocessors…). */
export interface PageLink {
  /** Absolute http(s) address as the page wrote it, resolved against the page. */
  href: string;
  /** The link's text (or aria-label/title), collapsed and cut to TEXT_MAX characters. */
  text: string;
}

/** Anchors looked at, at most: a page with 100,000 links costs no more than one with 5,000. */
export const MAX_ANCHORS = 5_000;
/** Links handed back, at most (the popup keeps the ones on the vendor's own site and caps them again). */
export const MAX_LINKS = 200;
const TEXT_MAX = 120;
const HREF_MAX = 2_000;
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'script', 'style', 'template']);

/**
 * The links of a page that name a related topic, cheaply and without trusting the page: at most
 * MAX_ANCHORS anchors in document order, only http(s) addresses (never javascript:, data:, mailto:),
 * no link to the page itself or a fragment of it, a bounded text per link (never a whole huge
 * textContent), and no duplicates. Which of them are on the vendor's own site is decided later
 * (assessment/related-pages.ts), where the public-suffix list is.
 */
export function collectLinks(doc: Document, pageUrl: string | null): PageLink[] {
  const here = pageUrl ? withoutHash(pageUrl) : null;
  const out: PageLink[] = [];
  const seen = new Set<string>();
  const anchors = doc.getElementsByTagName('a');
  const n = Math.min(anchors.length, MAX_ANCHORS);
  for (let i = 0; i < n && out.length < MAX_LINKS; i++) {
    const a = anchors[i]!;
    const raw = a.getAttribute('href');
    if (!raw || raw.length > HREF_MAX || raw.startsWith('#')) continue;
    let url: URL;
    try {
      url = new URL(raw, pageUrl ?? undefined);
    } catch {
      continue;
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') continue;
    url.hash = '';
    const href = url.href;
    if (href.length > HREF_MAX || href === here || seen.has(href)) continue;
    const text = linkText(a);
    if (!linkTopic(text, url.pathname)) continue;
    seen.add(href);
    out.push({ href, text });
  }
  return out;
}

/** The link's words: its text nodes up to TEXT_MAX characters, else its aria-label or title. */
function linkText(a: Element): string {
  let text = '';
  let visits = 0;
  // Bounded on every axis: characters, nodes visited and depth (a crafted anchor may hold a million empty spans).
  const walk = (node: Node, depth: number) => {
    for (let c = node.firstChild; c && text.length < TEXT_MAX && visits < 200; c = c.nextSibling) {
      visits++;
      if (c.nodeType === 3) text += ` ${(c.nodeValue ?? '').slice(0, TEXT_MAX)}`;
      else if (c.nodeType === 1 && depth < 8 && !SKIP.has((c as Element).tagName)) walk(c, depth + 1);
    }
  };
  walk(a, 0);
  text = text.replace(/\s+/g, ' ').trim();
  if (!text) text = (a.getAttribute('aria-label') ?? a.getAttribute('title') ?? '').replace(/\s+/g, ' ').trim();
  return text.slice(0, TEXT_MAX);
}

function withoutHash(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href;
  } catch {
    return url;
  }
}
