import type { Candidate, Extractor, Soc2Value } from '../claims/types';
import { certReadings } from '../language/cert-details';
import { OTHER_FRAMEWORKS, pickCertification, type CertReading, type CertSpec } from '../language/certification';

const FIELD = 'soc2';

const TYPE = /\bType\s*-?\s*(II|2|I|1)\b/gi;
const TYPE_UNDERWAY = /^\s*(?:report\s+|audit\s+|examination\s+)?(?:observation\s+(?:period|window)|audit\s+(?:period|window)|(?:is\s+|are\s+)?(?:in\s+progress|underway|under\s+way|planned|expected|scheduled|targeted|pending|to\s+follow|next))\b/i;
/** What names SOC 2 and a question about it; the detail extractors (soc2-period, soc2-auditor, soc2-plan-due) share it. */
export const spec: CertSpec = {
  mention: /\bSOC\s*-?\s*(?:2|II)(?![\d])|\bService Organi[sz]ation Controls?\s*(?:\(SOC\)\s*)?(?:2|II)\b/gi,
  topic: /\bSOC\s*-?\s*(?:2|II)(?!\d)|\bService Organi[sz]ation Control/i,
  // (SOC 1 is another report: "Is Acme SOC 2 Type II?" / "Our SOC 1 report is Type II." answers nothing of SOC 2. SOC 3,
  // the public summary of the SOC 2 report, comes with it: "Acme has completed SOC Type 2 and SOC 3".)
  others: new RegExp(String.raw`\bISO\b|\bSOC\s*-?\s*1\b|${OTHER_FRAMEWORKS}`, 'i'),
  // "SOC 2 Type I and Type II" -> the higher; "Type II SOC 2 report" names the type first.
  variant(after, before) {
    const upTo = after.slice(3).search(/\bSOC\s*-?\s*(?:1|2|3|II)\b/i);
    let own = upTo >= 0 ? after.slice(0, upTo + 3) : after;
    // "SOC 2 Type I (completed), Type II (planned for 2026)": a type listed after the first, with its own status, is another item.
    const first = own.search(/\bType\s*-?\s*(?:II|2|I|1)\b/i);
    const next = first >= 0 ? own.slice(first + 4).search(/[,;]\s*(?:and\s+)?Type\s*-?\s*(?:II|2|I|1)\b\s*(?:\(|\s{3,}\S)/i) : -1;
    if (next >= 0) own = own.slice(0, first + 4 + next);
    const scope = own + ' ' + (before.match(/Type\s*-?\s*(?:II|2|I|1)\s*$/i)?.[0] ?? '');
    let best: string | undefined;
    for (const m of scope.matchAll(TYPE)) {
      // "… a SOC 2 Type I examination, with the Type II observation period running through April": a later type with its
      // own window or plan is not held.
      if (best && TYPE_UNDERWAY.test(scope.slice(m.index! + m[0].length, m.index! + m[0].length + 60))) continue;
      const t = /^(?:II|2)$/i.test(m[1]!) ? 'type2' : 'type1';
      if (best !== 'type2') best = t;
    }
    return best;
  },
};

// The current status wins over a plan, a plan over a denial ("not yet certified; on the roadmap" is planned).
const RANK: Soc2Value[] = ['type2', 'type1', 'compliant', 'planned', 'not_certified'];

function valueOf(r: CertReading): Soc2Value {
  if (r.status === 'planned') return 'planned';
  if (r.status === 'negated') return 'not_certified';
  return r.variant === 'type2' ? 'type2' : r.variant === 'type1' ? 'type1' : 'compliant';
}

export const extractor: Extractor<Soc2Value> = {
  meta: {
    id: 'soc2',
    field: FIELD,
    version: 4,
    description: "The vendor's own SOC 2 status (type2, type1, compliant, planned, not_certified); never a subprocessor's.",
  },
  extract(page): Candidate<Soc2Value>[] {
    return pickCertification(FIELD, certReadings(page, spec), valueOf, RANK, 'not_certified', 'not_stated');
  },
};

// Must read right: "As a SOC2 Type II certified organization" type2; "SOC 2 Type 2 (annually renewed)" under
// certifications type2; "SOC 2 Type I compliant and working towards SOC 2 Type II" type1; "SOC 2 Type II
// certification is on our roadmap" planned; FAQ "Do you have SOC 2 certification?" + "Not yet." not_certified.
// Must not be fooled by: "Fly.io — server and database hosting. SOC 2 Type II certified." (subprocessor);
// "Turbopuffer, a SOC 2 Type 2 certified vector database"; "SOC 1 and SOC 2/SSAE 16" under Amazon's
// accreditations; "If SOC 2 compliance is a requirement, contact us"; a "No." answering a pen-test question.
