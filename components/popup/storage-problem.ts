/**
 * Why a reading could not be saved, in plain words and with what to do: never Dexie's raw error.
 * The reading itself is still shown.
 */
export function storageProblem(e: unknown): string {
  const err = e as { name?: unknown; message?: unknown } | null;
  const name = typeof err?.name === 'string' ? err.name : '';
  const text = typeof err?.message === 'string' ? err.message : String(e);
  if (name === 'StorageFullError' || /quota/i.test(name) || /quota/i.test(text)) {
    return 'Not saved: the browser’s storage for Assay is full. Free space by deleting old vendors or assessments on the compare page (Compare vendors → Delete), or back up and “Delete all data”, then Retry.';
  }
  if (name === 'NoVendorError') return `Not saved: ${text}`;
  if (name === 'MissingAPIError' || /indexedDB|IndexedDB API missing|MissingAPI/i.test(`${name} ${text}`)) {
    return 'Not saved: this browser profile does not let Assay use its storage (IndexedDB is turned off, e.g. by a private window or a site-data policy). The reading below is shown but will be gone when the popup closes.';
  }
  if (/InvalidState|UnknownError|DatabaseClosed|OpenFailed|VersionError/i.test(name)) {
    return 'Not saved: Assay’s storage could not be opened (the browser reported a storage error). Restart the browser and Retry; the reading below is shown but not kept.';
  }
  if (/value|override|correction/i.test(text)) return `Not saved: ${text}`;
  return 'Not saved: Assay’s storage refused the write. Retry; if it keeps failing, back up your data from the compare page and restart the browser.';
}
