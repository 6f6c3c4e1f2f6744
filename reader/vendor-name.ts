import { providerNames } from '../language/names';
import { findPlaces } from '../language/places';
import { escapeRegExp } from '../language/regex';
import type { Page } from '../claims/types';

// Words that name a kind of page, not a company: "Security FAQ – Quillfeather" names Quillfeather.
const GENERIC = /\b(security|trust|faq|faqs|privacy|policy|center|centre|help|docs?|documentation|data|compliance|overview|statement|support|legal|terms|about|home|page|practices|questions?|frequently|asked|reliability|sla|hipaa|gdpr|subprocessors?|encryption|bug|bounty|vulnerability|disclosure|identity|access|controls?|deletion|residency|storage|protection|our|your|the|and|of|at|for|how|why|we|is|my|where|what|skip|content|article|sicherheit|datenschutz|service|level|agreement|updated|last|whitepaper|white|paper|guide|handbook|notice|information|program|programme|hosting|infrastructure|lives|technical|report|measures|organi[sz]ational)\b/gi;
const SEPARATORS = /\s+[|–—·:•-]\s+|\s+\|\s*|\s*\|\s+/;

function brandOf(segment: string): string | null {
  const s = segment.trim();
  if (!s || s.length > 40 || /[?.!]$/.test(s)) return null;
  const rest = s.replace(GENERIC, '').replace(/[&,()\s]+/g, ' ').trim();
  return rest.length >= 2 ? s : null;
}

/**
 * Best guess at the vendor a page belongs to: the site name, else the part of the title that is not a
 * page-kind word ("Trust Center | LedgerLoop"), else a heading naming it ("hall-monitor"), else the
 * capitalised name the text repeats most. Null when nothing stands out.
 */
const SITE_PAGE = /^(?:blog|news|newsroom|press|partners?|customers?|pricing|plans|status|welcome|home|about(?:\s+us)?|careers|jobs|contact(?:\s+us)?|support|legal|resources|changelog|updates|events|webinars?|community|login|sign\s+in)$/i;
export function guessVendor(page: Page): string | null {
  if (page.siteName) return page.siteName;
  const segments = (page.title ?? '').split(SEPARATORS);
  if (segments.length > 1) {
    const best = bestSegment(segments, hostLabels(page.url));
    if (best) return best;
  }
  // A title that is a name alone ("Ledgerleaf", taken from a plain-text page's first line), named again on the page.
  const only = segments.length === 1 ? segments[0]!.trim() : '';
  // (Not a page's name, "Blog", "Newsroom", "Pricing": only when no heading names the vendor first, and the page names it
  // again in running text, not only in a heading.)
  const first = page.blocks.find((b) => b.kind === 'heading');
  if (only && only.split(/\s+/).length <= 3 && only.split(/\s+/).every((w) => /^[A-Z0-9]/.test(w)) && only.replace(GENERIC, ' ').trim() === only && !SITE_PAGE.test(only) && (!first || first.text.includes(only)) && page.blocks.some((b) => b.kind !== 'heading' && new RegExp(String.raw`\b${escapeRegExp(only)}\b`).test(b.text))) return only;
  if (first && first.index <= 1 && first.text.split(' ').length === 1 && brandOf(first.text)) return first.text;
  // "Emberline Privacy Policy": the opening heading's name, if the page names it again.
  const name = first && first.index <= 1 ? first.text.replace(GENERIC, ' ').replace(/[&,()\s-]+/g, ' ').trim() : '';
  const words = name.split(' ');
  if (/^[A-Z]/.test(name) && words.length <= 3) {
    // A title-like heading ("Security at Brightwave", "Acme Cloud Trust Center") names the vendor once its
    // page-kind words are gone and only capitalised words remain; otherwise the page must name it again.
    const titleLike = first !== undefined && name !== first.text.trim() && words.every((w) => /^[A-Z0-9]/.test(w));
    if (titleLike || page.blocks.some((b) => b !== first && b.text.includes(name))) return name;
  }
  return repeatedName(page);
}

/**
 * The title segment that names the vendor. In order: a segment naming the page's host ("Technical |
 * Pupillage Online" on pupillageonline.co.uk); a segment that is only a name, no page-kind word, written
 * as a name (capitalised words); one that is a name once its page-kind words go ("Why Meadowlark");
 * anything else left. Within a rank the fewest words win, then the later segment, as titles put the
 * site last ("Page | Site").
 */
function bestSegment(segments: readonly string[], labels: readonly string[]): string | null {
  const ranked = segments
    .map((seg, i) => {
      const brand = brandOf(seg);
      if (brand === null) return null;
      const name = brand.replace(GENERIC, ' ').replace(/^[\s&,()-]+|[\s&,()-]+$/g, '').replace(/\s+/g, ' ');
      if (name.length < 2) return null;
      const nameLike = name.split(' ').every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^[a-z]+[A-Z]/.test(w));
      const clean = name === brand.trim().replace(/\s+/g, ' ');
      const rank = namesHost(name, labels) ? 0 : clean && nameLike ? 1 : nameLike ? 2 : 3;
      return { name, rank, words: name.split(' ').length, i };
    })
    .filter((c) => c !== null)
    .sort((a, b) => a.rank - b.rank || a.words - b.words || b.i - a.i);
  return ranked[0]?.name ?? null;
}

const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

// The host's labels of three letters or more ("trust", "pupillageonline", "co" dropped).
function hostLabels(url: string | null): string[] {
  try {
    return url ? new URL(url).hostname.split('.').filter((l) => l.length >= 3) : [];
  } catch {
    return [];
  }
}

function namesHost(name: string, labels: readonly string[]): boolean {
  const n = squash(name);
  return n.length >= 3 && labels.some((l) => (l = squash(l)) === n || (n.length >= 4 && l.startsWith(n)) || (l.length >= 4 && n.startsWith(l)));
}

// A name the page opens with ("teams evaluating Asyncbot") and repeats mid-sentence elsewhere.
function repeatedName(page: Page): string | null {
  const counts = new Map<string, number>();
  const opening = new Set<string>();
  for (const b of page.blocks.slice(0, 400)) {
    for (const m of b.text.matchAll(/(?<=[a-z,;(] )([A-Z][a-z]+[A-Z]?[A-Za-z]*|[a-z]+[A-Z][A-Za-z]+)(?![\w@/-])/g)) {
      const w = m[1]!;
      if (w.length < 3 || w.replace(GENERIC, '') === '') continue;
      counts.set(w, (counts.get(w) ?? 0) + 1);
      if (b.index < 3) opening.add(w);
    }
  }
  // A host the page introduces ("hosted on Render") or a place ("Switzerland") is not the vendor.
  const providers = providerNames(page);
  const candidates = [...counts.entries()].filter(([w, n]) => opening.has(w) && n >= 2 && !providers.has(w) && findPlaces(w).length === 0);
  const best = candidates.sort((a, b) => b[1] - a[1])[0];
  return best ? best[0] : null;
}
