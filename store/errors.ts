/** The browser refused to store more: the profile's storage quota is used up. Nothing was written. */
export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';
  constructor(cause?: unknown) {
    super(
      'Assay could not save: the browser’s storage for Assay is full. Nothing was changed. ' +
        'Delete old assessments or vendors (or export a backup and clear data), then try again.',
      { cause },
    );
  }
}

/** A page without a vendor (a local file, a data: URL) cannot be filed under one. */
export class NoVendorError extends Error {
  override readonly name = 'NoVendorError';
  constructor(url: string | null) {
    super(`Assay files assessments by vendor website, and ${url ? `“${url}”` : 'this page'} has none. Use the assay CLI for local files.`);
  }
}

// Dexie wraps the DOMException (Dexie.QuotaExceededError, or an AbortError whose `inner` is it;
// bulk writes collect `failures`), so look through the wrappers.
function isQuota(e: unknown, depth = 0): boolean {
  if (!e || typeof e !== 'object' || depth > 5) return false;
  const err = e as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (err.name === 'QuotaExceededError') return true;
  if (Array.isArray(err.failures) && err.failures.some((f) => isQuota(f, depth + 1))) return true;
  return isQuota(err.inner, depth + 1) || isQuota(err.cause, depth + 1);
}

/** Runs a write; a quota failure becomes a StorageFullError, anything else is rethrown as is. */
export async function guardWrite<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (isQuota(e)) throw new StorageFullError(e);
    throw e;
  }
}
