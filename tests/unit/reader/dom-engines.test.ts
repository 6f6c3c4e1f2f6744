import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../reader/dom';

// jsdom ships no types and we add no @types package for one test.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: new (html: string) => { window: { document: Document } } };
const html = resolve(import.meta.dirname, '..', '..', 'fixtures', 'html');

// The CLI reads with linkedom, the content script with the browser's DOM: both must give the same page.
describe('readDocument on linkedom and on a browser-like DOM (jsdom)', () => {
  for (const name of ['asyncbot.html', 'ohallo.html', 'allstacks.html']) {
    it(`reads ${name} the same way`, () => {
      const source = readFileSync(join(html, name), 'utf8');
      const fromLinkedom = readDocument(parseHTML(source).document as unknown as Document);
      const fromJsdom = readDocument(new JSDOM(source).window.document);
      expect(fromJsdom.blocks).toEqual(fromLinkedom.blocks);
      expect([fromJsdom.title, fromJsdom.siteName, fromJsdom.lang]).toEqual([fromLinkedom.title, fromLinkedom.siteName, fromLinkedom.lang]);
      expect(fromLinkedom.blocks.length).toBeGreaterThan(20);
    });
  }
});
