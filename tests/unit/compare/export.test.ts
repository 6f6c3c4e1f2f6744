import Papa from 'papaparse';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { buildVendorView } from '../../../compare/vendor-view';
import { toComparisonRow } from '../../../compare/export-row';
import { buildComparisonCsv, FIELD_COLUMNS } from '../../../compare/csv';
import { vendorReportHtml, reportFileName } from '../../../compare/report';
import { encodeTextTerm, quoteLink } from '../../../compare/text-fragment';
import { summarize } from '../../../claims/summary';
import { FIELD_NAMES, fieldLabel } from '../../../claims/fields';
import type { Summary } from '../../../claims/types';
import { DEFAULT_PRESET } from '../../../rubric/presets';

const SECURITY = 'https://acme.example/security';
const TRUST = 'https://trust.acme.example/';
const s = (over: Record<string, { value: unknown; evidence: string[]; strength?: 1 | 2 | 3 }>) => ({ ...summarize({}), ...over }) as Summary;
const security = {
  id: 'a1',
  url: SECURITY,
  assessedAt: '2026-11-20T09:00:00.000Z',
  summary: s({
    soc2: { value: 'type1', evidence: ['We completed our SOC 2 Type I audit in 2025.'], strength: 3 },
    iso27001: { value: 'planned', evidence: ['We are working towards ISO 27001 certification.'], strength: 3 },
    retentionDays: { value: 30, evidence: ['Customer data is deleted within 30 days of termination.'], strength: 3 },
    hipaa: { value: 'baa_available', evidence: ['We sign a BAA with covered entities.'], strength: 3 },
  }),
  overrides: {},
};
const trust = {
  id: 'b2',
  url: TRUST,
  assessedAt: '2026-11-21T09:00:00.000Z',
  summary: s({
    soc2: { value: 'type2', evidence: ['Acme holds a SOC 2 Type II report, audited annually by an independent firm.'], strength: 3 },
    iso27001: { value: 'certified', evidence: ['Acme is ISO 27001 certified.'], strength: 3 },
    breachNoticeHours: { value: 72, evidence: ['We notify customers within 72 hours.'], strength: 3 },
  }),
  overrides: { breachNoticeHours: { value: 48, note: 'MSA §9.2 says 48 hours', by: 'reviewer' as const, at: '2026-11-22T10:00:00.000Z' } },
};
const vendor = { id: 'acme.example', name: 'Acme', tags: ['shortlist', 'EU'], note: 'Renewal due in March' };

describe('a vendor whose pages disagree', () => {
  it('scores the same whichever page was read last, at the weaker value, and says why', () => {
    const a = buildVendorView(vendor, [security, trust], DEFAULT_PRESET);
    // The trust page viewed again later: a newer reading of the same page.
    const b = buildVendorView(vendor, [{ ...trust, id: 'c3', assessedAt: '2026-11-25T09:00:00.000Z' }, security, trust], DEFAULT_PRESET);
    const c = buildVendorView(vendor, [trust, { ...security, id: 'd4', assessedAt: '2026-11-26T09:00:00.000Z' }], DEFAULT_PRESET);
    expect([b.score.total, c.score.total]).toEqual([a.score.total, a.score.total]);
    expect(a.conflicts).toEqual(['soc2', 'iso27001']);
    const soc2 = a.score.criteria.find((x) => x.field === 'soc2')!;
    expect(soc2.value).toBe('type1');
    expect(soc2.verdict).toBe('partial');
    expect(soc2.reason).toContain('the vendor’s pages disagree (Type I on https://acme.example/security; Type II on https://trust.acme.example/); scored at the weaker value');
    expect(soc2.conflict!.map((r) => r.value)).toEqual(['type1', 'type2']);
    expect(a.score.criteria.find((x) => x.field === 'iso27001')!.value).toBe('planned');
    expect(a.score.questions[0]).toBe('Your pages disagree on SOC 2: “Type I” (https://acme.example/security) and “Type II” (https://trust.acme.example/). Which is current, and can you share the evidence?');
  });
});

const parse = (csv: string) => Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { newline: '\r\n' });

