import { describe, expect, it } from 'vitest';
import { clauseAround, polarityOf, type Polarity } from '../../../language/triggers';

/** Polarity of the clause holding `mark` in `text`. */
function polarityAt(text: string, mark: string): Polarity {
  const at = text.indexOf(mark);
  const c = clauseAround(text, at, at + mark.length);
  return polarityOf(text.slice(c.start, c.end), at - c.start);
}

describe('polarityOf', () => {
  const cases: [string, string, Polarity][] = [
    ['We are SOC 2 Type II certified.', 'SOC', 'affirmed'],
    ['MonitorAH is not yet SOC 2 or ISO 27001 certified.', 'ISO', 'negated'],
    ["Our practices follow industry standards, but we haven't undergone formal SOC 2 audit.", 'SOC', 'negated'],
    ['We do not currently hold an ISO 27001 certificate.', 'ISO', 'negated'],
    ['Acme is not SOC 2 compliant.', 'SOC', 'negated'],
    ['We have no SOC 2 report at this time.', 'SOC', 'negated'],
    ['We have never been audited against SOC 2.', 'SOC', 'negated'],
    ['SOC 2 Type II certification is on our roadmap for 2026–2027.', 'SOC', 'planned'],
    ['Annual penetration testing is planned for Q3 2026.', 'penetration', 'planned'],
    ['Our SOC 2 Type I audit is in progress.', 'SOC', 'planned'],
    ['Our ISO 27001 certification is expected by Q2 2026.', 'ISO', 'planned'],
    ['We are working towards SOC 2 Type II.', 'SOC', 'planned'],
    ['Acme will be certified against ISO 27001:2022 by the end of 2025.', 'ISO', 'planned'],
    ['SOC 2 audit underway.', 'SOC', 'planned'],
    ['We are currently pursuing ISO 27001.', 'ISO', 'planned'],
    ['We are not SOC 2 certified, and we have no plans to pursue it.', 'SOC', 'negated'],
    ['If SOC 2 compliance is a requirement for your organization, please contact us.', 'SOC', 'conditional'],
    ['Customers needing a SOC 2 report can request our questionnaire.', 'SOC', 'conditional'],
    ['Our SOC 2 report is available to customers who require it.', 'SOC', 'affirmed'],
    ['Our SOC 2 report is not publicly available, but can be shared under NDA.', 'SOC', 'affirmed'],
    ['We have been ISO 27001 certified since 2019.', 'ISO', 'affirmed'],
  ];
  it.each(cases)('%s [%s] -> %s', (text, mark, want) => expect(polarityAt(text, mark)).toBe(want));

  it('splits "compliant and working towards" into two clauses', () => {
    const text = 'Notion Mail is SOC 2 Type I compliant and working towards SOC 2 Type II.';
    const first = text.indexOf('SOC');
    const second = text.lastIndexOf('SOC');
    expect(polarityAt(text.slice(0, second) + 'X' + text.slice(second + 1), 'SOC 2 Type I')).toBe('affirmed');
    const c = clauseAround(text, second, second + 5);
    expect(text.slice(c.start, c.end)).toBe('working towards SOC 2 Type II.');
    expect(polarityOf(text.slice(c.start, c.end))).toBe('planned');
    expect(clauseAround(text, first, first + 5).end).toBeLessThanOrEqual(second);
  });
});

describe('PLAN stays narrow for other extractors', () => {
  it.each([
    ['Two-factor authentication is required to get access to billing.', 'authentication', 'affirmed'],
    ['We are working with an auditor to become SOC 2 compliant.', 'SOC', 'planned'],
    ['Our SOC 2 readiness assessment is complete.', 'SOC', 'planned'],
    ['A SOC 2 report is not available yet.', 'SOC', 'negated'],
    ['SOC 2 | Not applicable', 'SOC', 'negated'],
  ] as [string, string, Polarity][])('%s', (text, mark, want) => expect(polarityAt(text, mark)).toBe(want));
});
