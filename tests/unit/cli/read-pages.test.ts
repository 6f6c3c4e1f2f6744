import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFile, readPageFile } from '../../../cli/load';
import { loadRubric } from '../../../cli/commands/score';
import { DEFAULT_PRESET } from '../../../rubric/presets';
import { serialiseRubric } from '../../../rubric/schema';

const dir = mkdtempSync(join(tmpdir(), 'assay-read-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const CLAIM = 'Acme is SOC 2 Type II certified.';

// Defect 2: HTML a browser renders but whose <body> is implicit read as "no readable text".
describe('HTML parsed like a browser', () => {
  const cases: [string, string][] = [
    ['a minified page with no <body> tag', `<!doctype html><html lang=en><meta charset=utf-8><title>Acme</title><h1>Security</h1><p>${CLAIM}</p>`],
    ['<!doctype html><title>…<h1>…', `<!doctype html><title>Acme</title><h1>Security</h1><p>${CLAIM}</p>`],
    ['<html><h1>… with no head or body', `<html><h1>Security</h1><p>${CLAIM}</p></html>`],
    ['a fragment', `<h1>Security</h1><p>${CLAIM}</p>`],
    ['a server template', `{% extends "base.html" %}\n{% block content %}\n<h1>Security</h1>\n<p>${CLAIM}</p>\n{% endblock %}`],
    ['a head closed with the body content inside it', `<!doctype html><html><head><title>Acme</title><h1>Security</h1><p>${CLAIM}</p></head></html>`],
  ];
  it.each(cases)('reads %s', (_name, html) => {
    const r = extractFile(file('page.html', html));
    expect(r.summary.soc2.value).toBe('type2');
    expect(r.summary.soc2.evidence[0]).toContain('SOC 2 Type II');
  });

  it('keeps the <html lang> and the <title> of a page without a <body> tag', () => {
    const r = extractFile(file('lang.html', `<!doctype html><html lang="en"><title>Acme Trust</title><p>${CLAIM}</p>`));
    expect(r.title).toBe('Acme Trust');
    expect(r.lang).toBe('en');
  });

  it('sniffs an extension-less file that starts with markup as HTML: quotes carry no tags', () => {
    for (const start of ['<!doctype html>', '<html>', '<p>', '<!-- saved -->\n<div>', '<?xml version="1.0"?>\n<html>']) {
      const path = file(`saved-${Math.random().toString(36).slice(2)}`, `${start}<h1>Security</h1><p>${CLAIM}</p>`);
      expect(readPageFile(path).format, start).toBe('html');
      expect(extractFile(path).summary.soc2.evidence[0]).not.toMatch(/[<>]/);
    }
    expect(readPageFile(file('notes', `Security\n\n${CLAIM}\n`)).format).toBe('txt');
  });
});

// Defect 8: encodings in the WHATWG order, UTF-16 with a BOM, NULs dropped, a rubric with a BOM.
describe('encodings decided as a browser does', () => {
  const body = '<p>We’re based in München. Acme is SOC 2 Type II certified.</p>';
  it('reads UTF-16 LE and BE with a byte-order mark', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`<html><body>${body}</body></html>`, 'utf16le')]);
    const be = Buffer.from(le);
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1]!, be[i]!];
    expect(readPageFile(file('le.html', le)).text).toContain('We’re based in München.');
    expect(readPageFile(file('be.html', be)).text).toContain('We’re based in München.');
    expect(extractFile(file('le2.html', le)).summary.soc2.value).toBe('type2');
  });

  it('lets a UTF-8 byte-order mark win over a meta charset that says otherwise', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`<html><head><meta charset="windows-1252"></head><body>${body}</body></html>`, 'utf8')]);
    expect(readPageFile(file('bom.html', bytes)).text).toContain('We’re based in München.');
  });

  it('reads Windows-1252 without any declaration when the bytes are not UTF-8', () => {
    const bytes = Buffer.from('<html><body><p>We\x92re based in M\xfcnchen.</p></body></html>', 'latin1');
    expect(readPageFile(file('plain1252.html', bytes)).text).toContain('We’re based in München.');
    expect(readPageFile(file('plain1252.txt', bytes)).text).toContain('We’re based in München.');
  });

  it('honours the XML declaration and a meta charset past the first 2 kB of the head', () => {
    const xml = Buffer.from('<?xml version="1.0" encoding="windows-1252"?>\n<html><body><p>We\x92re here.</p></body></html>', 'latin1');
    expect(readPageFile(file('x.xhtml', xml)).text).toContain('We’re here.');
    const late = Buffer.from(`<html><head><style>${'p{}\n'.repeat(1000)}</style><meta charset="windows-1252"></head><body><p>M\xfcnchen \x93quoted\x94</p></body></html>`, 'latin1');
    expect(readPageFile(file('late.html', late)).text).toContain('München “quoted”');
  });

  it('drops NUL characters after the first 8 kB instead of quoting them', () => {
    const text = `${'Security overview.\n'.repeat(600)}Acme is SOC 2\u0000 Type II certified.\n`;
    const r = extractFile(file('nul.txt', Buffer.from(text, 'utf8')));
    expect(r.summary.soc2.value).toBe('type2');
    expect(r.summary.soc2.evidence.join('')).not.toContain('\u0000');
  });

  it('reads a rubric file that starts with a UTF-8 byte-order mark', () => {
    const path = file('bom-rubric.json', `\uFEFF${serialiseRubric({ ...DEFAULT_PRESET, id: 'bom-rubric' })}`);
    expect(loadRubric(path).id).toBe('bom-rubric');
  });
});
