// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findQuote } from '../../../browser/find-quote';

function docOf(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('findQuote', () => {
  it('finds a quote inside one text node', () => {
    const r = findQuote(docOf('<p>We encrypt all data at rest using AES-256. Other text.</p>'), 'encrypt all data at rest using AES-256');
    expect(r?.toString()).toBe('encrypt all data at rest using AES-256');
  });

  it('finds a quote that spans elements and differs in whitespace', () => {
    const r = findQuote(docOf('<table><tr><td>Database</td><td>Paris,\n  France (EU)</td></tr></table>'), 'Database | Paris, France (EU)');
    expect(r?.toString()).toBe('DatabaseParis,\n  France (EU');
  });

  it('finds text packed tightly across blocks', () => {
    const r = findQuote(docOf('<div><p>Data centre</p><p>Germany (EU).</p></div>'), 'Data centre Germany (EU)');
    expect(r?.toString()).toBe('Data centreGermany (EU');
  });

  it('ignores script and style text', () => {
    const r = findQuote(docOf('<script>var a = "SOC 2 Type II";</script><p>nothing here</p>'), 'SOC 2 Type II');
    expect(r).toBeNull();
  });

  it('returns null for a quote that is not on the page, or an empty one', () => {
    const d = docOf('<p>Hello world</p>');
    expect(findQuote(d, 'Goodbye world')).toBeNull();
    expect(findQuote(d, ' … ')).toBeNull();
  });

  it('matches case-insensitively and handles non-Latin text', () => {
    const r = findQuote(docOf('<p>Die Daten werden in DEUTSCHLAND gespeichert — 数据存储</p>'), 'in Deutschland gespeichert — 数据存储');
    expect(r?.toString()).toBe('in DEUTSCHLAND gespeichert — 数据存储');
  });
});
