import { describe, expect, it } from 'vitest';
import { findPlaces } from '../../../language/places';

// An area followed by a narrower place inside it, in apposition, is named by that place: "the Asia-Pacific
// region, in Sydney" is Sydney, and Asia-Pacific must not add APAC beside AU. A list of places, or a place
// of the area's own region, keeps the area.
const read = (text: string) => findPlaces(text).map((p) => `${p.text}=${p.country ?? '-'}/${p.region ?? '-'}`);

describe('an area in apposition to a narrower place inside it', () => {
  it.each([
    ['hosted in the Asia-Pacific region, in Sydney', ['Sydney=AU/AU']],
    ['stored in Asia Pacific - Melbourne', ['Melbourne=AU/AU']],
    ['kept in APAC, specifically in Tokyo', ['Tokyo=JP/JP']],
    ['hosted in Asia: Mumbai', ['Mumbai=IN/IN']],
    ['stored in Asia-Pacific, namely Osaka', ['Osaka=JP/JP']],
    ['hosted in Europe: London', ['London=GB/UK']],
    ['stored in Europe, specifically Zurich', ['Zurich=CH/CH']],
    ['hosted in Europe – Manchester', ['Manchester=GB/UK']],
    ['kept in the APAC region at Brisbane', ['Brisbane=AU/AU']],
    ['stored in Asia Pacific, i.e. Hyderabad', ['Hyderabad=IN/IN']],
    ['hosted in Europe, in Geneva', ['Geneva=CH/CH']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('an area that stays', () => {
  it.each([
    ['stored in Europe, the US and Australia', ['Europe=-/EU', 'US=US/US', 'Australia=AU/AU']],
    ['hosted in APAC and Australia', ['APAC=-/APAC', 'Australia=AU/AU']],
    ['stored in the EU, in London', ['EU=-/EU', 'London=GB/UK']],
    ['hosted in Asia, in Singapore', ['Asia=-/APAC', 'Singapore=SG/APAC']],
    ['kept in Europe, in Frankfurt', ['Europe=-/EU', 'Frankfurt=DE/EU']],
    ['stored in APAC or in Canada', ['APAC=-/APAC', 'Canada=CA/CA']],
    ['hosted in the European Union: Dublin', ['European Union=-/EU', 'Dublin=IE/EU']],
    ['kept in the EEA - Oslo', ['EEA=-/EU', 'Oslo=NO/EU']],
    ['stored in Asia Pacific, with backups in Sydney', ['Asia Pacific=-/APAC', 'Sydney=AU/AU']],
    ['hosted in Europe while staff sit in London', ['Europe=-/EU', 'London=GB/UK']],
    ['stored in APAC; US customers in Virginia', ['APAC=-/APAC', 'US=US/US', 'Virginia=US/US']],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});
