/** language/ — the sentence and clause machinery extractors share: splitting, who holds a claim and whether it is held, planned or denied, durations, places and names. */
export { splitSentences, type Sentence } from './sentences';
export { unitsOf, type Unit } from './block-units';
export { attributionOf, questionOf, leadOf, shortAnswer, isQuestionSentence } from './context';
export { polarityOf, clauseAround, type Polarity } from './triggers';
export { findDurations, parseDuration, type Duration } from './duration';
export { findPlaces, regionOfCountry, type Place } from './places';
export { readCertification, type CertSpec, type CertReading } from './certification';
export { readStatus, keepBest, type Rule, type StatusSpec } from './claim-rules';
