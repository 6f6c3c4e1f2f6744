/**
 * Recovery point / time objectives ("RPO: 15 minutes", "Recovery time objective (RTO) | 4 hours",
 * "RPO 30 minutes, RTO 2 hours", "a 4-hour RTO") read as minutes, one candidate per mention.
 */
import type { Candidate, Page } from '../claims/types';
import { unitsOf } from './block-units';
import { findDurations } from './duration';
import { candidate, evidenceAt } from './evidence';

const MENTION = {
  rpo: /\bRPO\b|\brecovery[- ]point[- ]objective\b/gi,
  rto: /\bRTO\b|\brecovery[- ]time[- ]objective\b/gi,
} as const;

export function readObjective(page: Page, field: string, which: 'rpo' | 'rto'): Candidate<number>[] {
  const other = which === 'rpo' ? MENTION.rto : MENTION.rpo;
  const out: Candidate<number>[] = [];
  for (const block of page.blocks) {
    if (block.kind === 'heading' || block.kind === 'question') continue;
    for (const unit of unitsOf(block)) {
      const text = unit.text;
      const mentions = [...text.matchAll(MENTION[which])];
      if (mentions.length === 0) continue;
      const others = [...text.matchAll(other)].map((m) => m.index!);
      const durations = findDurations(text).filter((d) => !d.immediate);
      for (const m of mentions) {
        const at = m.index! + m[0].length;
        // The figure after the mention, up to the other objective's mention ("RPO 30 minutes, RTO 2 hours").
        const stop = Math.min(...others.filter((o) => o > at), text.length);
        let d = durations.find((x) => x.start >= at && x.start < stop && x.start - at <= 40);
        // Or right before it: "a 4-hour RTO".
        d ??= durations.find((x) => x.end <= m.index! && m.index! - x.end <= 3 && !others.some((o) => o > x.end && o < m.index!));
        if (!d) continue;
        const minutes = Math.round(d.hours * 60);
        out.push(candidate(field, minutes, evidenceAt(block, unit.start, unit.end), 0.85, `${which.toUpperCase()} "${d.text}"`));
        break;
      }
    }
  }
  return out;
}
