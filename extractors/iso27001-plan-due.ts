import type { Extractor } from '../claims/types';
import { planDueCandidates } from '../language/cert-details';
import { spec } from './iso27001';

const FIELD = 'iso27001PlanDue';

export const extractor: Extractor<string> = {
  meta: {
    id: 'iso27001-plan-due',
    field: FIELD,
    version: 1,
    description: "The date the vendor's ISO 27001 plan is due (YYYY-MM-DD, the last day of the quarter, half or year it names).",
  },
  extract: (page) => planDueCandidates(page, spec, FIELD, 'ISO 27001'),
};

// Must read right: "We will be certified against ISO 27001:2022 by the end of 2025." 2025-12-31; "ISO 27001
// certification is expected in early 2026." 2026-04-30; "ISO 27001: audit scheduled for Q2 2026" 2026-06-30.
// Must not be fooled by: "ISO 27001:2022 certified since 2023"; "Our hosting provider plans ISO 27001 by 2026";
// "We follow ISO 27001 principles" (no plan).
