import { describe, expect, it } from 'vitest';
import { extractor as countries } from '../../../extractors/data-countries';
import { storagePlaces } from '../../../language/storage-places';
import { run, unionOf } from '../helpers/extractor-table';
import type { BlockSpec } from '../helpers/page';

// Rules of ./language/storage-places.ts, each with phrasings that must still read a storage place and
// phrasings whose place is not a storage place. Read end to end through data-countries, so a sentence
// must also be taken for a storage statement; `kept` checks the mention filter alone.
const read = (page: string | BlockSpec[]) => unionOf(run(countries, page).cands);
const kept = (text: string) => storagePlaces(text).map((p) => p.text);

describe('people and their places are not storage, for every place of their list', () => {
  // A workforce ("engineering organisation", "developers", "workforce") and the places listed after the
  // first one ("Dublin, Ireland", "Canada, Portugal and the US") share the clause that names the people.
  // Under a hosting heading a short sentence is read as a location answer: the people must still be left out.
  it.each([
    'Our engineering organisation is spread across Berlin, Germany and Warsaw, Poland.',
    'Our developers work from Kraków, Poland and Porto, Portugal.',
    'The engineering team sits in Toronto, Canada.',
    'Our workforce is split between Ireland, Spain and the United States.',
    'Our support engineers work from Mexico, Brazil and Argentina.',
    'Customer success staff sit in Dublin, Ireland and Denver, Colorado.',
    'Our on-call engineers are in India, Singapore and the UK.',
    'Our colleagues work remotely from Sweden, Denmark and Norway.',
    'Our engineering hubs are in Bangalore, India and Cape Town, South Africa.',
    'Our offices: Amsterdam, Paris and London.',
    'Employees in Japan, Korea or Taiwan use managed laptops.',
    'Contractors in Vietnam and the Philippines help with QA.',
  ])('gives no country for "%s" under a hosting heading', (text) => {
    const heading = 'Hosting and infrastructure';
    expect(read([{ kind: 'heading', text: heading }, { text, headings: [heading] }])).toEqual([]);
  });
  it.each([
    ['All workspace data is stored in Dublin, Ireland.', ['IE']],
    ['Customer data is stored in Frankfurt, Germany and Amsterdam, the Netherlands.', ['DE', 'NL']],
    ['We host your records in Canada, in our Toronto and Montréal data centres.', ['CA']],
    ['Data is stored in Sydney, Australia; our engineers work from Auckland, New Zealand.', ['AU']],
    ['Our engineering team is in Lisbon. Customer data is stored in Paris, France.', ['FR']],
    ['Our developers are in Poland, and all data is hosted in Stockholm, Sweden.', ['SE']],
    ['Production databases run in London, UK and Manchester, UK.', ['GB']],
    ['Your files are kept in Zurich, Switzerland, never in the US or the EU.', ['CH']],
    ['Data is stored in the United States, Canada and Australia, depending on your plan.', ['AU', 'CA', 'US']],
    ['Content resides in Tokyo, Japan, with support staff in Osaka.', ['JP']],
    ['Our servers are located in Helsinki, Finland and Falkenstein, Germany.', ['DE', 'FI']],
    ['Customer records are housed in São Paulo, Brazil.', ['BR']],
  ])('reads %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
  it('drops a place listed after a denied one ("not in the US, Canada or Mexico")', () => {
    expect(kept('We do not store data in the US, Canada or Mexico.')).toEqual([]);
    expect(kept('Data never leaves the EU, the UK or Switzerland.')).toEqual(['EU', 'UK', 'Switzerland']);
  });
});

describe('customers located somewhere are a segment, not a storage place', () => {
  it.each([
    ['Customers located in Norway are provisioned in the same region.', []],
    ['Users resident in Brazil are hosted alongside everyone else.', []],
    ['Subscribers residing in Japan are hosted on the same infrastructure.', []],
    ['Organisations established in Switzerland have their data stored in the same region.', []],
    ['Businesses operating in Mexico are hosted on our shared platform.', []],
    ['Customers located within Canada are provisioned in the default region.', []],
    ['Users located in the EU are hosted in the same data centres as everyone else.', []],
    ['Individuals residing in New Zealand have their records stored in the same region.', []],
    ['Clients operating in Poland are hosted like any other customer.', []],
    ['Firms established in Austria have their workspaces hosted in the shared region.', []],
  ])('gives no country for "%s"', (text, want) => {
    expect(read(text)).toEqual(want);
  });
  it.each([
    ['Customers located in Norway are hosted in Stockholm, Sweden.', ['SE']],
    ['Clients based in Ireland have their data stored in Frankfurt.', ['DE']],
    ['Users resident in Brazil are hosted in São Paulo.', ['BR']],
    ['Organisations established in Switzerland keep their data in Zurich.', ['CH']],
    ['Data located in Canada is stored in Montréal.', ['CA']],
    ['Our servers located in Germany store every workspace.', ['DE']],
    ['Customer data located in the United Kingdom stays in London.', ['GB']],
    ['Data resident in Australia never leaves Sydney.', ['AU']],
    ['EU customers are hosted in Frankfurt and US customers in Ohio.', ['DE', 'US']],
    ['Records of customers located in Japan are stored in Tokyo.', ['JP']],
  ])('reads %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('help desks written with a hyphen and e-signature services are side services', () => {
  it.each([
    [['Customer data is stored in Frankfurt.', 'Our help-desk tool is hosted in the United States.'], ['DE']],
    [['All data is stored in Sydney.', 'Help-desk tickets are kept in the US.'], ['AU']],
    [['Workspaces are hosted in London.', 'Our help-desk platform stores conversations in Ireland.'], ['GB']],
    [['Records are stored in Toronto.', 'Signed envelopes are stored by our e-signature partner in the United States.'], ['CA']],
    [['Your files stay in Stockholm.', 'If you use e-signing, documents are hosted in the US.'], ['SE']],
    [['Matter data is stored in Paris.', 'The eSign add-on is hosted in the United States.'], ['FR']],
    [['Data is stored in Zurich.', 'E-signatures are stored in Ireland by our signing provider.'], ['CH']],
    [['All content lives in Tokyo.', 'Our help-desk software is hosted in Singapore.'], ['JP']],
    [['Data is kept in Dublin.', 'Helpdesk conversations are stored in the United States.'], ['IE']],
    [['Customer data resides in Mumbai.', 'The e-signature service stores its audit trail in Germany.'], ['IN']],
  ])('keeps only the primary store: %j', (page, want) => {
    expect(read(page)).toEqual(want);
  });
  it.each([
    ['All customer data, including signed contracts, is stored in Frankfurt.', ['DE']],
    ['Support data and workspace data are hosted in London.', ['GB']],
    ['Signed documents are stored in Canada.', ['CA']],
    ['Every document you sign is kept on servers in Sydney, Australia.', ['AU']],
    ['Our desk booking data is stored in Amsterdam.', ['NL']],
    ['Designs and assets are stored in Dublin.', ['IE']],
    ['All signatures are hosted in Zurich.', ['CH']],
    ['Tickets you file in our app are stored in Stockholm.', ['SE']],
    ['Contract data is stored in the United States.', ['US']],
    ['We host the whole platform, help centre content included, in Tokyo.', ['JP']],
  ])('still reads %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('an API the service calls out to is a side service', () => {
  it.each([
    [['Customer data is stored in Frankfurt.', 'Route planning calls a geocoding API hosted in the United States.'], ['DE']],
    [['All records are kept in London.', 'Jobs may query an external weather API hosted in Ireland.'], ['GB']],
    [['Workspaces are hosted in Sydney.', 'Address lookups invoke a third-party postcode API hosted in Singapore.'], ['AU']],
    [['Data is stored in Toronto.', 'Translations use a partner API hosted in Germany; only the text to translate is sent.'], ['CA']],
    [['Your files stay in Zurich.', 'The app calls an exchange-rate API hosted in the US.'], ['CH']],
    [['All data is stored in Stockholm.', 'Maps are drawn by an external mapping API hosted in the Netherlands.'], ['SE']],
    [['Documents are stored in Paris.', 'Our OCR step calls a third-party API hosted in the United States.'], ['FR']],
    [['Data resides in Dublin.', 'Tax rates come from a third-party tax API hosted in the US.'], ['IE']],
    [['Customer data is hosted in Tokyo.', 'Shipping quotes query a carrier rates API hosted in Australia.'], ['JP']],
    [['We store everything in Mumbai.', 'Phone numbers are checked by invoking a validation API hosted in the UK.'], ['IN']],
  ])('keeps only the primary store: %j', (page, want) => {
    expect(read(page)).toEqual(want);
  });
  it.each([
    ['Our API is hosted in Frankfurt, Germany.', ['DE']],
    ['Customers call our API, which is hosted in London.', ['GB']],
    ['API servers and databases are hosted in Sydney.', ['AU']],
    ['Your integrations call the public API, hosted in Toronto.', ['CA']],
    ['All API requests are processed and stored in Zurich.', ['CH']],
    ['The REST API and all customer data are hosted in Stockholm.', ['SE']],
    ['Everything you post to our API is stored in Paris, France.', ['FR']],
    ['Our GraphQL API runs on servers in Dublin, Ireland.', ['IE']],
    ['API keys and workspace data are stored in Tokyo.', ['JP']],
    ['Records created through the API are kept in Mumbai.', ['IN']],
  ])('still reads %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('relays, runners, payment partners, error tracking, e-mail senders and support centres are side places', () => {
  it.each([
    [['Recordings are stored in Amsterdam, the Netherlands.', 'Live calls are routed through media relay servers in Virginia, São Paulo and Singapore.'], ['NL']],
    [['All data is hosted in Frankfurt.', 'TURN relays in Ohio and Tokyo forward encrypted packets only.'], ['DE']],
    [['Project data is stored in Dublin.', 'Builds run on hosted runners in Oregon and Sydney.'], ['IE']],
    [['Supporter records are stored in London.', 'Card and direct debit processing — our payments partner, United States.'], ['GB']],
    [['Customer data lives in Toronto.', 'Payments are handled by our payment processor in the United States.'], ['CA']],
    [['Transcripts are stored in Helsinki, Finland.', 'Sentry — error tracking, hosted in the EU.'], ['FI']],
    [['Transcripts are stored in Helsinki, Finland.', 'Postmark — sends transcript and notification emails from the US.'], ['FI']],
    [['Everything is stored in Sydney.', 'Notification emails are delivered from servers in the United States.'], ['AU']],
    [['Account data is hosted in Ohio.', 'Our 24/7 customer support centre is located in Manila, Philippines.'], ['US']],
    [['Records are kept in Zurich.', 'Our contact centre in Lisbon, Portugal answers calls around the clock.'], ['CH']],
    [['Data is stored in Paris.', 'Support agents in Bengaluru, India work through a just-in-time access tool.'], ['FR']],
  ])('keeps only the primary store: %j', (page, want) => {
    expect(read(page)).toEqual(want);
  });
  it.each([
    ['Recordings and meeting data are stored in Amsterdam, the Netherlands.', ['NL']],
    ['Customer data is hosted in Frankfurt, Germany on dedicated servers.', ['DE']],
    ['Build logs, caches and artifacts are stored in AWS us-east-1 (N. Virginia).', ['US']],
    ['Donor records and payment history are stored in London.', ['GB']],
    ['All emails you send through us are stored in Belgium.', ['BE']],
    ['Error reports from your apps are stored in our Frankfurt database.', ['DE']],
    ['Support tickets and all account data are hosted in Dublin, Ireland.', ['IE']],
    ['Your workspace, including its messages, lives in Sydney, Australia.', ['AU']],
    ['We store all call recordings in Toronto, Canada.', ['CA']],
    ['Customer content is kept in Stockholm, Sweden.', ['SE']],
  ])('still reads %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

// Where the customers are is no storage place: "Practices in Northern Ireland use the same Irish hosting", "including
// New Zealand operators"; an error-monitoring or crash-reporting service is a side service.
describe('customers\' places and error monitoring are not storage', () => {
  const codes = (text: string) => [...new Set(storagePlaces(text).map((p) => p.country ?? p.region))];
  it.each([
    ['Practices in Northern Ireland and Great Britain use the same Irish hosting in Dublin.', ['IE']],
    ['Until then, all customers, including New Zealand operators, are hosted in Sydney.', ['AU']],
    ['Customers in Canada are served from our Toronto region.', ['CA']],
    ['Schools in Wales use the same London hosting.', ['GB']],
    ['Clinics from Austria are hosted in Frankfurt.', ['DE']],
    ['We use a cloud error-monitoring service in the United States to catch crashes; records stay in Toronto.', ['CA']],
    ['Crash reports go to a crash-reporting service in the United States; data is stored in Dublin.', ['IE']],
    ['All pharmacies, including Quebec pharmacies, are hosted in Toronto.', ['CA']],
    ['Our operators in Norway use the Stockholm region.', ['SE']],
    ['Teams from Japan use the Singapore region.', ['SG']],
  ])('%s', (text, want) => {
    expect(codes(text)).toEqual(want);
  });
  it.each([
    ['We store the data of our users in Germany.', ['DE']],
    ['Data for customers is stored in Germany.', ['DE']],
    ['Data is stored in Frankfurt for customers in the EU and in Virginia for customers in the US.', ['DE', 'US']],
  ])('keeps the storage place in "%s"', (text, want) => {
    expect(codes(text)).toEqual(expect.arrayContaining(want));
  });
});
