import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../reader/dom';

const doc = (html: string) => parseHTML(html).document as unknown as Document;
const read = (body: string, head = '<title>Security | Acme</title>') => readDocument(doc(`<!doctype html><html lang="en-GB"><head>${head}</head><body>${body}</body></html>`));
const texts = (body: string) => read(body).blocks.map((b) => b.text);

describe('readDocument', () => {
  it('keeps the title, site name and declared language', () => {
    const page = read('<main><p>We store data in the EU.</p></main>', '<title>Trust | Acme</title><meta property="og:site_name" content="Acme">');
    expect(page).toMatchObject({ title: 'Trust | Acme', siteName: 'Acme', lang: 'en', partial: false });
  });

  it('leaves out navigation, footers, cookie banners, scripts and hidden text', () => {
    const blocks = texts(`
      <div class="cookie-banner"><p>By clicking Accept you agree to our use of cookies.</p></div>
      <header><a href="/">Acme</a><nav><a href="/a">Pricing</a><a href="/b">Docs</a></nav></header>
      <main><h1>Security</h1><p>All data is encrypted at rest.</p><p hidden>Secret draft</p><script>var x = 1;</script></main>
      <footer><p>Made in Portland. © 2026 Acme</p></footer>`);
    expect(blocks).toEqual(['Security', 'All data is encrypted at rest.']);
  });

  it('builds text from block elements so tightly packed markup does not run together', () => {
    const blocks = texts('<main><p>We encrypt data.</p><p>Compliance matters.</p><ul><li><strong>SOC 2 Type II</strong><span>Audited annually</span></li></ul></main>');
    expect(blocks).toEqual(['We encrypt data.', 'Compliance matters.', 'SOC 2 Type II Audited annually']);
    expect(texts('<p>The <b>S</b>OC 2 report and <a href="#">DPA</a>.</p>')).toEqual(['The SOC 2 report and DPA.']);
  });

  it('reads table rows with their header cells', () => {
    const page = read('<table><thead><tr><th>Component</th><th>Location</th></tr></thead><tbody><tr><td>Database</td><td>Paris, France (EU)</td></tr></tbody></table>');
    expect(page.blocks).toEqual([expect.objectContaining({ kind: 'table-row', text: 'Database Paris, France (EU)', cells: ['Database', 'Paris, France (EU)'], header: ['Component', 'Location'] })]);
  });

  it('reads <details><summary> as a question answered by the details body', () => {
    const page = read('<h2>Compliance</h2><details><summary>Is Acme SOC 2 certified?</summary><p>Not yet.</p></details><p>Outside the answer.</p>');
    expect(page.blocks.map((b) => [b.kind, b.text, b.question ?? null, b.headings])).toEqual([
      ['heading', 'Compliance', null, []],
      ['question', 'Is Acme SOC 2 certified?', null, ['Compliance']],
      ['paragraph', 'Not yet.', 'Is Acme SOC 2 certified?', ['Compliance']],
      ['paragraph', 'Outside the answer.', null, ['Compliance']],
    ]);
  });

  it('reads FAQ question headings and bold question lines', () => {
    const page = read('<h3>Where is my data stored?</h3><p>In Iowa.</p><p><strong>Do you encrypt data?</strong></p><p>Yes.</p>');
    expect(page.blocks.map((b) => [b.kind, b.question ?? null])).toEqual([
      ['question', null],
      ['paragraph', 'Where is my data stored?'],
      ['question', null],
      ['paragraph', 'Do you encrypt data?'],
    ]);
  });

  it('reads schema.org FAQ markup: the Question name is a question even without "?"', () => {
    const page = read(`<div itemscope itemtype="https://schema.org/FAQPage"><div itemscope itemprop="mainEntity" itemtype="https://schema.org/Question">
      <h3 itemprop="name">SOC 2 status</h3><div itemprop="acceptedAnswer" itemscope itemtype="https://schema.org/Answer"><p itemprop="text">Not yet.</p></div></div></div>`);
    expect(page.blocks.map((b) => [b.kind, b.text, b.question ?? null])).toEqual([
      ['question', 'SOC 2 status', null],
      ['paragraph', 'Not yet.', 'SOC 2 status'],
    ]);
  });

  it('reads a disclosure button that opens with a statement as the question it is', () => {
    const page = read(`<div class="faq-item"><button aria-expanded="false" aria-controls="a1">We have an old SOC 2 report on file. Does it still count?</button>
      <div id="a1" hidden><p>No. It covered our retired product.</p></div></div>`);
    expect(page.blocks.map((b) => [b.kind, b.text, b.question ?? null])).toEqual([
      ['question', 'We have an old SOC 2 report on file. Does it still count?', null],
      ['paragraph', 'No. It covered our retired product.', 'We have an old SOC 2 report on file. Does it still count?'],
    ]);
  });

  it('reads a row of badge chips as separate items, not one run of words', () => {
    const chips = texts(`<div class="hero-badges"><span class="hero-badge">SOC 2 Type II</span> <span class="hero-badge">Cyber Essentials Plus</span>
      <span class="hero-badge">CREST Accredited</span></div>`);
    expect(chips).toEqual(['SOC 2 Type II', 'Cyber Essentials Plus', 'CREST Accredited']);
    // Styled words inside prose stay one sentence; so do inline spans with text between them.
    expect(texts(`<p><span class="hl">Data</span> <span class="hl">is</span> <span class="hl">encrypted.</span></p>`)).toEqual(['Data is encrypted.']);
    expect(texts(`<div><span class="k">SOC 2</span> and <span class="k">ISO 27001</span> certified.</div>`)).toEqual(['SOC 2 and ISO 27001 certified.']);
    expect(texts(`<div><span class="a">Hosted in</span> <span class="b">Frankfurt</span></div>`)).toEqual(['Hosted in Frankfurt']);
    // Per-word animation spans and a label-and-status pair are not chips.
    expect(texts(`<div><span class="word">We</span> <span class="word">are</span> <span class="word">SOC</span> <span class="word">2</span> <span class="word">certified.</span></div>`)).toEqual(['We are SOC 2 certified.']);
    expect(texts(`<div><span class="pill">ISO 27001</span> <span class="pill">Planned for 2026</span></div>`)).toEqual(['ISO 27001 Planned for 2026']);
    expect(texts(`<div><strong class="v">SOC 2 Type II:</strong> <strong class="v">audited annually</strong> <strong class="v">by Prescient</strong></div>`)).toEqual(['SOC 2 Type II: audited annually by Prescient']);
  });

  it('reads dt/dd and label/value div pairs as label-value blocks', () => {
    const page = read('<dl><dt>Data residency</dt><dd>United Kingdom</dd></dl><div class="row"><div>Encryption at rest</div><div>AES-256</div></div>');
    expect(page.blocks.map((b) => [b.kind, b.label, b.value, b.text])).toEqual([
      ['label-value', 'Data residency', 'United Kingdom', 'Data residency United Kingdom'],
      ['label-value', 'Encryption at rest', 'AES-256', 'Encryption at rest AES-256'],
    ]);
  });

  it('reads a bold lead in a list item and a "Label: value" paragraph as label and value', () => {
    const page = read('<ul><li><img alt=""><strong>ISO/IEC 27001:2022</strong><span>Certified</span></li></ul><p><strong>Encryption at rest:</strong> AES-256</p>');
    expect(page.blocks.map((b) => [b.kind, b.label, b.value])).toEqual([
      ['list-item', 'ISO/IEC 27001:2022', 'Certified'],
      ['label-value', 'Encryption at rest', 'AES-256'],
    ]);
  });

  it('gives list items the lead-in paragraph before the list', () => {
    const page = read('<p>If a breach affects you:</p><ul><li>We notify you within 72 hours.</li></ul>');
    expect(page.blocks[1]).toMatchObject({ kind: 'list-item', lead: 'If a breach affects you:' });
  });

  it('keeps a flattened label/value paragraph as one paragraph', () => {
    const text = 'Data centre Germany (EU). Network isolation Application services run on a private network.';
    expect(read(`<p>${text}</p>`).blocks).toEqual([expect.objectContaining({ kind: 'paragraph', text })]);
  });

  it('reads a 5,000-deep DOM without overflowing the stack', () => {
    const deep = `${'<div>'.repeat(5000)}<p>Data is stored in Frankfurt.</p>${'</div>'.repeat(5000)}`;
    expect(texts(deep)).toContain('Data is stored in Frankfurt.');
  });

  it('stops at the character budget and marks the page partial', () => {
    const para = '<p>Customer data is encrypted at rest with AES-256 and kept in the European Union.</p>';
    const page = readDocument(doc(`<html><body><main>${para.repeat(2000)}</main></body></html>`), { maxChars: 5000 });
    expect(page.partial).toBe(true);
    expect(page.blocks.length).toBeGreaterThan(10);
    expect(page.blocks.length).toBeLessThan(2000);
  });

  it('stops at the time budget and marks the page partial', () => {
    const para = '<p>Customer data is encrypted at rest.</p>';
    const page = readDocument(doc(`<html><body>${para.repeat(3000)}</body></html>`), { budgetMs: 0 });
    expect(page.partial).toBe(true);
  });
});

