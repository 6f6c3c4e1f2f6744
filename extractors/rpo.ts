import type { Extractor } from '../claims/types';
import { readObjective } from '../language/recovery-objective';

export const extractor: Extractor<number> = {
  meta: { id: 'rpo', field: 'rpoMinutes', version: 1, description: 'Recovery point objective in minutes' },
  extract(page) {
    return readObjective(page, 'rpoMinutes', 'rpo');
  },
};

// Must read right: "Recovery point objective (RPO) | 15 minutes" 15; "RPO: 1 hour." 60; "RPO 30 minutes, RTO 2 hours" 30;
// "RPO: <= 5 minutes" 5. Must not be fooled by: the RTO of the same sentence; "backups kept 35 days".
