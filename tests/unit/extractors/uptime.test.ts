import { describe, expect, it } from 'vitest';
import { extractor } from '../../../extractors/uptime';
import { pageOf } from '../helpers/page';
import { runTable, type Invalid, type Valid } from '../helpers/extractor-table';

const H = (heading: string, text: string) => [{ text, headings: [heading] }];
const QA = (question: string, text: string) => [{ text: question, kind: 'question' as const }, { text, question }];
const LV = (label: string, value: string) => [{ text: `${label} ${value}`, kind: 'label-value' as const, label, value }];
const s = (page: string, value: number, quote = page): Valid<number> => ({ page, value, quote });

const valid: Valid<number>[] = [
  s('Our Enterprise SLA guarantees 99.95% monthly uptime, with service credits if we miss it.', 99.95),
  { page: LV('Uptime SLA', '99.9%'), value: 99.9, quote: 'Uptime SLA 99.9%' },
  s('We target 99.9% uptime (this is an internal target, not a contractual SLA).', 99.9),
  s('Beaconly offers a 99.99% monthly uptime SLA for alert delivery on the Scale plan.', 99.99),
  { page: [{ text: 'Uptime target: 99.9% (internal objective, not a contractual SLA)', kind: 'list-item' }], value: 99.9, quote: 'Uptime target: 99.9% (internal objective, not a contractual SLA)' },
  { page: QA("What's your uptime target?", 'We aim for 99.5% availability each month.'), value: 99.5, quote: 'We aim for 99.5% availability each month.' },
  s('We commit to 99.9 % availability of the hosted service, measured monthly.', 99.9),
  { page: H('Service level agreement', 'Enterprise plans include a 99.95% guarantee with credits.'), value: 99.95, quote: 'Enterprise plans include a 99.95% guarantee with credits.' },
  s('The service is designed for 99.99% availability.', 99.99),
  s('Our standard SLA is 99.5% uptime per calendar month.', 99.5),
  s('Premium customers receive a 99.99% uptime commitment backed by service credits.', 99.99),
  { page: [{ text: 'Availability | 99.9% monthly', kind: 'table-row', cells: ['Availability', '99.9% monthly'], header: ['Measure', 'Target'] }], value: 99.9, quote: 'Availability | 99.9% monthly' },
  s('We strive for 99.9% uptime on a best-effort basis.', 99.9),
  s('The platform SLA is 99.95%.', 99.95),
  s('Uptime objective: 99.8%.', 99.8),
];

const invalid: Invalid[] = [
  { page: 'OrbitDesk has maintained 99.98% uptime over the past 12 months.' },
  { page: "Our hosting provider's compute SLA is 99.95%, so we run active-active across three zones." },
  { page: 'Over the last 90 days we delivered 99.998% of alerts within 10 seconds.' },
  { page: 'Our historical uptime is 99.99%.' },
  { page: 'Our platform detects 99% of phishing emails.' },
  { page: 'We have been 99.97% available since 2021.' },
  { page: 'More than 95% of customers renew each year.' },
  { page: 'Uptime is published on our status page.' },
  { page: 'AWS guarantee 99.5% uptime for the services we use.', title: 'Technical | Acme Chambers' },
  { page: 'Our SLA offers service credits for downtime.' },
  { page: 'Availability zones: three per region.' },
  { page: 'Reduce your cloud bill by 90% with our optimiser.' },
  { page: 'Our cloud provider offers a 99.99% SLA.' },
  { page: 'Last month uptime was 99.93%.' },
  { page: 'The SLA applies to the Enterprise plan only.' },
];

runTable(extractor, valid, invalid);

describe('uptime reason', () => {
  it('flags a target that is not a contractual SLA', () => {
    const [c] = extractor.extract(pageOf('We target 99.9% uptime (this is an internal target, not a contractual SLA).'));
    expect(c!.reason).toContain('not a contractual SLA');
    const [d] = extractor.extract(pageOf('Our Enterprise SLA guarantees 99.95% monthly uptime.'));
    expect(d!.reason).not.toContain('not a contractual SLA');
  });
});
