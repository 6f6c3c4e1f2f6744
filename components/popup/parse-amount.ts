/**
 * A number the reviewer typed, with or without its unit: "72", "72 hours", "72h", "99.9 %". Empty means
 * not stated (null). Anything else comes back as NaN, which the field's check words as a problem.
 */
export function parseAmount(text: string, unit: { one: string; other: string } | undefined): number | null {
  const t = text.trim().toLowerCase().replace(/,/g, '');
  if (t === '') return null;
  const m = /^(\d+(?:\.\d+)?)\s*([a-z%]*)$/.exec(t);
  if (!m) return Number.NaN;
  const word = m[2]!;
  if (word !== '') {
    const names = unit ? [unit.one, unit.other, unit.one.charAt(0)].map((w) => w.toLowerCase()) : [];
    if (unit?.one === 'minute') names.push('min', 'mins');
    if (!names.includes(word)) return Number.NaN;
  }
  return Number(m[1]);
}
