import type { Extractor } from '../claims/types';
import { readObjective } from '../language/recovery-objective';

export const extractor: Extractor<number> = {
  meta: { id: 'rto', field: 'rtoMinutes', version: 1, description: 'Recovery time objective in minutes' },
  extract(page) {
    return readObjective(page, 'rtoMinutes', 'rto');
  },
};

// Must read right: "Recovery time objective (RTO) | 4 hours" 240; "RTO: 8 hours." 480; "RPO 30 minutes, RTO 2 hours" 120;
// "a 4-hour RTO" 240. Must not be fooled by: the RPO of the same sentence; "sessions expire after 12 hours".
