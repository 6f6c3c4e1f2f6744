import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makePdf, WHITEPAPER } from '../../tools/make-pdf';

const root = resolve(import.meta.dirname, '..', '..', '..');
const assay = (...args: string[]) => {
  const r = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'cli', 'assay.ts'), ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const tmp = mkdtempSync(join(tmpdir(), 'assay-pdf-'));

describe('assay extract on a PDF', { timeout: 60_000 }, () => {
  it('reads a real PDF (made here, no .pdf name needed) with page-numbered quotes', () => {
    const file = join(tmp, 'whitepaper');
    writeFileSync(file, makePdf(WHITEPAPER, 'Acme Security Whitepaper'));
    const json = assay('extract', '--json', file);
    expect(json.err).toBe('');
    expect(json.code).toBe(0);
    const [out] = JSON.parse(json.out) as { title: string; fields: Record<string, { value: unknown; evidence: string[]; pages?: number[] }> }[];
    expect(out!.title).toBe('Acme Security Whitepaper');
    expect(out!.fields.soc2).toEqual({ value: 'type2', evidence: ['Acme has completed a SOC 2 Type II audit covering security and availability.'], pages: [2] });
    expect(out!.fields.breachNoticeHours).toEqual(expect.objectContaining({ value: 72, pages: [3] }));
    const table = assay('extract', file);
    expect(table.out).toMatch(/soc2\s+type2\s+“Acme has completed a SOC 2 Type II audit covering security and availability\.” \(p\. 2\)/);
  });

  it('says plainly when a PDF cannot be opened or has no text', () => {
    writeFileSync(join(tmp, 'broken.pdf'), '%PDF-1.4\nthis is not a PDF body\n');
    writeFileSync(join(tmp, 'scan.pdf'), makePdf([[]]));
    const r = assay('extract', join(tmp, 'broken.pdf'), join(tmp, 'scan.pdf'));
    expect(r.code).not.toBe(0);
    expect(r.err).toMatch(/broken\.pdf: (not a PDF Assay can open|the PDF has no text)/);
    expect(r.err).toMatch(/scan\.pdf: the PDF has no text Assay can read/);
  });
});
