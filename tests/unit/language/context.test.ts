import { describe, expect, it } from 'vitest';
import { attributionOf, isQuestionSentence, leadOf, questionOf, shortAnswer } from '../../../language/context';
import { splitSentences } from '../../../language/sentences';
import type { Page } from '../../../claims/types';
import { pageOf, type BlockSpec } from '../helpers/page';

/** Attribution of the first mention of `mark` in the last block of the page. */
function whoSays(mark: string, ...specs: BlockSpec[]): string {
  const page: Page = pageOf(...specs);
  const block = page.blocks.at(-1)!;
  const at = block.text.indexOf(mark);
  expect(at).toBeGreaterThanOrEqual(0);
  const s = splitSentences(block.text).find((x) => x.start <= at && at < x.end)!;
  return attributionOf(page, block, s, at).who;
}

describe('attributionOf', () => {
  const vendor: [string, BlockSpec[]][] = [
    ['SOC2', ['As a SOC2 Type II certified organization, Allmetric makes every effort to store no sensitive data.']],
    ['SOC 2', ['We are SOC 2 Type II certified and our hosting provider is too.']],
    ['AES', ['All data is encrypted at rest with AES-256.']],
    ['ISO', ['Unlike many vendors, we are ISO 27001 certified.']],
    ['SOC 2', ['We host everything on Hetzner and are SOC 2 Type I compliant.']],
    ['SOC 2', [{ kind: 'list-item', text: 'SOC 2 Type 2 (annually renewed)', headings: ["Northwind's certifications"] }]],
    ['ISO', ['Northwind is ISO 27001 certified.']],
  ];
  it.each(vendor)('the vendor says "%s" in %j', (mark, specs) => expect(whoSays(mark, ...specs)).toBe('vendor'));

  const third: [string, BlockSpec[]][] = [
    ['ISO', ["Amazon's data center operations have been accredited under:", { kind: 'list-item', text: 'ISO 27001' }]],
    ['ISO', [{ kind: 'list-item', lead: 'AWS data centres are accredited under:', text: 'ISO 27001' }]],
    ['SOC 2', [{ kind: 'list-item', text: 'Fly.io — server and database hosting (US East). SOC 2 Type II certified.' }]],
    ['SOC 2', [{ kind: 'list-item', headings: ['Subprocessors'], text: 'GitHub — source of webhook events. SOC 2 Type II certified.' }]],
    ['SOC 2', [{ kind: 'table-row', text: 'Stripe | Payments | SOC 2', cells: ['Stripe', 'Payments', 'SOC 2'], header: ['Provider', 'Purpose', 'Certification'] }]],
    ['SOC 2', ['Our infrastructure provider is SOC 2 compliant.']],
    ['SOC 2', ['Embeddings stored in Turbopuffer, a SOC 2 Type 2 certified vector database']],
    ['SOC 2', ['Customer data is hosted on SOC 2 certified data centres.']],
    ['ISO', ['Our infrastructure provider uses external auditors. This audit: will be performed according to ISO 27001 standards.']],
    ['ISO', ['Our servers are hosted by Hetzner Online. Hetzner is ISO 27001 certified.']],
    ['ISO', ['Amazon Web Services hosts our platform. We run on Amazon Web Services and AWS is ISO 27001 accredited.']],
    ['ISO', ['Our Azure tenant inherits Microsoft’s ISO 27001 certification.']],
    ['SOC 2', ['We use Stripe, which is PCI DSS Level 1 and SOC 2 Type II compliant.']],
  ];
  it.each(third)('a third party says "%s" in %j', (mark, specs) => expect(whoSays(mark, ...specs)).toBe('third-party'));
});

describe('FAQ and list structure', () => {
  it('finds the question a block answers: its field, a question block before it, or a question heading', () => {
    const page = pageOf(
      { kind: 'question', text: 'Do you have SOC 2 certification?' },
      'Not yet.',
      { text: 'Yes.', question: 'Is my data encrypted?' },
      { text: 'We use AWS.', headings: ['Where is my data stored?'] },
      'A paragraph with no question.',
    );
    expect(page.blocks.map((b) => questionOf(page, b))).toEqual([
      null,
      'Do you have SOC 2 certification?',
      'Is my data encrypted?',
      'Where is my data stored?',
      null,
    ]);
  });

  it('finds a list lead: the field, or the paragraph ending in ":" above the list', () => {
    const page = pageOf('Our certifications:', { kind: 'list-item', text: 'SOC 2' }, { kind: 'list-item', text: 'ISO 27001' }, 'No colon here', {
      kind: 'list-item',
      text: 'x',
    });
    expect(page.blocks.map((b) => leadOf(page, b))).toEqual([null, 'Our certifications:', 'Our certifications:', null, null]);
  });

  it.each([
    ['Yes.', 'yes'],
    ['Yes, we are SOC 2 Type II certified.', 'yes'],
    ['No.', 'no'],
    ['Not yet.', 'no'],
    ['Not currently, but it is on our roadmap.', 'no'],
    ['Not at this time.', 'no'],
    ["No, we don't do penetration testing.", 'no'],
    ['Currently, no.', 'no'],
    ['We do not store card data.', 'no'],
    ['We do, and the report is available on request.', 'yes'],
    ['Unfortunately not at this time.', 'no'],
    ['Notion Mail is SOC 2 Type I compliant.', null],
    ['Nothing is stored.', null],
    ['Yesterday we shipped a fix.', null],
  ])('shortAnswer(%j) = %j', (text, want) => expect(shortAnswer(text)).toBe(want));
});

describe('isQuestionSentence', () => {
  it.each([
    ['Is Acme SOC 2 certified?', true],
    ['Are you SOC 2 compliant', true],
    ['Do you sign DPAs', true],
    ['We are SOC 2 compliant.', false],
    ['Will be certified by 2026', false],
    ['Is encrypted at rest.', false],
    ['SOC 2 Type II', false],
  ] as [string, boolean][])('%s -> %s', (text, want) => expect(isQuestionSentence(text)).toBe(want));
});