// A footnote's mark is no text of the sentence: read into it, "Not yet<sup>1</sup>" becomes "Not yet1".
describe('footnote marks', () => {
  const texts = (body: string) => read(`<main>${body}</main>`).blocks.map((b) => b.text);
  // A footnote's mark is a word of its own: it runs into no word, and a quote across it is still found on the page.
  it.each([
    ['<p>ISO 27001: not yet<sup><a href="#fn1">1</a></sup>.</p>', 'ISO 27001: not yet 1.'],
    ['<p>Certified<sup>*</sup> annually.</p>', 'Certified * annually.'],
    ['<p>Deleted within 30 days<sup>[2]</sup>.</p>', 'Deleted within 30 days [2].'],
    ['<p>Audited<sup>†</sup> by an independent firm.</p>', 'Audited † by an independent firm.'],
    ['<p>Report available<sup><a href="#note-a">a</a></sup>.</p>', 'Report available a.'],
    ['<p>N/A — handled by sub-processor<sup>2</sup> for hosting.</p>', 'N/A — handled by sub-processor 2 for hosting.'],
    ['<p>Implemented<sup>1</sup></p>', 'Implemented 1'],
    ['<p>Partial<sup>3</sup> coverage.</p>', 'Partial 3 coverage.'],
  ])('%s reads %j', (html, want) => {
    expect(texts(html)).toEqual([want]);
  });
  it.each([
    ['<p>Stored in 10<sup>6</sup> shards.</p>', 'Stored in 106 shards.'],
    ['<p>Area: 40 m<sup>2</sup> of racks.</p>', 'Area: 40 m2 of racks.'],
    ['<p>Capacity of 2<sup>32</sup> keys.</p>', 'Capacity of 232 keys.'],
    // A mark right after a number is dropped: read as a word it would be the number.
    ['<p>Notice within 72<sup><a href="#fn1">1</a></sup> hours.</p>', 'Notice within 72 hours.'],
    ['<p>Deleted within 30<sup>[2]</sup> days.</p>', 'Deleted within 30 days.'],
    ['<p>See <sup><a href="https://example.com/x">the report</a></sup> here.</p>', 'See the report here.'],
  ])('keeps a superscript that is text: %s', (html, want) => {
    expect(texts(html)).toEqual([want]);
  });
});
