import type { Extractor } from '../claims/types';
import { deniedNear, keepBest, readStatus, type Rule, type StatusSpec } from '../language/claim-rules';

export type BackupFrequencyValue = 'continuous' | 'daily' | 'weekly' | 'stated' | 'not_stated';

const FIELD = 'backupFrequency';
const TOPIC = /\bback(?:[- ]?ups?|ed up|ing up|s? up)\b|\bsnapshot(?:s|ted)?\b|\bpoint[- ]in[- ]time (?:recovery|restore)\b|\bPITR\b/i;
// Hourly or every few hours is at least daily: "daily" reads as "at least once a day".
const DAILY = /\b(?:daily|nightly|every (?:day|night|\d{1,2} hours|hour|few hours)|each (?:day|night)|once a day|hourly|every 24 hours|per day)\b/i;
const WEEKLY = /\b(?:weekly|every week|once a week|each week|per week)\b/i;

const rules: Rule<BackupFrequencyValue>[] = [
  { all: [deniedNear(TOPIC)], value: null, confidence: 0, reason: 'denies backups' },
  // Deletion from backups after termination is a retention matter, not a schedule.
  { all: [/\b(?:delet\w*|purg\w*|eras\w*|overwritten|removed?|terminat\w*|cancel\w*)\b/i], value: null, confidence: 0, reason: 'about deletion, not backups' },
  { all: [/\bcontinuous(?:ly)?\b|\bpoint[- ]in[- ]time\b|\bPITR\b|\breal[- ]time backups?\b/i], value: 'continuous', confidence: 0.9, reason: 'continuous backups / point-in-time recovery' },
  { all: [DAILY], value: 'daily', confidence: 0.85, reason: 'backups at least daily' },
  { all: [WEEKLY], value: 'weekly', confidence: 0.8, reason: 'weekly backups' },
  {
    all: [/\b(?:automated|automatic|regular|encrypted|redundant|we back up|backed up|backups? (?:are|is) (?:taken|performed|made|stored|kept|encrypted|replicated|tested))\b/i],
    value: 'stated',
    confidence: 0.6,
    reason: 'backups stated, no schedule',
    local: true,
  },
];

const spec: StatusSpec<BackupFrequencyValue> = { field: FIELD, topic: TOPIC, rules, answer: (said) => (said === 'yes' ? 'stated' : null) };
const RANK: BackupFrequencyValue[] = ['continuous', 'daily', 'weekly', 'stated'];

export const extractor: Extractor<BackupFrequencyValue> = {
  meta: {
    id: 'backup-frequency',
    field: FIELD,
    version: 1,
    description: 'How often customer data is backed up: continuous, daily (or more often), weekly, or stated',
  },
  extract(page) {
    return keepBest(readStatus(page, spec), RANK);
  },
};

// Must read right: "Backup frequency | Continuous, with point-in-time recovery" continuous; "We perform daily
// automated backups with 7-day retention" daily; "Backups Every night, retained for 90 days" daily;
// "metadata database snapshotted every 6 hours" daily; "Weekly full snapshots are copied to a separate region" weekly.
// Must not be fooled by: "deleted ... from backups within 30 days after that"; "Backup copies are overwritten ...
// within ninety (90) days of deletion"; "We test restores from backup every quarter" (a test, not a schedule).
