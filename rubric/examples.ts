/**
 * Example vendors for the options page's live preview when nothing is stored yet: three made-up
 * profiles, a strong one, a typical young one and one whose page says little, as data. They are labelled
 * "Example" wherever they show and are never stored.
 */
import type { FieldValueWithEvidence } from './types';

export interface Example {
  id: string;
  vendor: string;
  values: Record<string, FieldValueWithEvidence>;
}

const v = (value: unknown): FieldValueWithEvidence => ({ value, evidence: [] });

export const EXAMPLES: readonly Example[] = [
  {
    id: 'strong',
    vendor: 'a mature vendor',
    values: {
      soc2: v('type2'), iso27001: v('certified'), dataRegion: v(['EU']), dataCountries: v(['DE']), encryptionAtRest: v('AES-256'),
      encryptionInTransit: v('TLS1.2'), retentionDays: v(30), breachNoticeHours: v(48),
    },
  },
  {
    id: 'young',
    vendor: 'a young vendor',
    values: {
      soc2: v('planned'), iso27001: v('not_stated'), dataRegion: v(['US']), dataCountries: v(['US']), encryptionAtRest: v('stated'),
      encryptionInTransit: v('stated'), retentionDays: v(90), breachNoticeHours: v(null),
    },
  },
  {
    id: 'silent',
    vendor: 'a vendor whose page says little',
    values: {
      soc2: v('not_stated'), iso27001: v('not_stated'), dataRegion: v([]), dataCountries: v([]), encryptionAtRest: v('stated'),
      encryptionInTransit: v('TLS1.2'), retentionDays: v(null), breachNoticeHours: v(null),
    },
  },
];
