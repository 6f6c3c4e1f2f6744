import { describe, expect, it } from 'vitest';
import { withAnswers } from '../../../language/questionnaire-rows';
import { extractText } from '../../../claims/pipeline';
import type { Block, Page } from '../../../claims/types';

const row = (cells: string[], header: string[]): Block => ({ index: 0, kind: 'table-row', text: cells.filter(Boolean).join(' '), cells, header, headings: ['Questionnaire'] });
const pageOf = (blocks: Block[]): Page => ({ title: 'Acme questionnaire', siteName: null, url: null, lang: 'en', blocks: blocks.map((b, index) => ({ ...b, index })), partial: false });
const shaped = (b: Block) => withAnswers(pageOf([b])).blocks[0]!;

// A questionnaire's row is a FAQ pair: its answer (and comment) answers its question.
describe('a questionnaire row becomes an answer to its question', () => {
  it.each([
    [['B.1', 'Do you hold ISO/IEC 27001?', 'Yes', 'Certificate attached.'], ['ID', 'Question', 'Answer', 'Comment / evidence'], 'Do you hold ISO/IEC 27001?', 'Yes Certificate attached.'],
    [['Is data encrypted in transit?', 'Yes', 'TLS 1.2 or above.'], ['Question', 'Answer', 'Comment'], 'Is data encrypted in transit?', 'Yes TLS 1.2 or above.'],
    [['4.2', 'Will you notify us of a breach?', 'Within 24 hours of confirmation.'], ['#', 'Question', 'Response'], 'Will you notify us of a breach?', 'Within 24 hours of confirmation.'],
    [['Describe data deletion at termination.', 'Deleted within 30 days.'], ['Requirement', 'Vendor response'], 'Describe data deletion at termination.', 'Deleted within 30 days.'],
    [['SOC 2 report available?', 'No', 'Not yet audited.'], ['Question', 'Yes/No', 'Notes'], 'SOC 2 report available?', 'No Not yet audited.'],
    [['Q7', 'Where is data stored?', 'Frankfurt, Germany', ''], ['ID', 'Questions', 'Answers', 'Evidence'], 'Where is data stored?', 'Frankfurt, Germany'],
    [['Backups encrypted?', 'Y', 'AES-256'], ['Question', 'Y/N', 'Comment'], 'Backups encrypted?', 'Y AES-256'],
    [['C.3', 'Do you sign BAAs?', '—', 'Not applicable: no PHI.'], ['ID', 'Question', 'Answer', 'Comment'], 'Do you sign BAAs?', '— Not applicable: no PHI.'],
    [['Pen test cadence?', 'Annual', 'External firm.'], ['Control question', 'Response', 'Comment'], 'Pen test cadence?', 'Annual External firm.'],
    [['MFA enforced?', 'Yes'], ['Item', 'Status'], 'MFA enforced?', 'Yes'],
  ])('%j under %j', (cells, header, question, text) => {
    const b = shaped(row(cells as string[], header as string[]));
    expect([b.kind, b.question, b.text]).toEqual(['paragraph', question, text]);
  });
  it.each([
    [['SOC 2', 'Type II', 'Annual'], ['Certification', 'Status', 'Cadence']],
    [['What we log', 'Security owner'], ['Question', 'Owner']],
    [['Postmark', 'E-mail', 'United States'], ['Subprocessor', 'Purpose', 'Location']],
    [['Is data encrypted?', 'Platform team', 'Yes'], ['Question', 'Owner', 'Answer']],
  ])('keeps any other row a row: %j', (cells, header) => {
    expect(shaped(row(cells as string[], header as string[])).kind).toBe('table-row');
  });
});

describe('through the pipeline, a questionnaire export reads as a FAQ', () => {
  const md = [
    '# Vendor Security Questionnaire',
    '',
    '| ID | Question | Answer | Comment |',
    '|---|---|---|---|',
    '| B.1 | Does your organisation hold ISO/IEC 27001 certification? | Yes | Certificate valid until 2026. |',
    '| B.3 | Can you provide a SOC 2 Type II report? | No | We have not undergone a SOC 2 examination. |',
    '| D.2 | Is data encrypted in transit? | Yes | TLS 1.2 or above is enforced. |',
    '| G.2 | Will you notify the school in the event of a data breach? | Yes | The school administrator is notified within 24 hours of confirming a breach. |',
    '| H.2 | What happens to data at contract termination? | — | All data is deleted within 30 days of the end of the contract. |',
  ].join('\n');
  it('reads every answer', () => {
    const s = extractText(md, { format: 'md' }).summary;
    expect([s.iso27001.value, s.soc2.value, s.encryptionInTransit.value, s.breachNoticeHours.value, s.retentionDays.value]).toEqual(['certified', 'not_certified', 'TLS1.2', 24, 30]);
  });
});
