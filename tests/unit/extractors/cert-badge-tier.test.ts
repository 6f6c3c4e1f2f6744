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
