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
];

runTable(extractor, valid, invalid);
