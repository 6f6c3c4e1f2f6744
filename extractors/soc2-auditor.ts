import type { Candidate, Extractor } from '../claims/types';
import { FIRM_NAME, firmAt, heldCertSentences } from '../language/cert-details';
import { candidate, evidenceAt } from '../language/evidence';
import { spec } from './soc2';

const FIELD = 'soc2Auditor';

const INDEPENDENT = String.raw`(?:(?:an?|our|the)\s+)?(?:(?:independent|external|third[- ]party|licensed|accredited|reputable|leading|AICPA[- ]accredited)\s+)*(?:(?:CPA|audit(?:ing)?|accounting|assurance|attestation)\s+)*(?:firm|auditors?|assessors?|practitioners?)?\s*,?\s*`;
const PATTERNS = [
  // "audited by Prescient Assurance", "conducted by an independent CPA firm, Johanson Group LLP"
  new RegExp(String.raw`\b(?:audited|examined|conducted|performed|issued|attested(?:\s+to)?|completed|prepared|signed|carried\s+out)\s+(?:\w+ly\s+)?by\s+${INDEPENDENT}${FIRM_NAME}`),
  // "Our auditor, A-LIGN, …", "Our SOC 2 auditor is Insight Assurance", "Auditor: Sensiba"
  new RegExp(String.raw`\b(?:[Oo]ur|[Tt]he|[Ss]ervice)\s+(?:independent\s+|external\s+)?(?:SOC\s*2\s+)?(?:auditors?|audit\s+firm|CPA\s+firm|assessor)\s*(?:,|:|—|–|\bis\b|\bwas\b|\bwere\b)\s*${FIRM_NAME}`),
  /\b(?:[Aa]uditor|[Aa]udit\s+firm|CPA\s+firm|[Ss]ervice\s+auditor)\s*[:|]\s*([A-Z][^|;,.]*[\w.])/,
  // "Prescient Assurance, an independent CPA firm, audited …"
  new RegExp(String.raw`${FIRM_NAME}\s*,\s*(?:an?|our)\s+(?:independent\s+|licensed\s+|AICPA[- ]accredited\s+)*(?:CPA|audit(?:ing)?|accounting|assurance)\s+firm`),
];

// An internal team, or a firm that audits someone else: "our internal audit team", "AWS's auditor".
const NOT_OURS = /\binternal\s+(?:audit|team|compliance)|[’']s\s+(?:independent\s+|external\s+)?auditors?\b/i;

export const extractor: Extractor<string> = {
  meta: {
    id: 'soc2-auditor',
    field: FIELD,
    version: 1,
    description: "The firm that audited the vendor's own SOC 2 report (the service auditor), when the page names it.",
  },
  extract(page): Candidate<string>[] {
    const out: Candidate<string>[] = [];
    for (const { block, sentence, how } of heldCertSentences(page, spec)) {
      const text = block.kind === 'label-value' && sentence.start === 0 ? `${block.label ?? ''}: ${block.value ?? ''}` : sentence.text;
      if (NOT_OURS.test(sentence.text)) continue;
      for (const p of PATTERNS) {
        const m = text.match(p);
        const name = m ? firmAt(page, m[1]!) : null;
        if (!name) continue;
        out.push(candidate(FIELD, name, evidenceAt(block, sentence.start, sentence.end), how === 'mention' ? 0.85 : 0.8, `names the auditor of the vendor's SOC 2 report`));
        break;
      }
    }
    return out;
  },
};

// Must read right: "Our SOC 2 Type II report was audited by Prescient Assurance." Prescient Assurance; "Our SOC 2
// auditor is A-LIGN." A-LIGN; "Johanson Group LLP, an independent CPA firm, audited our SOC 2 Type II controls."
// Must not be fooled by: "AWS's SOC reports are audited by Ernst & Young"; "audited by an independent third-party
// auditor" (no name); "Our SOC 2 Type II audit, to be conducted by A-LIGN, is scheduled for Q3 2026" (a plan).
