import { describe, expect, it } from 'vitest';
import { extractor as countries } from '../../../extractors/data-countries';
import { extractor as regions } from '../../../extractors/data-region';
import { best, run, unionOf } from '../helpers/extractor-table';

// Rules of ./language/storage-context.ts about the sentence as a whole: a customer's seat, side services
// "around the world", and standby copies.
const readCountries = (page: string | string[]) => unionOf(run(countries, page).cands);
const readRegions = (page: string | string[]) => unionOf(run(regions, page).cands);

describe("a customer's seat does not make a storage sentence a company address", () => {
  it.each([
    ['Employers headquartered in Canada can have their payroll data hosted in our Toronto region.', ['CA']],
    ['Customers based in Switzerland can choose to store their data in Zurich.', ['CH']],
    ['Companies incorporated in Australia may keep their workspace data in our Sydney region.', ['AU']],
    ['Firms registered in the UK can have matter data stored in London.', ['GB']],
    ['Organisations headquartered in Germany can have their data hosted in Frankfurt.', ['DE']],
    ['Businesses domiciled in Japan are hosted in our Tokyo region.', ['JP']],
    ['Tenants based in India have their records stored in Mumbai.', ['IN']],
    ['Clients headquartered in Brazil can elect to store documents in São Paulo.', ['BR']],
    ['Users based in Ireland can opt to have workspaces hosted in Dublin.', ['IE']],
    ['Entities incorporated in Sweden may elect data storage in Stockholm.', ['SE']],
    ['Customers headquartered in Canada have their data stored in Montréal by default.', ['CA']],
  ])('reads %s', (text, want) => {
    expect(readCountries(text)).toEqual(want);
  });
  it.each([
    'Employers headquartered in Canada can choose where their data is stored.',
    'Customers based in Germany can have their data hosted in any of our regions.',
    'Companies incorporated in Japan are hosted in our default region.',
    'Businesses registered in Ireland can store data in the region of their choice.',
    'Organisations domiciled in Switzerland have their workspace hosted in our standard region.',
    'Clients headquartered in Australia may pick a hosting region at sign-up.',
    'Users based in Singapore are hosted on our shared platform.',
    'Tenants incorporated in the Netherlands keep their data in the region they choose.',
    'Firms registered in Scotland have their matters stored in the default region.',
    'Entities domiciled in Luxembourg are provisioned in the hosting region of their plan.',
    'Our company is headquartered in Toronto and hosts customer data with a trusted provider.',
    'Example Ltd, a company registered in England, stores data securely.',
  ])('reads no storage place from %s', (text) => {
    expect(run(countries, text).cands).toEqual([]);
  });
});

describe('"around the world" of a side service or of places set aside is no worldwide storage', () => {
  it.each([
    'Customer content is stored in data centres around the world.',
    'Workspace data is replicated worldwide for durability.',
    'We host your files globally on our own storage clusters.',
    'Records are kept in data centres across the globe.',
    'Your data is stored in multiple countries for resilience.',
    'All project data resides in facilities around the world.',
    'Uploaded documents are stored worldwide across redundant regions.',
    'Customer data is replicated globally to keep it available.',
    'Your content is hosted in data centers worldwide.',
    'Data is persisted globally in our storage layer.',
  ])('reads GLOBAL from %s', (text) => {
    expect(readRegions(text)).toEqual(['GLOBAL']);
  });
  it.each([
    'Our email delivery partner runs mail servers in the US and Ireland to keep inbox placement high around the world.',
    'Transactional email is handled by a provider that keeps data in centres worldwide.',
    'Our analytics provider stores event data globally.',
    'Support tickets are stored by our help desk around the world.',
    'Our engineers in the UK and India keep systems running around the world.',
    'Our support staff in Manila and Dublin keep the service running around the world.',
    'Marketing newsletters are stored by our newsletter platform worldwide.',
    'Our e-signature partner stores signed envelopes in data centres around the world.',
    'Payments are processed by our payment provider, which stores card data globally.',
    'Offices in London and New York keep our teams close to the market across the globe.',
    'The status page is hosted worldwide by a third party.',
  ])('reads nothing from %s', (text) => {
    expect(run(regions, text).cands).toEqual([]);
  });
});

