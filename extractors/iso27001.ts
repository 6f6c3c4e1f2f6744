import type { Candidate, Extractor, IsoValue } from '../claims/types';
import { certReadings } from '../language/cert-details';
import { OTHER_FRAMEWORKS, pickCertification, type CertReading, type CertSpec } from '../language/certification';

const FIELD = 'iso27001';

// 27001 exactly: ISO 27017, 27018, 27701 and 9001 are other standards.
/** What names ISO 27001 and a question about it; the detail extractors (iso27001-*) share it. */
export const spec: CertSpec = {
  mention: /\bISO\s*(?:\/\s*IEC\s*)?[-:]?\s*27001(?!\d)(?:\s*:\s*20\d\d)?/gi,
  topic: /\bISO\s*(?:\/\s*IEC\s*)?[-:]?\s*27001(?!\d)|\bISO\b(?!\s*(?:\/\s*IEC\s*)?\d)/i,
  others: new RegExp(String.raw`\bSOC\b|${OTHER_FRAMEWORKS}|\bISO\s*(?:\/\s*IEC\s*)?(?:27017|27018|27701|9001|22301|42001|14001|50001|17100)\b`, 'i'),
};

const RANK: IsoValue[] = ['certified', 'planned', 'not_certified'];

function valueOf(r: CertReading): IsoValue {
  return r.status === 'affirmed' ? 'certified' : r.status === 'planned' ? 'planned' : 'not_certified';
}

export const extractor: Extractor<IsoValue> = {
  meta: {
    id: 'iso27001',
    field: FIELD,
    version: 4,
    description: "The vendor's own ISO/IEC 27001 certification (certified, planned, not_certified); never its host's.",
  },
  extract(page): Candidate<IsoValue>[] {
    return pickCertification(FIELD, certReadings(page, spec), valueOf, RANK, 'not_certified', 'not_stated');
  },
};

// Must read right: "ISO 27001:2022 certified" certified; "Covered under ISO 27001 certification" certified;
// "will be certified against ISO 27001:2022 by the end of 2025" planned; "not yet SOC 2 or ISO 27001 certified.
// Certification is on the roadmap" planned.
// Must not be fooled by: "ISO 27001" in a list led by "Amazon's data center operations have been accredited
// under:"; "audit ... performed according to ISO 27001 standards" about "our infrastructure provider";
// ISO 27017 / 27018 / 27701 / 9001.
