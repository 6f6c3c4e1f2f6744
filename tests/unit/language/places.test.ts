import { describe, expect, it } from 'vitest';
import { findPlaces, regionOfCountry, trieAlternation } from '../../../language/places';
import { storagePlaces } from '../../../language/storage-places';

const read = (text: string) => findPlaces(text).map((p) => `${p.text}=${p.country ?? '-'}/${p.region ?? '-'}`);

describe('places gazetteer', () => {
  it.each([
    ['Falkenstein, Germany (Hetzner FSN1)', ['Falkenstein=DE/EU', 'Germany=DE/EU', 'FSN1=DE/EU']],
    ["AWS's Europe (London) region", ['London=GB/UK']],
    ['Asia Pacific (Sydney)', ['Sydney=AU/AU']],
    ['US East (N. Virginia)', ['US East=US/US', 'N. Virginia=US/US']],
    ['the us-west-2 region (Oregon)', ['us-west-2=US/US', 'Oregon=US/US']],
    ['eu-west-2, eu-central-1 and ca-central-1', ['eu-west-2=GB/UK', 'eu-central-1=DE/EU', 'ca-central-1=CA/CA']],
    ['GCP europe-west3 and Azure westeurope', ['europe-west3=DE/EU', 'westeurope=NL/EU']],
    ['Canada Central (Toronto and Montreal)', ['Canada Central=CA/CA', 'Toronto=CA/CA', 'Montreal=CA/CA']],
    ['the continental United States', ['continental United States=US/US']],
    ['the European Union, the EU and the EEA', ['European Union=-/EU', 'EU=-/EU', 'EEA=-/EU']],
    ['São Paulo, Mumbai and Tokyo', ['São Paulo=BR/BR', 'Mumbai=IN/IN', 'Tokyo=JP/JP']],
    ['Helsinki, Finland', ['Helsinki=FI/EU', 'Finland=FI/EU']],
    ['the UK and the U.S.', ['UK=GB/UK', 'U.S.=US/US']],
    ['on German servers, in a Swiss data centre', ['German=DE/EU', 'Swiss=CH/CH']],
    ['New South Wales', ['New South Wales=AU/AU']],
  ])('finds the places in %s', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it.each([
    'contact us for a quote', // "us" the pronoun
    'cookies are sameSite=lax', // an airport-like word outside a region context
    'German law applies', // a demonym without an infrastructure noun
    'Swiss customers and French users',
    'visit https://example.eu/asia', // lower-case names in a URL
    'the iad and fra teams', // airport codes outside a region context
    'the app runs on Elixir and Phoenix', // a framework, not the city
  ])('finds nothing in %s', (text) => {
    expect(findPlaces(text)).toEqual([]);
  });

  it('reads airport codes in a region context', () => {
    expect(read('US East (iad) region')).toEqual(['US East=US/US', 'iad=US/US']);
    expect(read('deployed to regions: iad, fra, syd')).toEqual(['iad=US/US', 'fra=DE/EU', 'syd=AU/AU']);
  });

  it('maps countries to regions', () => {
    expect(regionOfCountry('DE')).toBe('EU');
    expect(regionOfCountry('GB')).toBe('UK');
    expect(regionOfCountry('SG')).toBe('APAC');
    expect(regionOfCountry('ZA')).toBeNull();
  });
});

describe('storage places', () => {
  const kept = (text: string) => storagePlaces(text).map((p) => p.text);
  it.each([
    ['in compliance with the U.K. Data Protection Act and the EU Data Protection Directive', []],
    ['certified under the CH/EU-US Privacy Shield', []],
    ['billing records kept as required by Swiss law', []],
    ['Providers in Europe (CISPE) Code of Conduct', []],
    ['We are based in Belgium (EU)', []],
    ['Australia and New Zealand customers — data is stored in Australia', ['Australia']],
    ['We do not back up customer data outside the EU', ['EU']],
    ['shared with third parties based outside Switzerland', []],
    ['hosted in Frankfurt and US customers in Ohio', ['Frankfurt', 'Ohio']],
    ['stored in the EU in compliance with GDPR', ['EU']],
  ])('%s', (text, want) => {
    expect(kept(text)).toEqual(want);
  });
});

describe('place names need a word boundary before them', () => {
  it.each([
    ['Hosted in Frankfurt.', ['DE']],
    ['xFrankfurt is not a city here', []],
    ['_Germany', []],
    ['2Germany', []],
    ['(Germany)', ['DE']],
    ['𝐀Germany', []],
    ['🙂Germany', ['DE']],
  ])('%s', (text, countries) => {
    expect(findPlaces(text).map((p) => p.country)).toEqual(countries);
  });
});

describe('case-insensitive names keep their offsets when lower case is longer', () => {
  it('finds a place after a dotted capital İ at its own offsets', () => {
    const text = 'İzmir office; data is stored in FRANKFURT and eu-central-1.';
    const got = findPlaces(text).map((p) => [p.text, text.slice(p.start, p.end), p.country]);
    expect(got).toEqual([
      ['FRANKFURT', 'FRANKFURT', 'DE'],
      ['eu-central-1', 'eu-central-1', 'DE'],
    ]);
  });
});

describe('trieAlternation: one pattern with shared prefixes, longest name first', () => {
  const re = (names: string[]) => new RegExp(`${trieAlternation(names)}(?![\\p{L}\\p{N}_])`, 'gu');
  const all = (names: string[], text: string) => [...text.matchAll(re(names))].map((m) => m[0]);
  it.each([
    [['san', 'san\\s+jose', 'san\\s+francisco'], 'san jose and san francisco and san', ['san jose', 'san francisco', 'san']],
    [['ab', 'abcd'], 'abcd abc ab', ['abcd', 'ab']],
    [['n\\.\\s+california', 'california'], 'n. california', ['n. california']],
    [['eu-central-1', 'eu-central-2', 'eu'], 'eu-central-2 eu', ['eu-central-2', 'eu']],
    [['x'], 'xy', []],
  ])('%j in %j', (names, text, want) => {
    expect(all(names as string[], text as string)).toEqual(want);
  });
  it('falls back to a shorter name when the longer one is followed by a word character', () => {
    expect(all(['new\\s+york', 'new\\s+yorkshire', 'new'], 'new yorkshires new york')).toEqual(['new', 'new york']);
  });
});
