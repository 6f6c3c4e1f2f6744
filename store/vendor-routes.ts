import { normalizePageUrl } from '../assessment/page-url';
import type { AssayDb } from './database';

/**
 * Which vendor a reading of `url` is filed under, given the vendor its domain names (`derivedId`):
 * the vendor the reviewer moved that page to, else the vendor its domain was merged into, else the
 * domain's own. Run inside the caller's transaction (which must include db.vendors) so a merge or a
 * move cannot slip between the look-up and the write.
 */
export async function routeFor(db: AssayDb, url: string, derivedId: string): Promise<string> {
  const byPage = await db.vendors.where('pages').equals(normalizePageUrl(url)).first();
  if (byPage) return byPage.id;
  return (await domainOwner(db, derivedId)) ?? derivedId;
}

/** The vendor `domainId` was merged into, if any. */
export async function domainOwner(db: AssayDb, domainId: string): Promise<string | undefined> {
  return (await db.vendors.where('aliases').equals(domainId).first())?.id;
}
