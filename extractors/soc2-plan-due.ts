import type { Extractor } from '../claims/types';
import { planDueCandidates } from '../language/cert-details';
import { spec } from './soc2';

const FIELD = 'soc2PlanDue';

export const extractor: Extractor<string> = {
  meta: {
    id: 'soc2-plan-due',
    field: FIELD,
    version: 1,
    description: "The date the vendor's SOC 2 plan is due (YYYY-MM-DD, the last day of the quarter, half or year it names).",
  },
  extract: (page) => planDueCandidates(page, spec, FIELD, 'SOC 2'),
};

// Must read right: "We expect to complete our SOC 2 Type II audit by Q3 2025." 2025-09-30; "SOC 2 Type II: in
// progress, expected in early 2026" 2026-04-30; "SOC 2 certification is on our roadmap for 2027." 2027-12-31.
// Must not be fooled by: "We have been SOC 2 Type II certified since 2021."; "AWS plans SOC 2 … by 2026";
// "We achieved SOC 2 Type I in 2024." (no plan).
