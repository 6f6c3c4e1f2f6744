import { describe, expect, it } from 'vitest';
import { dominantName, providerNames, vendorWords } from '../../../language/names';
import { pageOf } from '../helpers/page';

describe('providerNames', () => {
  it('collects hosts the page introduces, with acronyms, but not the vendor itself', () => {
    const page = {
      ...pageOf(
        'Larkspur stores all data with Amazon Web Services.',
        'We use Postmark for email.',
        'Messages are stored by Larkspur Mail.',
        'When you use Quill, your notes sync.',
        { kind: 'list-item', headings: ['Subprocessors'], text: 'Fly.io — application hosting' },
      ),
      title: 'Larkspur Mail security',
    };
    const names = providerNames(page);
    expect([...names].sort()).toEqual(['AWS', 'Amazon', 'Fly.io', 'Postmark']);
  });

  it('keeps a host named in the title', () => {
    const page = { ...pageOf('Larkspur is hosted on AWS.'), title: 'Larkspur on AWS' };
    expect(providerNames(page).has('AWS')).toBe(true);
  });
});

describe('vendorWords and dominantName', () => {
  it('reads the vendor from title, site name and host, leaving out page-kind words', () => {
    const page = { ...pageOf('x'), title: 'Security | Larkspur', siteName: 'Larkspur Docs', url: 'https://www.larkspur.example/security' };
    expect([...vendorWords(page)].sort()).toEqual(['Larkspur']);
  });

  it('falls back to a name the page uses twice when the title names no vendor, never to a host it introduces', () => {
    const titled = (title: string, ...texts: string[]) => ({ ...pageOf(...texts), title });
    expect([...vendorWords(titled('Security FAQ', 'Larkspur Cloud is SOC 2 Type II compliant.', 'Larkspur encrypts data at rest.'))]).toEqual(['Larkspur']);
    expect([...vendorWords(titled('Overview', 'We are hosted on Hetzner.', 'Hetzner runs the data centres in Falkenstein.'))]).toEqual([]);
  });

  it('names the one most used name, and nothing on a tie', () => {
    expect(dominantName(pageOf('Larkspur keeps data in the EU. Larkspur is audited. AWS hosts it.'))).toBe('Larkspur');
    expect(dominantName(pageOf('Our Azure tenant inherits Microsoft’s certificate.'))).toBe(null);
  });
});
