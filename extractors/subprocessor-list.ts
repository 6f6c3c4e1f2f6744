import type { Extractor } from '../claims/types';
import { deniedNear, keepBest, readStatus, type Rule, type StatusSpec } from '../language/claim-rules';

export type SubprocessorListValue = 'published' | 'on_request' | 'not_stated';

const FIELD = 'subprocessorList';
const TOPIC = /\bsub-?processors?\b/i;

const rules: Rule<SubprocessorListValue>[] = [
  { all: [deniedNear(TOPIC)], value: null, confidence: 0, reason: 'no list offered' },
  {
    all: [/\b(?:on|upon) (?:written )?request\b|\brequest (?:a|the|our) (?:copy|list)\b|\bavailable to customers (?:on|upon|who)\b|\bcontact\b.{0,60}?\bfor (?:a|the) (?:full |current )?list\b/i],
    value: 'on_request',
    confidence: 0.85,
    reason: 'subprocessor list available on request',
  },
  {
    all: [/\b(?:list|listed|published|publishes|maintains?|current|up-to-date|following)\b/i, /\b(?:published|publishes|listed below|below|at\s+\S+\.\w+|here|on (?:this|our) (?:page|website|site|trust)|the following|maintain(?:s|ed)?|found at|available at|public(?:ly available)?)\b/i],
    value: 'published',
    confidence: 0.85,
    reason: 'subprocessor list published',
  },
  { all: [/^\s*published\b/i], value: 'published', confidence: 0.8, reason: 'subprocessor list published' },
];

const spec: StatusSpec<SubprocessorListValue> = { field: FIELD, topic: TOPIC, rules };
const RANK: SubprocessorListValue[] = ['published', 'on_request'];

export const extractor: Extractor<SubprocessorListValue> = {
  meta: {
    id: 'subprocessor-list',
    field: FIELD,
    version: 1,
    description: 'Whether the vendor publishes its subprocessor list or gives it on request',
  },
  extract(page) {
    return keepBest(readStatus(page, spec), RANK);
  },
};

// Must read right: "The current list of subprocessors is published at example.com/subprocessors" published;
// "Processor maintains an up-to-date list of Sub-processors at ..." published; "Tablewright uses the third-party
// subprocessors listed below" published; "A list of our sub-processors is available on request" on_request.
// Must not be fooled by: "We will notify customers ... before adding a new subprocessor"; "Each subprocessor is bound
// by a written agreement".
