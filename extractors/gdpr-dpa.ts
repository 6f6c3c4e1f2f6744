import type { Extractor } from '../claims/types';
import { deniedNear, readStatus, type Rule, type StatusSpec } from '../language/claim-rules';
import { PLAN } from '../language/triggers';

export type DpaValue = 'available' | 'not_stated';

const FIELD = 'dpa';
// "Auftragsverarbeitungsvertrag" / "AVV" is the German DPA (Art. 28 DSGVO).
const TOPIC = /\bDPAs?\b|\bdata (?:processing|protection) (?:agreement|addendum|terms)s?\b|\bAuftragsverarbeitung|\bAVV\b/i;

const rules: Rule<DpaValue>[] = [
  { all: [deniedNear(TOPIC)], value: null, confidence: 0, reason: 'denies or withholds a DPA' },
  { all: [PLAN], value: null, confidence: 0, reason: 'a DPA only planned' },
  {
    all: [
      /\b(?:available|offers?|offered|provides?|provided|sign|signs|signed|signing|execute[ds]?|countersign\w*|incorporated|forms? part|part of (?:our|the)|applies|governs|included|includes|on request|upon request|download\w*|linked|request (?:a|our|the)|standard contractual clauses|zur Verfügung)\b/i,
    ],
    value: 'available',
    confidence: 0.85,
    reason: 'a data processing agreement is offered or in force',
  },
];

const spec: StatusSpec<DpaValue> = {
  field: FIELD,
  topic: TOPIC,
  rules,
  answer: (said) => (said === 'yes' ? 'available' : null),
  vendorOnly: true,
  agreement: true,
};

export const extractor: Extractor<DpaValue> = {
  meta: {
    id: 'gdpr-dpa',
    field: FIELD,
    version: 1,
    description: 'Whether the vendor offers a data processing agreement (DPA) to customers',
  },
  extract(page) {
    return readStatus(page, spec);
  },
};

// Must read right: "Our Data Processing Agreement is available to all customers"; "This Data Processing Addendum
// ("DPA") forms part of the ... Terms of Service"; "GDPR | DPA available on request"; "Do you offer a DPA?" + "Yes.".
// Must not be fooled by: a footer link "DPA · Terms"; "Each subprocessor is bound by a written agreement with data
// protection obligations"; "We do not currently sign custom DPAs"; "a DPA is on our roadmap".
