import { parse } from 'tldts';

export { normalizePageUrl } from './page-url';

/** Who a page belongs to. */
export interface VendorIdentity {
  /** Registrable domain ("security.acme.co.uk" → "acme.co.uk"); the bare host for localhost and IPs. */
  id: string;
  /** Display name, e.g. "Acme". */
  name: string;
}

/**
 * The vendor a page belongs to: pages of one registrable domain are one vendor. Private suffixes
 * count (acme.github.io and other.github.io are two vendors). Hosts without a registrable domain
 * (localhost, IP addresses, intranet names) are their own vendor, port ignored. Returns null for
 * addresses without a host (file:, data:, about:) and for anything that is not a URL.
 *
 * @param hints the page's site name (og:site_name) and title, to pick a display name.
 */
export function vendorFromUrl(url: string, hints: { siteName?: string | null; title?: string | null } = {}): VendorIdentity | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  const info = parse(parsed.href, { allowPrivateDomains: true });
  const host = info.hostname?.replace(/\.$/, '').toLowerCase();
  if (!host) return null;
  const id = info.domain ?? host;
  const label = info.domain ? (info.domainWithoutSuffix ?? id) : host;
  return { id, name: displayName(label, info.domain !== null, hints) };
}

const TITLE_SEPARATORS = /\s+[|\-–—·•:]\s+/;

function displayName(label: string, hasDomain: boolean, hints: { siteName?: string | null; title?: string | null }): string {
  const site = hints.siteName?.trim();
  if (site && site.length <= 40) return site;
  if (!hasDomain) return label;
  const key = squash(label);
  // "Security | Acme" or "Acme Trust Center – Data protection": the segment naming the domain.
  const segment = hints.title
    ?.split(TITLE_SEPARATORS)
    .map((s) => s.trim())
    .find((s) => s.length <= 40 && squash(s).startsWith(key));
  if (segment) {
    const words = segment.split(/\s+/);
    for (let n = 1; n <= words.length; n++) {
      const head = words.slice(0, n).join(' ');
      if (squash(head) === key) return head;
    }
  }
  return label
    .split(/[-_]/)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(' ');
}

function squash(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}
