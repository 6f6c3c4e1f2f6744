/** Placeholder page reader: the extraction pipeline replaces this (issue 7). */
export interface PageSnapshot {
  title: string;
  url: string;
}

export function readActivePage(doc: Document): PageSnapshot {
  return { title: doc.title, url: doc.location?.href ?? '' };
}
