/** The codes a list field offers, with names a reviewer recognises. */

const REGION_NAMES: Record<string, string> = {
  EU: 'European Union / EEA',
  US: 'United States',
  UK: 'United Kingdom',
  CA: 'Canada',
  AU: 'Australia',
  APAC: 'Asia-Pacific',
  CH: 'Switzerland',
  IN: 'India',
  JP: 'Japan',
  BR: 'Brazil',
  GLOBAL: 'Global (no fixed region)',
};

/** Two-letter codes that name no country (unions, oceans, private use, "unknown"). */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'ZZ', 'XA', 'XB', 'AA', 'QM', 'QN', 'QP', 'QQ', 'QR', 'QS', 'QT', 'QU', 'QV', 'QW', 'QX', 'QY', 'QZ']);

let countries: { code: string; name: string }[] | null = null;

/** Every ISO 3166-1 alpha-2 country the browser can name, by name. Built once, on first use. */
function allCountries(): { code: string; name: string }[] {
  if (countries) return countries;
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const list: { code: string; name: string }[] = [];
  const A = 'A'.charCodeAt(0);
  for (let i = 0; i < 26; i++) {
    for (let j = 0; j < 26; j++) {
      const code = String.fromCharCode(A + i, A + j);
      if (NOT_COUNTRIES.has(code) || code.startsWith('X')) continue;
      let name: string | undefined;
      try {
        name = names.of(code);
      } catch {
        name = undefined;
      }
      if (name && name !== code) list.push({ code, name });
    }
  }
  countries = list.sort((a, b) => a.name.localeCompare(b.name));
  return countries;
}

/** The choices for a list field: its closed vocabulary with names, or every country. */
export function codeChoices(allowed: readonly string[] | undefined): { code: string; name: string }[] {
  if (allowed) return allowed.map((code) => ({ code, name: REGION_NAMES[code] ?? code }));
  return allCountries();
}
