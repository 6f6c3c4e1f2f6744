import { candidate } from '../language/evidence';
import { primaryFindings } from '../language/storage-context';
import type { Candidate, Extractor } from '../claims/types';

const FIELD = 'dataCountries';

/**
 * dataCountries: ISO 3166-1 alpha-2 codes of the countries of primary storage. A city, data-centre
 * site or cloud region code implies its country (Falkenstein, FSN1, eu-central-1 -> DE); an area
 * alone ("the EU") names no country and gives no candidate.
 */
export const extractor: Extractor<string[]> = {
  meta: {
    id: 'data-countries',
    field: FIELD,
    version: 4,
    description: 'Countries of primary data storage (ISO codes), from storage statements, location labels and hosting table rows',
  },
  extract(page) {
    const out: Candidate<string[]>[] = [];
    const findings = primaryFindings(page);
    // A weak reading (backups in CH) must not stand in for a strong one that names only an area (the EU).
    const floor = Math.max(0, ...findings.map((f) => f.confidence)) - 0.15;
    for (const f of findings) {
      if (f.countries.length === 0 || f.confidence < floor) continue;
      out.push(candidate(FIELD, [...f.countries].sort(), f.evidence, f.confidence, f.reason));
    }
    return out;
  },
};

/*
 * Must read right:
 *   "Our web applications use the Canada Central (Toronto and Montreal) locations to store all data." -> CA
 *   "Notion Mail is hosted on Amazon Web Services (AWS) in the us-west-2 region (Oregon)."           -> US
 *   "a cloud service that uses the Tokyo region of Amazon Web Services (AWS)"                        -> JP
 *   "stored exclusively at Hetzner's datacenter in Helsinki, Finland (EU)"                           -> FI
 *   "Data center location(s)" / "United States" (label and value on two lines)                       -> US
 * Must not be fooled by:
 *   "Australian and New Zealand customers — data is stored in Australia" (not NZ);
 *   "Mügeri 340, 5046 Schmiedrued, Switzerland" under "Operator"; "billing records ... Swiss law";
 *   "third parties that are based outside Switzerland"; "Amazon Web Services" (American, but no place);
 *   "Our engineering organisation is distributed across the US and Lisbon, Portugal" (people, every place of the list);
 *   "Customers located in New Zealand are provisioned in the same region" (a segment, not NZ).
 */
