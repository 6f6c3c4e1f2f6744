/** The page address Assay stores: as given, minus its #fragment. */
export function normalizePageUrl(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href;
  } catch {
    return url;
  }
}
