/**
 * One criterion against one value: the verdict, the credit (0..1) and the line that explains it.
 * Weights, totals and not-stated credit are score.ts's business.
 */
import { formatValue, isNotStated } from '../claims/fields';
import type { Criterion } from './schema';
import type { Verdict } from './types';

export interface Judgement {
  verdict: Verdict;
  /** Credit 0..1 earned by a stated value; 0 when not stated (the policy decides, in score.ts). */
  fraction: number;
  reason: string;
}

function verdictFor(fraction: number): Verdict {
  return fraction >= 1 ? 'pass' : fraction <= 0 ? 'fail' : 'partial';
}

const POLICY_NOTE = { zero: '', half: ', half credit', exclude: ', not scored' } as const;

export function judge(c: Criterion, value: unknown): Judgement {
  const notStated = (why = '') => ({ verdict: 'not_stated' as const, fraction: 0, reason: `${c.label}: not stated${why}${POLICY_NOTE[c.notStated]}` });
  if (isNotStated(value)) return notStated();
  const head = `${c.label} ${formatValue(c.field, value)}`;

  switch (c.kind) {
    case 'table': {
      if (typeof value !== 'string' && typeof value !== 'boolean') return notStated(` (unreadable value ${JSON.stringify(value)})`);
      const key = String(value);
      const listed = Object.hasOwn(c.points, key);
      const fraction = listed ? c.points[key]! : c.otherwise;
      const verdict = verdictFor(fraction);
      return { verdict, fraction, reason: `${head}: ${listed ? '' : 'not in the rubric\'s table, '}${verdict}` };
    }
    case 'threshold': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return notStated(` (unreadable value ${JSON.stringify(value)})`);
      const unit = (n: number) => formatValue(c.field, n);
      for (const band of c.bands) {
        const hit = 'max' in band ? value <= band.max : value >= band.min;
        if (hit) {
          const verdict = verdictFor(band.points);
          const bound = 'max' in band ? `within ${unit(band.max)}` : `at least ${unit(band.min)}`;
          return { verdict, fraction: band.points, reason: `${head}: ${bound}, ${verdict}` };
        }
      }
      const last = c.bands[c.bands.length - 1]!;
      const verdict = verdictFor(c.otherwise);
      const bound = 'max' in last ? `over ${unit(last.max)}` : `under ${unit(last.min)}`;
      return { verdict, fraction: c.otherwise, reason: `${head}: ${bound}, ${verdict}` };
    }
    case 'set': {
      const items = (Array.isArray(value) ? value : [value]).map(String);
      const outside = items.filter((v) => !c.allowed.includes(v));
      const fraction = outside.length === 0 ? 1 : outside.length < items.length ? c.partial : 0;
      const verdict = verdictFor(fraction);
      const allowed = c.allowed.join(', ');
      const where = outside.length === 0 ? `within allowed ${allowed}` : `${outside.join(', ')} outside allowed ${allowed}`;
      return { verdict, fraction, reason: `${head}: ${where} — ${verdict}` };
    }
  }
}
