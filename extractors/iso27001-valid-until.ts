import type { Candidate, Extractor } from '../claims/types';
import { heldCertSentences } from '../language/cert-details';
import { DATE_SOURCE, findPeriod, parseDate } from '../language/dates';
import { candidate, evidenceAt } from '../language/evidence';
import { spec } from './iso27001';

const FIELD = 'iso27001ValidUntil';

const UNTIL = new RegExp(
  String.raw`\b(?:valid|effective|good|in\s+force)\s+(?:until|through|thru|till|to)\s+(${DATE_SOURCE})|\bexpir(?:es|y|ing|ation)(?:\s+date)?\s*(?:on|in|:|is|of|\|)?\s*(${DATE_SOURCE})|\b(?:valid\s+until|expiry|expiration|expires)\s*[:|]\s*(${DATE_SOURCE})`,
  'i',
);
const VALID_PERIOD = /\b(?:valid(?:ity)?|effective)\b/i;
// Under an ISO 27001 heading, a sentence must still be about the certificate: "Our pricing is valid until …" is not.
const ABOUT_CERT = /\b(?:certif|ISMS|registration)|^\s*(?:valid|expir|effective)/i;

export const extractor: Extractor<string> = {
  meta: {
    id: 'iso27001-valid-until',
    field: FIELD,
    version: 1,
    description: "The date the vendor's own ISO 27001 certificate expires (valid until), YYYY-MM-DD or YYYY-MM.",
  },
  extract(page): Candidate<string>[] {
    const out: Candidate<string>[] = [];
    for (const { block, sentence, how } of heldCertSentences(page, spec)) {
      const text = block.kind === 'label-value' && sentence.start === 0 ? `${block.label ?? ''}: ${block.value ?? ''}` : sentence.text;
      if (how === 'context' && !ABOUT_CERT.test(text)) continue;
      const m = text.match(UNTIL);
      let value = m ? parseDate(m[1] ?? m[2] ?? m[3]!) : null;
      // "valid from 15 March 2024 to 14 March 2027", "Validity: 2024-03-15 – 2027-03-14"
      const period = value ? null : findPeriod(text);
      if (period && VALID_PERIOD.test(text.slice(0, period.start))) value = period.value.slice(period.value.indexOf('/') + 1);
      if (value) out.push(candidate(FIELD, value, evidenceAt(block, sentence.start, sentence.end), how === 'mention' ? 0.85 : 0.8, "the date the vendor's ISO 27001 certificate is valid until"));
    }
    return out;
  },
};

// Must read right: "Our ISO 27001 certificate is valid until 14 March 2027." 2027-03-14; "ISO/IEC 27001:2022 —
// certificate expires June 2027" 2027-06; "valid from 15 March 2024 to 14 March 2027" 2027-03-14.
// Must not be fooled by: "AWS's ISO 27001 certificate is valid until …"; "our SOC 2 report is valid until …";
// "ISO 27001 certificates are valid for three years" (no date); a plan "expected to be valid until …".
