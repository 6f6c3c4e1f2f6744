import { describe, expect, it } from 'vitest';
import { extractor as soc2 } from '../../../extractors/soc2';
import { extractor as iso } from '../../../extractors/iso27001';
import type { Extractor } from '../../../claims/types';
import { resolveField } from '../../../claims/resolve';
import type { BlockSpec } from '../helpers/page';
import { pageFor } from '../helpers/extractor-table';

// A badge that states no status ("ISO 27001 · 2025" in a row of badges) is the weakest reading: a status row or a
// sentence that says "planned", "in progress" or "not certified" outranks it (docs/FIELDS.md, "When readings disagree").
const value = (ex: Extractor, blocks: BlockSpec[]) =>
  resolveField(ex.meta.field, ex.extract(pageFor(blocks, 'Acme Trust Center')).map((candidate) => ({ candidate, extractor: { id: ex.meta.id, version: 1 } })))?.value ?? 'not_stated';
const badge = (text: string): BlockSpec => ({ kind: 'list-item', text, headings: ['Certifications'], lead: 'Compliance badges' });
const row = (name: string, status: string): BlockSpec => ({ kind: 'table-row', text: `${name} | ${status}`, cells: [name, status], header: ['Framework', 'Status'], headings: ['Compliance status'] });

describe('a bare badge against a status row', () => {
  it.each([
    [iso, 'ISO 27001 · 2025', 'ISO/IEC 27001', '○ Planned', 'planned'],
    [iso, 'ISO 27001', 'ISO/IEC 27001', 'In progress', 'planned'],
    [iso, 'ISO 27001', 'ISO 27001', 'Not certified', 'not_certified'],
    [iso, 'ISO 27001 (2026)', 'ISO 27001', 'Target: Q3 2026', 'planned'],
    [soc2, 'SOC 2 Type II', 'SOC 2 Type II', 'In progress', 'planned'],
    [soc2, 'SOC 2', 'SOC 2 Type II', 'Observation period underway', 'planned'],
    [soc2, 'SOC 2 Type II', 'SOC 2', 'Not pursued', 'not_certified'],
    [soc2, 'SOC 2 Type II', 'SOC 2 Type II', 'Expired', 'not_certified'],
    [soc2, 'SOC 2 Type II', 'SOC 2 Type II', 'Scheduled for 2026', 'planned'],
    [iso, 'ISO/IEC 27001', 'ISO/IEC 27001', 'Withdrawn', 'not_certified'],
  ])('badge %#: the row wins', (ex, b, name, status, want) => {
    expect(value(ex as Extractor, [badge(b as string), row(name as string, status as string)])).toBe(want);
  });
  it.each([
    [iso, 'ISO 27001', 'certified'],
    [soc2, 'SOC 2 Type II', 'type2'],
  ])('a badge alone still reads as held: %#', (ex, b, want) => {
    expect(value(ex as Extractor, [badge(b as string)])).toBe(want);
  });
  it.each([
    [iso, 'ISO 27001', 'ISO 27001', 'Certified', 'certified'],
    [soc2, 'SOC 2 Type II', 'SOC 2 Type II', 'Active', 'type2'],
  ])('a badge and a row that agree: %#', (ex, b, name, status, want) => {
    expect(value(ex as Extractor, [badge(b as string), row(name as string, status as string)])).toBe(want);
  });
});

describe('badges the page disowns', () => {
  // "The SOC 2, ISO 27001 and PCI DSS badges belong to Google Cloud and Stripe": the bare chips state nothing of the vendor.
  const chips: BlockSpec = { kind: 'label-value', text: 'Compliance: SOC 2 · ISO 27001 · GDPR', label: 'Compliance', value: 'SOC 2 · ISO 27001 · GDPR', headings: ['Trust'] };
  it.each([
    'The SOC 2 and ISO 27001 badges above belong to Google Cloud, which hosts us.',
    'The ISO 27001 and SOC 2 logos refer to our hosting provider.',
    'Those SOC 2 and ISO 27001 seals are held by our cloud provider, not by us.',
  ])('%s', (disclaimer) => {
    expect(value(iso, [chips, { kind: 'paragraph', text: disclaimer }])).toBe('not_stated');
    expect(value(soc2, [chips, { kind: 'paragraph', text: disclaimer }])).toBe('not_stated');
  });
  it('keeps a status the vendor states in words', () => {
    expect(value(iso, [chips, { kind: 'paragraph', text: 'The SOC 2 badge belongs to our host.' }, { kind: 'paragraph', text: 'We hold ISO 27001 for the whole platform.' }])).toBe('certified');
  });
});

describe("a list's held line against the vendor's own denial in a label's value", () => {
  // A label's value that is a sentence in the vendor's voice is its own statement: it outranks a list line.
  it.each([
    ['ISO 27001 certificate issued in September 2024 with zero major findings', "We don't hold ISO 27001 certification ourselves and have no audit scheduled."],
    ['SOC 2 Type II report delivered in 14 weeks', 'We are not SOC 2 certified ourselves, and no audit is booked.'],
  ])('%s / %s', (held, denied) => {
    const ex = /ISO/.test(held) ? iso : soc2;
    expect(value(ex, [{ kind: 'list-item', text: held, headings: ['Customer story'] }, { kind: 'label-value', text: `Our position: ${denied}`, label: 'Our position', value: denied, headings: ['About us'] }])).toBe('not_certified');
  });
});

describe('a later SOC 2 type with its own window is not held', () => {
  it.each([
    ['Acme has completed a SOC 2 Type I examination as of 31 October, with the Type II observation period running through 30 April.', 'type1'],
    ['We hold a SOC 2 Type I report; Type II audit window opens in May.', 'type1'],
    ['Acme completed SOC 2 Type I in March, and the Type II is in progress.', 'type1'],
    ['We hold SOC 2 Type I and Type II reports.', 'type2'],
    ['Our SOC 2 Type I and Type II reports are both available.', 'type2'],
  ])('%s', (text, want) => {
    expect(value(soc2, [{ kind: 'paragraph', text }])).toBe(want);
  });
});
