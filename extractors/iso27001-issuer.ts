import type { Candidate, Extractor } from '../claims/types';
import { FIRM_NAME, firmAt, heldCertSentences } from '../language/cert-details';
import { candidate, evidenceAt } from '../language/evidence';
import { spec } from './iso27001';

const FIELD = 'iso27001Issuer';

const BODY = String.raw`(?:(?:an?|our|the)\s+)?(?:(?:independent|external|third[- ]party|accredited|(?:UKAS|ANAB|DAkkS|IAS|JAS-ANZ|COFRAC|SAS|RvA)[- ]accredited)\s+)*(?:(?:certification|registration|audit|certifying)\s+)?(?:body|bodies|registrar|auditors?|firm)?\s*,?\s*`;
const PATTERNS = [
  // "certified by BSI", "certificate issued by Schellman", "audited by a UKAS-accredited certification body, BSI"
  new RegExp(String.raw`\b(?:certified|issued|audited|granted|awarded|assessed|registered|certificated)\s+(?:(?:to|against|under)\s+ISO[^,;]{0,20}?\s+)?by\s+${BODY}${FIRM_NAME}`),
  // "Our certification body is BSI", "Registrar: DNV", "Certificate issuer – TÜV SÜD"
  new RegExp(String.raw`\b(?:[Cc]ertification\s+body|[Cc]ertifying\s+body|[Rr]egistrar|[Ii]ssuing\s+body|(?:[Cc]ertificate\s+)?[Ii]ssuer|[Ii]ssued\s+by|[Cc]ertified\s+by)\s*(?:,|:|\||—|–|\bis\b|\bwas\b)\s*${FIRM_NAME}`),
  // "BSI, an accredited certification body, …"
  new RegExp(String.raw`${FIRM_NAME}\s*,\s*(?:an?|our)\s+(?:independent\s+|(?:[A-Z]+[- ])?accredited\s+)*(?:certification|registration)\s+body`),
];

export const extractor: Extractor<string> = {
  meta: {
    id: 'iso27001-issuer',
    field: FIELD,
    version: 1,
    description: "The certification body that issued the vendor's own ISO 27001 certificate, when the page names it.",
  },
  extract(page): Candidate<string>[] {
    const out: Candidate<string>[] = [];
    for (const { block, sentence, how } of heldCertSentences(page, spec)) {
      const text = block.kind === 'label-value' && sentence.start === 0 ? `${block.label ?? ''}: ${block.value ?? ''}` : sentence.text;
      for (const p of PATTERNS) {
        const m = text.match(p);
        const name = m ? firmAt(page, m[1]!) : null;
        if (!name) continue;
        out.push(candidate(FIELD, name, evidenceAt(block, sentence.start, sentence.end), how === 'mention' ? 0.85 : 0.8, "names the body that certified the vendor's ISO 27001"));
        break;
      }
    }
    return out;
  },
};

// Must read right: "Our ISMS is certified to ISO 27001 by BSI." BSI; "ISO 27001 certificate issued by Schellman &
// Company, LLC" ; "Certification body: DNV" under an ISO 27001 heading.
// Must not be fooled by: "certified by an accredited certification body" (no name); "accredited by UKAS" (the
// accreditation body); "AWS is ISO 27001 certified by EY CertifyPoint" (a host's).
