import { describe, expect, it } from 'vitest';
import { DEFAULT_PRESET } from '../../../rubric/presets';
import { followUps, questionsAsText } from '../../../rubric/questions';
import { scoreAssessment } from '../../../rubric/score';

describe('follow-up questions', () => {
  const s = scoreAssessment({ soc2: { value: 'not_certified', evidence: [] } }, DEFAULT_PRESET);
  it('say why each is asked, in rubric order', () => {
    expect(followUps(s.criteria).slice(0, 3).map((f) => [f.criterion, f.why])).toEqual([
      ['soc2', 'fail'],
      ['iso27001', 'not_stated'],
      ['data-region', 'not_stated'],
    ]);
  });
  it('ask the breach question when the window is not stated', () => {
    expect(s.questions).toContain('Within how many hours will you notify us of a breach affecting our data?');
  });
  it('appear once when two criteria share a question', () => {
    const twice = [...s.criteria, { ...s.criteria[0]!, id: 'soc2-again' }];
    expect(followUps(twice).filter((f) => f.field === 'soc2')).toHaveLength(1);
  });
});

describe('questionsAsText', () => {
  it('numbers the questions under an optional heading', () => {
    expect(questionsAsText(['One?', 'Two?'], 'Questions for Acme')).toBe('Questions for Acme\n\n1. One?\n2. Two?\n');
    expect(questionsAsText(['One?'])).toBe('1. One?\n');
    expect(questionsAsText([])).toBe('');
  });
});
