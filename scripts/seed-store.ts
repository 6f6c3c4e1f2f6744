// Writes generated vendors (bench/data.ts) straight into the extension's IndexedDB through one of its pages:
// the compare benchmark and the wide-compare browser test start from the same stored data.
import type { Page } from 'playwright-core';
import { generateData } from '../bench/data';
import { headOf } from '../assessment/types';

export async function seedVendors(page: Page, count: number): Promise<void> {
  const { vendors, assessments } = generateData(count, 1);
  // The callback names no inner function: tsx would wrap one in a helper the page lacks.
  await page.evaluate(
    async (data) => {
      const db = await new Promise<IDBDatabase>((ok, ko) => {
        const r = indexedDB.open('assay');
        r.onsuccess = () => ok(r.result);
        r.onerror = () => ko(r.error);
      });
      const tx = db.transaction(['vendors', 'assessments', 'heads'], 'readwrite');
      for (const v of data.vendors) tx.objectStore('vendors').put(v);
      for (const a of data.assessments) tx.objectStore('assessments').put(a);
      for (const h of data.heads) tx.objectStore('heads').put(h);
      await new Promise((ok) => {
        tx.oncomplete = ok;
      });
      db.close();
    },
    { vendors, assessments, heads: assessments.map(headOf) },
  );
}
