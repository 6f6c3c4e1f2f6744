import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { labelledPages } from './fixtures';

// The fixture reader never skips a page in silence: a label without its file, or a file without its label, throws.
describe('labelledPages', () => {
  let root: string;
  const label = { vendor: 'Acme', fields: { soc2: { value: 'type2' } } };
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'assay-fixtures-'));
    mkdirSync(join(root, 'set'));
    writeFileSync(join(root, 'set', 'README.md'), '# not a page\n');
    writeFileSync(join(root, 'set', 'actual.json'), '{}\n');
    writeFileSync(join(root, 'set', 'acme.txt'), 'Acme is SOC 2 Type II certified.\n');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('reads one expected.json keyed by file name, and skips README.md and actual.json', () => {
    writeFileSync(join(root, 'set', 'expected.json'), JSON.stringify({ 'acme.txt': label }));
    const pages = labelledPages(root, ['set']);
    expect(pages).toEqual([
      { set: 'set', name: 'acme.txt', file: join(root, 'set', 'acme.txt'), actualFile: join(root, 'set', 'actual.json'), vendor: 'Acme', fields: label.fields },
    ]);
  });

  it('throws, naming the file, when a labelled page is missing', () => {
    writeFileSync(join(root, 'set', 'expected.json'), JSON.stringify({ 'acme.txt': label, 'gone.html': label }));
    expect(() => labelledPages(root, ['set'])).toThrow('set/expected.json labels gone.html, but set/gone.html does not exist');
  });

  it('throws, naming the file, when a page has no label', () => {
    writeFileSync(join(root, 'set', 'expected.json'), JSON.stringify({ 'acme.txt': label }));
    writeFileSync(join(root, 'set', 'stray.md'), '# Stray\n');
    expect(() => labelledPages(root, ['set'])).toThrow('set/stray.md has no entry in set/expected.json');
  });

  it('throws when a set has no expected.json', () => {
    expect(() => labelledPages(root, ['set'])).toThrow(/expected\.json/);
  });
});
