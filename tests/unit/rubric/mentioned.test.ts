import { describe, expect, it } from 'vitest';
import { extractText } from '../../../claims/pipeline';
import { scoreAssessment } from '../../../rubric/score';
import { DEFAULT_PRESET } from '../../../rubric/presets';

// "Mentioned, status unclear": the page names a certification but no clause states the vendor's status. The
// summary stays not stated (precision first), the quotes are kept, and the row says so and still asks.
describe('mentioned — status unclear', () => {
  const page = ['# Larkfield security', '', 'Our practices resonate with the key components of SOC 2 compliance.', '', 'Learn more about ISO 27001 on the ISO website.'].join('\n');
  const x = extractText(page, { format: 'md' });

  it('keeps the summary not stated, with the quotes that mention it', () => {
    expect(x.summary.soc2.value).toBe('not_stated');
    expect(x.summary.soc2.evidence).toEqual(['Our practices resonate with the key components of SOC 2 compliance.']);
    expect(x.claims.soc2?.reason).toMatch(/mentioned — status unclear/);
  });

  it('scores it as not stated, says "mentioned — status unclear" and asks the question', () => {
    const s = scoreAssessment(x.summary, DEFAULT_PRESET);
    const soc2 = s.criteria.find((c) => c.field === 'soc2')!;
    expect(soc2.verdict).toBe('not_stated');
    expect(soc2.reason).toMatch(/SOC 2: mentioned — status unclear/);
    expect(soc2.mentions).toEqual(['Our practices resonate with the key components of SOC 2 compliance.']);
    expect(soc2.evidence).toEqual([]);
    expect(s.questions).toContain(soc2.question);
  });

  it('gives a stated value no mentions', () => {
    const s = scoreAssessment(extractText('We are SOC 2 Type II certified.').summary, DEFAULT_PRESET);
    expect(s.criteria.find((c) => c.field === 'soc2')!.mentions).toEqual([]);
  });
});
