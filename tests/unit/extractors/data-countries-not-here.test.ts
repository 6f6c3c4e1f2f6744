import { extractor } from '../../../extractors/data-countries';
import { extractor as regions } from '../../../extractors/data-region';
import { describe, expect, it } from 'vitest';
import { runTable, unionOf, type Invalid, type Valid } from '../helpers/extractor-table';
import { pageFor } from '../helpers/extractor-table';

// From blind batches 47-54 (after their first runs): places that are not where the vendor keeps data now — people named
// by the town they work in, scan engines and hosted models, where data used to be, an environment destroyed, a row marked
// "processing only", a company's seat after its legal name or in a postal address, where data is only processed when
// the sentence says where it is stored — and people's data that is data ("pupil, staff and parent data").
const same = (page: string, value: string[]): Valid<string[]> => ({ page, value, quote: page });
const valid: Valid<string[]>[] = [
  same('Melbourne analysts work on UK-hosted data; all customer data is stored in the United Kingdom.', ['GB']),
  same('Customer data is stored in Canada, and Manila support agents see only ticket text.', ['CA']),
  same('All scan results are stored in Canada; external scans run from scan engines in Ohio, Frankfurt and Singapore.', ['CA']),
  same('Your workspace is hosted in Germany; theme detection runs on a model hosted for us in Sweden.', ['DE']),
  same('AI Themes processes comments in Germany, but responses and themes are stored in our US region.', ['US']),
  same('Fathomly data is stored in Canada; Wexford Classic, by contrast, was hosted in the United Kingdom.', ['CA']),
  same('All workspaces that were hosted in Sydney have been migrated to Singapore.', ['SG']),
  same('Data is stored in Frankfurt; the old Dublin environment, including its backups, has been destroyed.', ['DE']),
  same('Customer data is stored in Australia, previously stored in Singapore until 2023.', ['AU']),
  same('All pupil, staff and parent data is stored in the London region.', ['GB']),
  same('Employee records are kept in Frankfurt.', ['DE']),
  same('Student data is stored in the United States; captioning runs in Canada (processing only).', ['US']),
  same('Customer data lives in Ireland; our Lisbon engineers never hold copies.', ['IE']),
  same('Workspaces are hosted in Japan; crawlers in Singapore fetch public pages only.', ['JP']),
  same('Data is hosted in Sweden; before 2024 it was stored in Norway.', ['SE']),
  same('Records are stored in the Netherlands; Hetzner Online GmbH, Gunzenhausen, is not used for customer data.', ['NL']),
  // Left alone by these rules (fresh-eyes review): people after "and", a place that still is, a data centre's address,
  // a year before a country, a provider's town with a storage purpose, customer models, virus scanners.
  same('Customer data is stored in Germany and engineers outside Germany have no access.', ['DE']),
  same('Every workspace was hosted in Ireland and it still is.', ['IE']),
  same('Our data centre, Sigmundstraße 135, 90431 Nuremberg, Germany, holds all customer data.', ['DE']),
  same('Effective 1 July 2025 Germany is the only location where customer data is stored.', ['DE']),
  same('Hetzner Online GmbH, Falkenstein — primary hosting of all customer data', ['DE']),
  same('All prompts, outputs and fine-tuned models are hosted in Ireland.', ['IE']),
  same('Files are checked by virus scanners and stored in Sweden.', ['SE']),
  // Former locations in other words.
  same('Customer data used to live in the United States; it is now stored in Frankfurt.', ['DE']),
  same('Until 2023 we hosted everything in the United States; today data is stored in Germany.', ['DE']),
  same('In 2024 we moved all customer data from the US to Frankfurt, where it is stored today.', ['DE']),
];
const invalid: Invalid[] = [
  { page: 'Melbourne analysts work on data through virtual desktops.' },
  { page: 'External scans run from scan engines in Ohio, Frankfurt and Singapore.' },
  { page: 'Theme detection runs on a model hosted for us by a provider in Germany.' },
  { page: 'Wexford Classic, by contrast, was hosted in the United Kingdom.' },
  { page: 'Data used to be stored in Ireland before the migration.' },
  { page: 'Our Sydney environment has been destroyed.' },
  { page: 'Mailjet SAS (Sinch), Paris — transactional e-mails.' },
  { page: 'This agreement is between Harbordesk ApS, Store Kongensgade 68, 1264 Copenhagen, Denmark, and the customer.' },
  { page: 'Orbiton GmbH, Leipzig — payroll processing partner.' },
  { page: 'Lesson captioning partner: Canada (processing only).' },
  { page: 'Our Lisbon engineers handle on-call rotations.' },
  { page: 'Crawlers in Singapore fetch public pages.' },
  { page: 'Data was formerly hosted in Norway.' },
  { page: 'Registered office: Acme Software Ltd, 10115 Berlin, Germany.' },
  { page: 'Scanners in Virginia and Frankfurt probe your perimeter.' },
];
runTable(extractor, valid, invalid);

describe('a region card whose body says it is not offered', () => {
  const card = (name: string, body: string[]) => [
    { kind: 'heading' as const, text: name, headings: ['Data residency'] },
    ...body.map((text) => ({ kind: 'paragraph' as const, text, headings: ['Data residency', name] })),
  ];
  it.each([
    [['🇪🇺 EU', '🇺🇸 US'], [['Available on all plans'], ['Not available', "We don't host in the US and have no plans to."]], ['EU']],
    [['US East', 'EU West'], [['Generally available'], ['Coming in 2026 — join the waitlist']], ['US']],
    [['Canada', 'Australia'], [['Generally available'], ['Not offered']], ['CA']],
    [['Germany', 'Switzerland'], [['Default'], ['Planned for 2027']], ['EU']],
    [['Japan', 'Singapore'], [['Live since 2023'], ['Available on Enterprise']], ['APAC', 'JP']],
  ])('%j', (names, bodies, want) => {
    const page = pageFor((names as string[]).flatMap((n, i) => card(n, (bodies as string[][])[i]!)));
    expect(unionOf(regions.extract(page))).toEqual(want);
  });
});