describe('a standby is a copy, not the primary store', () => {
  it.each([
    ['Customer data is stored in Frankfurt, with a warm standby in Dublin.', ['DE']],
    ['All records are hosted in London and a hot standby is kept in Amsterdam.', ['GB']],
    ['Workspaces are hosted in Sydney, with a cold standby in Singapore.', ['AU']],
    ['Data is stored in Virginia; a standby environment in Montréal takes over if the region fails.', ['US']],
    ['Our primary database lives in Stockholm with a stand-by copy in Oslo.', ['SE']],
    ['Application data is hosted in Paris, with standby capacity in Madrid.', ['FR']],
    ['Customer files are kept in Zurich and mirrored to a warm standby site in Frankfurt.', ['CH']],
    ['Your data lives in Tokyo, with a standby region in Seoul.', ['JP']],
    ['The database is hosted in Dublin; a warm standby runs in London.', ['IE']],
    ['We store all data in Mumbai, keeping a standby in Singapore.', ['IN']],
  ])('leaves the standby out of %s', (text, want) => {
    expect(readCountries(text)).toEqual(want);
  });
  it.each([
    [['Our standby on-call rota covers every weekend.', 'All data is stored in Frankfurt.'], ['DE']],
    [['A standby generator protects the facility.', 'Customer data is hosted in Toronto.'], ['CA']],
    [['Data is hosted in Dublin, with a standby in Dublin too.'], ['IE']],
    [['After a failover drill, all data is stored in London again.'], ['GB']],
    [['Standby instances aside, customer data is stored in Sydney.'], ['AU']],
    [['We keep no standby outside Switzerland: all data is stored in Zurich.'], ['CH']],
    [['Standby copies stay in the same region, and all data is stored in Stockholm.'], ['SE']],
    [['The standby team works in shifts; customer records are kept in Paris.'], ['FR']],
    [['Customer data is stored in Tokyo.', 'A warm standby in Osaka is kept for disaster recovery.'], ['JP']],
    [['Data is stored in Virginia, standby included.'], ['US']],
  ])('still reads the primary store from %j', (page, want) => {
    expect(readCountries(page)).toEqual(want);
  });
  it('ranks a standby named alone like a backup', () => {
    const { cands } = run(countries, 'Customer data is backed by a warm standby hosted in Oregon.');
    expect(unionOf(cands)).toEqual(['US']);
    expect(best(cands)!.confidence).toBeLessThan(0.7);
  });
});

describe('a region that is only planned, in the works or in preview is not held', () => {
  it.each([
    'EU data residency is coming.',
    'We are working on a dedicated Australian hosting region.',
    'A UK data region is in development.',
    'Hosting in Canada is planned for 2027.',
    'A Japanese data region launches in Q3 2027.',
    'We intend to offer data storage in Switzerland.',
    'Data residency in India (beta, coming 2027).',
    'Data residency in the EU is not yet available.',
    'Storage in Brazil is currently in private preview.',
    'Singapore data region: planned.',
    'Hosting in Frankfurt is under development for enterprise plans.',
    'Data residency in Ireland is not currently offered.',
  ])('reads nothing from %s', (text) => {
    expect(run(regions, text).cands).toEqual([]);
  });
  it.each([
    ['Data coming from EU customers is stored in Frankfurt.', ['EU']],
    ['Our Canadian region launched in 2024 and stores data in Montréal.', ['CA']],
    ['As planned at launch, all data is stored in Sydney.', ['AU']],
    ['Customer data is stored in London, as it has been since day one.', ['UK']],
    ['Data residency in Switzerland is available today on every plan.', ['CH']],
    ['Our production region is live in Tokyo and stores all workspaces.', ['JP']],
    ['The development environment and all customer data are hosted in Dublin.', ['EU']],
    ['Data is stored in Mumbai; the region left preview in 2023.', ['IN']],
    ['We store data in São Paulo, where our region went live last year.', ['BR']],
    ['All customer data is hosted in Virginia, generally available since 2021.', ['US']],
  ])('still reads %s', (text, want) => {
    expect(readRegions(text)).toEqual(want);
  });
});

describe('a sentence under a storage heading answers it only when it is little more than the place', () => {
  const under = (text: string) => [{ kind: 'heading' as const, text: 'Where your data is stored' }, { text, headings: ['Where your data is stored'] }];
  it.each([
    ["We're frequently asked about Canada. A Canadian hosting option is on our 2026 roadmap. It is not available today.", []],
    ['People often ask about Australia. An Australian region is planned for next year.', []],
    ['Customers in Japan ask us about local hosting. We are working on a Tokyo region.', []],
    ['We get questions about Switzerland. If you need data kept there, contact sales.', []],
    ['India comes up a lot. Local hosting there is coming soon.', []],
    ['Frankfurt, Germany. All customer data stays in the EU.', ['DE']],
    ['Dublin, Ireland.', ['IE']],
    ['United States (Oregon).', ['US']],
    ['Montréal, Canada. Backups stay in the same region.', ['CA']],
    ['Sydney, Australia.', ['AU']],
  ])('under "Where your data is stored": %s', (text, want) => {
    expect(unionOf(run(countries, under(text)).cands)).toEqual(want);
  });
});
