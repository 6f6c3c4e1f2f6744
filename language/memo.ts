/**
 * Memos of work on a text (its sentences, a clause's status, its durations, a number in words) that several fields
 * repeat on the same page. They are bounded by their owners, and `clearTextMemos` empties them all, so a benchmark
 * times a page read for the first time, not one remembered from the previous run.
 */
const memos = new Set<Map<string, unknown>>();

export function textMemo<V>(): Map<string, V> {
  const m = new Map<string, V>();
  memos.add(m as Map<string, unknown>);
  return m;
}

export function clearTextMemos(): void {
  for (const m of memos) m.clear();
}
