import type { Candidate, Extractor } from '../claims/types';
import { unitsInContext } from '../language/block-units';
import { findDurations } from '../language/duration';
import { candidate, evidenceAt } from '../language/evidence';

const FIELD = 'backupRetentionDays';
const TOPIC = /\bback(?:[- ]?ups?|ed up)\b|\bsnapshots?\b|\bpoint[- ]in[- ]time\b|\bPITR\b/i;
const KEEP = /\b(?:retain\w*|retention|kept|keep|keeps|stored|store|held|hold|preserved|available) ?/i;
// Deleting customer data from backups after termination is retentionDays' business.
const DELETION = /\b(?:delet\w*|purg\w*|eras\w*|overwritten|removed?|terminat\w*|cancel\w*|close (?:your|an) account)\b/i;
const NOT_RETENTION = /\b(?:every|each|after|RPO|RTO|recovery (?:point|time)|restore[sd]? (?:in|within))\s*$/i;
// Second-tier copies ("weekly snapshots ... kept for 12 weeks") rank below the primary backups.
const SECONDARY = /\b(?:weekly|monthly|yearly|annual|long[- ]term|archive[sd]?)\b/i;

export const extractor: Extractor<number> = {
  meta: {
    id: 'backup-retention',
    field: FIELD,
    version: 1,
    description: 'Days that backups of customer data are kept (the primary backup tier)',
  },
  extract(page) {
    const out: Candidate<number>[] = [];
    for (const { block, unit, context } of unitsInContext(page)) {
      const onTopic = TOPIC.test(unit.text) || TOPIC.test(context);
      if (!onTopic || DELETION.test(unit.text)) continue;
      const labelled = /retention/i.test(block.label ?? '') || /retention/i.test(unit.text.split('|')[0] ?? '');
      if (!labelled && !KEEP.test(unit.text)) continue;
      for (const d of findDurations(unit.text)) {
        if (d.immediate || d.hours < 24) continue;
        if (NOT_RETENTION.test(unit.text.slice(Math.max(0, d.start - 25), d.start))) continue;
        const conf = SECONDARY.test(unit.text) ? 0.65 : 0.85;
        const ev = evidenceAt(block, unit.start, unit.end);
        out.push(candidate(FIELD, d.days, ev, conf, `backups kept for "${d.text}"`));
        break;
      }
    }
    return out;
  },
};

// Must read right: "We perform daily automated backups with 7-day retention" 7; "Backup retention | 35 days" 35;
// "Daily, kept for 30 days" under "Backups" 30; "continuous backups with point-in-time recovery, retained for 7 days" 7.
// Must not be fooled by: "Backup copies are overwritten ... within ninety (90) days of deletion"; "deleted ... from
// backups within 30 days after that"; "snapshotted every 6 hours"; "Audit log retention | 1 year".
