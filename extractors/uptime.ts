import type { Candidate, Extractor } from '../claims/types';
import { unitsInContext } from '../language/block-units';
import { namedOtherSubject } from '../language/judge';
import { candidate, evidenceAt } from '../language/evidence';

const FIELD = 'uptimeTarget';
const TOPIC = /\buptime\b|\bavailability\b|\bSLA\b|\bservice level\b/i;
const PERCENT = /(?<![\d.])(9\d(?:\.\d{1,4})?)\s?%/g;
// Past performance is no commitment: "maintained 99.98% uptime over the past 12 months".
const HISTORY = /\b(?:over the (?:past|last)|in the (?:past|last)|maintained|achieved|delivered|averaged|historical(?:ly)?|has been|have been|since 20\d\d|last (?:year|quarter|month|\d+ days))\b/i;
// Someone else's SLA: "Our hosting provider's compute SLA is 99.95%".
const OTHER = /\b(?:providers?|hosts?|cloud|sub-?processors?|vendors?|partners?)(?:['’]s?)?\b[^.%]{0,40}$/i;
const NOT_SLA = /\bnot (?:a |an )?(?:contractual|binding|guaranteed?)\b|\binternal (?:target|objective|goal)\b|\bno (?:contractual )?SLA\b|\bbest[- ]effort\b|\bnot an? SLA\b/i;

export const extractor: Extractor<number> = {
  meta: {
    id: 'uptime',
    field: FIELD,
    version: 1,
    description: "The vendor's uptime commitment or target in percent; the reason flags a target that is not a contractual SLA",
  },
  extract(page) {
    const out: Candidate<number>[] = [];
    for (const { block, unit, context } of unitsInContext(page)) {
      if (!TOPIC.test(unit.text) && !TOPIC.test(context)) continue;
      if (HISTORY.test(unit.text) || namedOtherSubject(page, unit.text)) continue;
      for (const m of unit.text.matchAll(PERCENT)) {
        const before = unit.text.slice(0, m.index);
        if (OTHER.test(before)) continue;
        const value = Number(m[1]);
        if (value < 90 || value > 100) continue;
        const notSla = NOT_SLA.test(unit.text);
        const reason = notSla ? `uptime target ${value}% (not a contractual SLA)` : `uptime commitment ${value}%`;
        out.push(candidate(FIELD, value, evidenceAt(block, unit.start, unit.end), notSla ? 0.7 : 0.85, reason));
        break;
      }
    }
    return out;
  },
};

// Must read right: "Our Enterprise SLA guarantees 99.95% monthly uptime" 99.95; "Uptime SLA | 99.9%" 99.9;
// "We target 99.9% uptime (this is an internal target, not a contractual SLA)" 99.9 flagged not an SLA.
// Must not be fooled by: "OrbitDesk has maintained 99.98% uptime over the past 12 months" (history);
// "Our hosting provider's compute SLA is 99.95%"; "99.998% of alerts within 10 seconds" over the last 90 days.
