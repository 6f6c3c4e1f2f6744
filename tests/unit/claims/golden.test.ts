import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../../cli/load';
import { toOutput } from '../../../cli/commands/extract';
import { FIXTURES, labelledPages, matchesLabel, normalise } from '../helpers/fixtures';

const FIELDS = ['soc2', 'iso27001', 'dataRegion', 'dataCountries', 'encryptionAtRest', 'encryptionInTransit', 'retentionDays', 'breachNoticeHours'];
const empty = (v: unknown) => v === null || v === undefined || v === 'not_stated' || (Array.isArray(v) && v.length === 0);

// One test per fixture set, each listing every mismatch in the set, so a failure reads as a to-do list.
const pages = labelledPages();
const sets = [...new Set(pages.map((p) => p.set))];

describe('golden fixtures: the pipeline reads every labelled page as a reviewer would', () => {
  it('finds labelled fixtures', () => expect(pages.length).toBeGreaterThan(0));
  for (const set of sets) {
    it(`${set}: every labelled field matches and every quote is verbatim`, () => {
      const problems: string[] = [];
      for (const page of pages.filter((p) => p.set === set)) {
        const where = relative(FIXTURES, page.file);
        let out;
        try {
          out = toOutput(page.file, extractFile(page.file));
        } catch (e) {
          problems.push(`${where}: pipeline failed: ${(e as Error).message}`);
          continue;
        }
        const text = normalise(readFileSync(page.file, 'utf8'));
        for (const [field, label] of Object.entries(page.fields)) {
          const got = out.fields[field];
          // Extra fields appear in the summary only when read; absent means "not stated" (null, 'not_stated' or []).
          const absentOk = !got && !FIELDS.includes(field) && [label.value, ...(label.accept ?? [])].some(empty);
          if (!absentOk && (!got || !matchesLabel(label, got.value))) {
            const want = JSON.stringify(label.value) + (label.accept ? ` (or ${label.accept.map((a) => JSON.stringify(a)).join(', ')})` : '');
            problems.push(`${where} ${field}: want ${want}, got ${got ? JSON.stringify(got.value) : 'no field'}`);
          }
          if (got && !empty(got.value)) {
            if (got.evidence.length === 0) problems.push(`${where} ${field}: value ${JSON.stringify(got.value)} has no quote`);
            for (const q of got.evidence) {
              if (!normalise(q) || !text.includes(normalise(q))) problems.push(`${where} ${field}: quote not on the page: "${q.slice(0, 120)}"`);
            }
          }
        }
      }
      expect(problems, `\n${problems.join('\n')}\n`).toEqual([]);
    });
  }
});
