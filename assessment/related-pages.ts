import { LINK_TOPICS, linkTopic, type LinkTopic } from '../reader/link-topics';
import type { PageLink } from '../reader/links';
import { normalizePageUrl } from './page-url';
import { vendorFromUrl } from './vendor-domain';

/** One of the vendor's other pages Assay offers to read. */
export interface RelatedPage {
  /** Normalised address (no fragment, no tracking parameters). */
  url: string;
  /** The link's text on the page that was read. */
  text: string;
  topic: LinkTopic;
}

/** Pages offered, at most: Assay never reads more than the reviewer sees listed. */
export const MAX_RELATED = 10;

/**
 * The vendor's other pages that a page links to: only links on the page's own registrable domain
 * (trust.acme.com and acme.com/legal/dpa for a page on www.acme.com; never acme.github.io's neighbours
 * or another site), each naming a topic (security, trust, compliance, DPA, subprocessors, privacy,
 * SLA, status, FAQ), without the page itself and pages already read, one entry per normalised address,
 * in topic order then page order, at most `cap`.
 */
export function relatedPages(pageUrl: string, links: readonly PageLink[], alreadyRead: readonly string[] = [], cap = MAX_RELATED): RelatedPage[] {
  const vendor = vendorFromUrl(pageUrl);
  if (!vendor) return [];
  const skip = new Set([normalizePageUrl(pageUrl), ...alreadyRead.map(normalizePageUrl)]);
  const found: (RelatedPage & { order: number; rank: number })[] = [];
  for (const [order, link] of links.entries()) {
    const url = normalizePageUrl(link.href);
    if (skip.has(url) || vendorFromUrl(url)?.id !== vendor.id) continue;
    const topic = linkTopic(link.text, pathOf(url));
    if (!topic) continue;
    skip.add(url);
    found.push({ url, text: link.text || pathOf(url), topic, order, rank: TOPIC_RANK.get(topic)! });
  }
  return found
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .slice(0, cap)
    .map(({ url, text, topic }) => ({ url, text, topic }));
}

/** The site a page belongs to: its registrable domain (or bare host); null for an address without a host. */
export function siteOf(url: string): string | null {
  return vendorFromUrl(url)?.id ?? null;
}

/** Whether `url` may be read as one of the vendor `vendorId`'s pages: http(s) on its registrable domain. */
export function onVendorSite(url: string, vendorId: string): boolean {
  return vendorFromUrl(url)?.id === vendorId;
}

/**
 * The host-permission patterns to ask for to read these pages: the vendor's registrable domain and its
 * subdomains (`https://*.acme.com/*` matches acme.com too), for each scheme the pages use; the bare host
 * for a host without a registrable domain (an IP address, localhost). Pages off the vendor's site give none.
 */
export function siteOrigins(vendorId: string, urls: readonly string[]): string[] {
  const out = new Set<string>();
  for (const url of urls) {
    if (!onVendorSite(url, vendorId)) continue;
    const u = new URL(url);
    const scheme = u.protocol.slice(0, -1);
    const host = u.hostname;
    const isBareHost = host === vendorId && (/^[\d.]+$/.test(host) || host.startsWith('[') || !host.includes('.'));
    out.add(isBareHost ? `${scheme}://${host}/*` : `${scheme}://*.${vendorId}/*`);
  }
  return [...out].sort();
}

const TOPIC_RANK = new Map<LinkTopic, number>(LINK_TOPICS.map((t, i) => [t.id, i]));

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}
