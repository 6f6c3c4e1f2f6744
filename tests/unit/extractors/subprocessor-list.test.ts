import { extractor, type SubprocessorListValue } from '../../../extractors/subprocessor-list';
import { runTable, type Invalid, type Valid } from '../helpers/extractor-table';

const H = (heading: string, text: string) => [{ text, headings: [heading] }];
const LV = (label: string, value: string) => [{ text: `${label} ${value}`, kind: 'label-value' as const, label, value }];
const s = (page: string, value: SubprocessorListValue, quote = page): Valid<SubprocessorListValue> => ({ page, value, quote });

const valid: Valid<SubprocessorListValue>[] = [
  s('The current list of subprocessors is published at ledgerloop.example/subprocessors.', 'published'),
  s('Processor maintains an up-to-date list of Sub-processors at northwind-forms.example/legal/subprocessors.', 'published'),
  s('Tablewright uses the third-party subprocessors listed below to provide the service.', 'published'),
  { page: LV('Sub-processor list', 'Published at ravenpost.example/trust/subprocessors'), value: 'published', quote: 'Sub-processor list Published at ravenpost.example/trust/subprocessors' },
  s('We use the following subprocessors to operate the service:', 'published'),
  s('A list of our sub-processors is available on request by writing to privacy@emberline.example.', 'on_request'),
  { page: H('Subprocessors', 'Available on request from privacy@saltmarsh.example.'), value: 'on_request', quote: 'Available on request from privacy@saltmarsh.example.' },
  s('Customers may request a copy of our subprocessor list from their account manager.', 'on_request'),
  s('See our current subprocessors at acme.example/legal/subprocessors.', 'published'),
  s('Acme publishes its list of sub-processors on its trust centre.', 'published'),
  s('Our sub-processor list is available upon written request.', 'on_request'),
  { page: H('Sub-processors', 'The full list is published on this page and updated when it changes.'), value: 'published', quote: 'The full list is published on this page and updated when it changes.' },
  s('The following subprocessors process customer data on our behalf.', 'published'),
  { page: H('Subprocessors', 'Contact privacy@acme.example for the current list.'), value: 'on_request', quote: 'Contact privacy@acme.example for the current list.' },
  s('An up-to-date list of subprocessors is maintained at acme.example/subprocessors.', 'published'),
  { page: [{ text: 'Subprocessor list — public', kind: 'list-item' }], value: 'published', quote: 'Subprocessor list — public' },
];

const invalid: Invalid[] = [
  { page: 'We will notify customers who subscribe to updates at least 30 days before adding a new subprocessor.' },
  { page: 'Each subprocessor is bound by a written agreement with data protection obligations at least as protective as our own.' },
  { page: 'Controller grants a general authorisation for Processor to engage Sub-processors.' },
  { page: 'We do not publish a list of subprocessors.' },
  { page: 'Subprocessors' },
  { page: 'If you have questions about our subprocessors, contact privacy@tablewright.example.' },
  { page: 'Our subprocessors are SOC 2 Type II certified.' },
  { page: 'Some of our sub-processors may process limited personal data in the United States.' },
  { page: 'Sub-processors are engaged under written contracts.' },
  { page: 'We audit our subprocessors every year.' },
  { page: 'Subscribe to be notified of changes to our subprocessors.' },
  { page: 'Our subprocessors are located in the EU and the US.' },
  { page: 'We do not currently share our subprocessor list.' },
  { page: 'Processor shall remain liable for the acts of its Sub-processors.' },
  { page: H('Subprocessors', 'Amazon Web Services — cloud hosting — Ireland.') },
];

runTable(extractor, valid, invalid);
