import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assay } from '../helpers/cli';

const dir = mkdtempSync(join(tmpdir(), 'assay-bad-'));
const good = 'tests/fixtures/seeds/ohallo.txt';
const missing = join(dir, 'missing.html');
writeFileSync(join(dir, 'empty.html'), '');
const empty = join(dir, 'empty.html');

// Defect 7: one bad file wiped out every result.
describe('the CLI goes on past a bad file', () => {
  it('extract prints the good results, names the bad files on stderr and exits 1', async () => {
    const r = await assay('extract', '--json', good, missing, empty);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.out) as { source: string }[]).map((o) => o.source)).toEqual([good]);
    expect(r.err).toMatch(/missing\.html: no such file/);
    expect(r.err).toMatch(/empty\.html: is empty/);
  });

  it('score scores the good pages and exits 1', async () => {
    const r = await assay('score', '--json', missing, good);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.out) as { source: string }[]).map((o) => o.source)).toEqual([good]);
    expect(r.err).toMatch(/missing\.html: no such file/);
  });

  it('compare writes the CSV of the good pages and exits 1', async () => {
    const out = join(dir, 'c.csv');
    const r = await assay('compare', good, empty, '--csv', out);
    expect(r.code).toBe(1);
    expect(readFileSync(out, 'utf8').split('\r\n').filter(Boolean)).toHaveLength(2); // header + one vendor
    expect(r.err).toMatch(/empty\.html: is empty/);
  });
});

// Defect 12: output paths, --rubric <dir>, input size, devices.
describe('CLI edges answer in plain words', () => {
  it('refuses --csv to a directory or into a missing folder, before reading anything', async () => {
    mkdirSync(join(dir, 'out'), { recursive: true });
    const toDir = await assay('compare', good, '--csv', join(dir, 'out'));
    expect(toDir.code).toBe(2);
    expect(toDir.err).toMatch(/out: is a directory; give a file name for the CSV/);
    const noFolder = await assay('compare', good, '--csv', join(dir, 'nope', 'c.csv'));
    expect(noFolder.code).toBe(2);
    expect(noFolder.err).toMatch(/the folder .*nope does not exist/);
    for (const r of [toDir, noFolder]) expect(r.err).not.toMatch(/internal error|EISDIR|ENOENT/);
    expect(existsSync(join(dir, 'nope'))).toBe(false);
  });

  it('says a --rubric directory is a directory, not that it does not exist', async () => {
    const r = await assay('score', '--rubric', dir, good);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/is a directory; give a rubric JSON file or a preset id/);
  });

  it('refuses a page over the size limit (20 MB by default, --max-size to change it)', async () => {
    const big = join(dir, 'big.txt');
    writeFileSync(big, `${'Acme is SOC 2 Type II certified. '.repeat(40)}\n`.repeat(1000)); // about 1.3 MB
    const r = await assay('extract', '--max-size', '1', big);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/big\.txt: is larger than 1 MB, the most Assay reads \(use --max-size MB for more\)/);
    expect((await assay('extract', '--max-size=0.5', big)).code).toBe(1);
    const bad = await assay('extract', '--max-size', 'lots', big);
    expect(bad.err).toMatch(/--max-size needs a positive number/);
  });

  it.skipIf(!existsSync('/dev/zero'))('never reads a device forever: /dev/zero is refused (the old reader never returned)', async () => {
    const r = await assay('extract', '/dev/zero');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/\/dev\/zero: looks like a binary file/);
  });
});