describe('the CSV a GRC team can file, parsed back', () => {
  const csv = buildComparisonCsv([toComparisonRow(buildVendorView(vendor, [security, trust], DEFAULT_PRESET))]);
  const { data, errors } = parse(csv);
  const header = data[0]!;
  const cell = (name: string) => data[1]![header.indexOf(name)]!;

  it('has every column for every field Assay reads, the vendor’s tags and note, and one row', () => {
    expect(errors).toEqual([]);
    expect(data).toHaveLength(2);
    expect(header.slice(0, 10)).toEqual(['Vendor', 'Domain', 'Tags', 'Note', 'URLs', 'Assessed at', 'Rubric', 'Score', 'Grade', 'Conflicts']);
    for (const f of FIELD_NAMES) for (const col of [fieldLabel(f), ...FIELD_COLUMNS.map((c) => `${fieldLabel(f)} ${c}`)]) expect(header, col).toContain(col);
    expect([cell('Tags'), cell('Note'), cell('Conflicts')]).toEqual(['shortlist\nEU', 'Renewal due in March', 'SOC 2\nISO 27001']);
  });

  it('per criterion: value, verdict in words, points, quote, text-fragment link, date, conflict', () => {
    expect([cell('SOC 2'), cell('SOC 2 verdict'), cell('SOC 2 evidence'), cell('SOC 2 set by'), cell('SOC 2 read at')]).toEqual(['Type I', 'partial', 'We completed our SOC 2 Type I audit in 2025.', 'page', '2026-11-20T09:00:00.000Z']);
    expect(Number(cell('SOC 2 points'))).toBeGreaterThan(0);
    // Nine words: linked by the first four and the last four (textStart,textEnd).
    expect(cell('SOC 2 source')).toBe('https://acme.example/security#:~:text=We%20completed%20our%20SOC,I%20audit%20in%202025.');
    expect(cell('SOC 2 conflict').split('\n')).toEqual([
      'Pages disagree; scored at the weaker value:',
      'Type I — https://acme.example/security#:~:text=We%20completed%20our%20SOC,I%20audit%20in%202025. “We completed our SOC 2 Type I audit in 2025.”',
      'Type II — https://trust.acme.example/#:~:text=Acme%20holds%20a%20SOC,by%20an%20independent%20firm. “Acme holds a SOC 2 Type II report, audited annually by an independent firm.”',
    ]);
    expect(cell('ISO 27001 verdict')).not.toMatch(/_/);
    expect(cell('Retention after termination conflict')).toBe('');
  });

  it('a reviewer’s value: the note, who set it and when, and what the page said', () => {
    expect([cell('Breach notice'), cell('Breach notice reviewer note'), cell('Breach notice set by'), cell('Breach notice read at')]).toEqual(['48 hours', 'MSA §9.2 says 48 hours', 'reviewer', '2026-11-22T10:00:00.000Z']);
    expect(cell('Breach notice evidence')).toBe('Set by reviewer: MSA §9.2 says 48 hours (the page said 72 hours: “We notify customers within 72 hours.”)');
  });

  it('fields the rubric does not score: value and quote, verdict "not scored"', () => {
    expect([cell('HIPAA'), cell('HIPAA verdict'), cell('HIPAA points'), cell('HIPAA evidence')]).toEqual(['BAA available', 'not scored', '', 'We sign a BAA with covered entities.']);
  });
});

describe('the per-vendor report', () => {
  const view = buildVendorView(vendor, [security, trust], DEFAULT_PRESET);
  const html = vendorReportHtml(view, '2026-11-27T12:00:00.000Z');
  const { document } = parseHTML(html);
  const text = document.body.textContent!.replace(/\s+/g, ' ');
  const hrefs = [...document.querySelectorAll('a')].map((a) => a.getAttribute('href'));

  it('shows the vendor, score, tags, note, pages, conflicts and questions', () => {
    expect(document.querySelector('h1')!.textContent).toContain('Acme');
    expect(text).toContain(`Score ${view.score.total}/100, grade ${view.score.grade}`);
    expect(text).toContain('Tags: shortlist, EU');
    expect(text).toContain('Renewal due in March');
    expect(text).toContain('Conflicts (2)');
    for (const q of view.score.questions) expect(text).toContain(q);
    for (const u of [SECURITY, TRUST]) expect(hrefs).toContain(u);
  });

  it('has every claim’s quote, each with a link to it on its page', () => {
    const claims: [string, string][] = [
      [SECURITY, security.summary.soc2.evidence[0]!],
      [SECURITY, security.summary.iso27001.evidence[0]!],
      [SECURITY, security.summary.retentionDays.evidence[0]!],
      [SECURITY, security.summary.hipaa!.evidence[0]!],
      [TRUST, trust.summary.soc2.evidence[0]!],
      [TRUST, trust.summary.iso27001.evidence[0]!],
    ];
    for (const [page, q] of claims) {
      expect(text, q).toContain(q);
      expect(hrefs, q).toContain(quoteLink(page, q));
    }
    // Both sides of the conflict, with their quotes.
    expect(text).toContain('Acme holds a SOC 2 Type II report, audited annually by an independent firm.');
    expect(text).toContain('MSA §9.2 says 48 hours');
  });

  it('escapes everything from pages: a hostile quote, name and note stay text', () => {
    const evil = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const hostile = buildVendorView({ id: 'evil.example', name: `${evil}"`, note: evil, tags: [evil] }, [{ url: 'https://evil.example/', assessedAt: '2026-11-20T00:00:00.000Z', summary: s({ soc2: { value: 'type2', evidence: [evil] } }), overrides: {} }], DEFAULT_PRESET);
    const out = parseHTML(vendorReportHtml(hostile)).document;
    expect(out.querySelectorAll('script, img')).toHaveLength(0);
    expect(out.body.textContent).toContain(evil);
    expect(vendorReportHtml(hostile)).toContain("default-src 'none'");
  });

  it('is named by vendor and date, with nothing a file system would choke on', () => {
    expect(reportFileName('acme.example', new Date(2026, 10, 27))).toBe('assay-report-acme.example-2026-11-27.html');
    expect(reportFileName('../../etc/x y', new Date(2026, 10, 27))).toBe('assay-report-etc-x-y-2026-11-27.html');
  });
});

describe('text-fragment links (WICG Text Fragments)', () => {
  it('percent-encodes the reserved "-", "," and "&" and the usual', () => {
    expect(encodeTextTerm('30-day, A&B 100%')).toBe('30%2Dday%2C%20A%26B%20100%25');
  });

  it('links a short quote whole, a long one by its first and last words', () => {
    expect(quoteLink('https://a.example/p', 'Not yet.')).toBe('https://a.example/p#:~:text=Not%20yet.');
    expect(quoteLink('https://a.example/p', 'one two three four five six seven eight nine ten')).toBe('https://a.example/p#:~:text=one%20two%20three%20four,seven%20eight%20nine%20ten');
  });

  it('leaves the URL alone when there is nothing to link to', () => {
    expect(quoteLink('https://a.example/p', undefined)).toBe('https://a.example/p');
    expect(quoteLink('https://a.example/report.pdf', 'SOC 2')).toBe('https://a.example/report.pdf');
    expect(quoteLink('file:///tmp/page.html', 'SOC 2')).toBe('file:///tmp/page.html');
  });
});
