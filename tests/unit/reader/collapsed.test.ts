// @vitest-environment jsdom
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../reader/dom';
import { extractDocument } from '../../../claims/pipeline';

const FAQ = `<!doctype html><html lang="en"><head><title>Help centre — Acme</title></head><body>
<div class="cookie-banner" hidden><p>We use cookies and SOC 2 Type I partners.</p></div>
<main><h1>Security FAQ</h1>
<div class="faq-item"><button aria-expanded="false" aria-controls="a1">Are you SOC 2 certified?</button>
  <div id="a1" hidden><p>Yes, Acme holds a SOC 2 Type II report, renewed every year.</p></div></div>
<div class="accordion"><h3 class="accordion-header">Are you ISO certified?</h3>
  <div class="accordion-collapse" style="display: none"><p>Acme is ISO 27001:2022 certified.</p></div></div>
<div class="faq"><h3>Where is my data stored?</h3><div class="faq-answer" aria-hidden="true"><p>All customer data is stored in Frankfurt, Germany (EU).</p></div></div>
<details><summary>How is data encrypted?</summary><div hidden><p>Data at rest is encrypted with AES-256.</p></div></details>
<div role="tabpanel" hidden><p>Tab panel text about breach notice within 72 hours.</p></div>
<p hidden>Secret draft: we plan SOC 2.</p>
<div class="modal" hidden><p>Modal sign-up offer.</p></div>
<div role="dialog" aria-modal="true" style="display:none"><p>Dialog text.</p></div>
<template><p>Template text.</p></template>
<script>var soc = "SOC 2 Type I";</script>
</main></body></html>`;

const texts = (doc: Document) => readDocument(doc).blocks.map((b) => b.text);

describe('collapsed content is content', () => {
  for (const [engine, doc] of [
    ['linkedom', () => parseHTML(FAQ).document as unknown as Document],
    ['a browser DOM (jsdom)', () => new DOMParser().parseFromString(FAQ, 'text/html')],
  ] as const) {
    it(`reads the panels of disclosure widgets, whatever hides them (${engine})`, () => {
      const t = texts(doc());
      expect(t).toContain('Yes, Acme holds a SOC 2 Type II report, renewed every year.');
      expect(t).toContain('Acme is ISO 27001:2022 certified.');
      expect(t).toContain('All customer data is stored in Frankfurt, Germany (EU).');
      expect(t).toContain('Data at rest is encrypted with AES-256.');
      expect(t).toContain('Tab panel text about breach notice within 72 hours.');
    });

    it(`still skips what is not content: cookie banners, hidden drafts, modals, dialogs, templates, scripts (${engine})`, () => {
      const all = texts(doc()).join('\n');
      for (const gone of ['cookies', 'Secret draft', 'Modal sign-up', 'Dialog text', 'Template text', 'var soc']) expect(all).not.toContain(gone);
    });
  }

  it('an answer keeps its question, so the claims read as the page states them', () => {
    const x = extractDocument(parseHTML(FAQ).document as unknown as Document);
    expect(x.summary.soc2.value).toBe('type2');
    expect(x.summary.iso27001.value).toBe('certified');
    expect(x.summary.dataRegion.value).toEqual(['EU']);
    expect(x.summary.encryptionAtRest.value).toBe('AES-256');
    const soc2 = readDocument(parseHTML(FAQ).document as unknown as Document).blocks.find((b) => b.text.startsWith('Yes, Acme'));
    expect(soc2?.question).toBe('Are you SOC 2 certified?');
  });
});

describe('shadow DOM', () => {
  it('reads open shadow roots in document order, slots in place', () => {
    document.body.innerHTML = '<main><h1>Trust</h1><p>Before.</p><trust-card><span slot="title">Encryption</span></trust-card><p>After.</p></main>';
    const host = document.querySelector('trust-card')!;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<h2><slot name="title"></slot></h2><p>Customer data is encrypted at rest with AES-256.</p>';
    const t = texts(document);
    expect(t).toEqual(['Trust', 'Before.', 'Encryption', 'Customer data is encrypted at rest with AES-256.', 'After.']);
    expect(readDocument(document).blocks[3]!.headings).toContain('Encryption');
  });
});
