// Parameters that say how the reviewer got to a page, never which content it shows: campaign tags,
// click ids, referrers, mail and analytics tokens. Anything else (lang, id, page, tab, section…) may
// select content and is kept.
const TRACKING_PREFIX = /^(?:utm_|mc_|hsa_|pk_|mtm_|_hs|__hs|oly_|vero_|ga_|trk_)/i;
const TRACKING = new Set(
  'ref ref_src ref_url referrer referer gclid gclsrc dclid gbraid wbraid fbclid msclkid yclid twclid ttclid li_fat_id igshid mkt_tok _ga _gl _ke s_kwcid sc_campaign cmpid trk trkcampaign si spm wickedid rb_clickid irclickid epik'.split(' '),
);

/** Whether a query parameter only tracks the visit (utm_*, ref, gclid, fbclid, mc_*…). */
export function isTrackingParam(name: string): boolean {
  return TRACKING_PREFIX.test(name) || TRACKING.has(name.toLowerCase());
}

/**
 * The page address Assay stores: as given, minus its #fragment and its tracking parameters, so
 * `…/security?utm_source=x#soc2` and `…/security` are one page of the vendor. Parameters that may
 * select content stay, in their order.
 */
export function normalizePageUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    const kept = [...u.searchParams].filter(([name]) => !isTrackingParam(name));
    if (kept.length !== [...u.searchParams].length) u.search = kept.length ? new URLSearchParams(kept).toString() : '';
    return u.href;
  } catch {
    return url;
  }
}
