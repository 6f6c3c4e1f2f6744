import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPageFile } from '../../cli/load';
import { assay } from './helpers/cli';

const root = resolve(import.meta.dirname, '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'assay-cli-'));
const FIELDS = ['soc2', 'iso27001', 'dataRegion', 'dataCountries', 'encryptionAtRest', 'encryptionInTransit', 'retentionDays', 'breachNoticeHours'];

// The cases run the CLI in this process (tests/unit/helpers/cli.ts); one spawn checks the real command.
describe('assay CLI', () => {
  it('runs as a command: the one spawned process prints its help and exits 0', () => {
    const r = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'cli', 'assay.ts'), '--help'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/usage: assay <command>/);
  });

  it('extract --json prints one array, one object per file, with the FIELDS.md fields and quotes', async () => {
    const r = await assay('extract', '--json', 'tests/fixtures/seeds/hall-monitor.txt', 'tests/fixtures/html/asyncbot.html', 'tests/fixtures/corpus/notion-mail-security-practices.md');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out) as { source: string; vendor: string | null; fields: Record<string, { value: unknown; evidence: string[] }> }[];
    expect(out.map((o) => o.source)).toEqual(['tests/fixtures/seeds/hall-monitor.txt', 'tests/fixtures/html/asyncbot.html', 'tests/fixtures/corpus/notion-mail-security-practices.md']);
    for (const o of out) {
      expect(Object.keys(o.fields).slice(0, 8)).toEqual(FIELDS);
      for (const f of Object.values(o.fields)) expect(Array.isArray(f.evidence)).toBe(true);
    }
    expect(out[1]!.vendor).toBe('Asyncbot');
  });

  it('without --json prints a readable table', async () => {
    const r = await assay('extract', 'tests/fixtures/seeds/monitorah.txt');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/tests\/fixtures\/seeds\/monitorah\.txt/);
    expect(r.out).toMatch(/^\s+soc2\s+/m);
  });

  it('decodes an HTML page in the charset it declares', () => {
    writeFileSync(join(tmp, 'latin.html'), Buffer.from('<html><head><meta charset="windows-1252"><title>Acme</title></head><body><p>We\x92re based in M\xfcnchen.</p></body></html>', 'latin1'));
    expect(readPageFile(join(tmp, 'latin.html')).text).toContain('We’re based in München.');
  });

  it('--help lists the commands', async () => {
    const r = await assay('--help');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/usage: assay <command>/);
    expect(r.out).toMatch(/extract/);
    expect((await assay('extract', '--help')).out).toMatch(/--json/);
  });

  const fails = async (args: string[], message: RegExp, code: number) => {
    const r = await assay(...args);
    expect(r.code).toBe(code);
    expect(r.out).toBe('');
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/\s+at\s+\S+\s+\(/); // no stack trace
  };

  it('reports a missing file, a directory, a binary file and an empty page in one line each', async () => {
    mkdirSync(join(tmp, 'dir'), { recursive: true });
    writeFileSync(join(tmp, 'blob.bin'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3]));
    writeFileSync(join(tmp, 'empty.txt'), '  \n\n');
    writeFileSync(join(tmp, 'blank.html'), '<html><head><title></title></head><body><script>1</script></body></html>');
    await fails(['extract', '--json', join(tmp, 'nope.txt')], /nope\.txt: no such file/, 1);
    await fails(['extract', '--json', join(tmp, 'dir')], /is a directory/, 1);
    await fails(['extract', '--json', join(tmp, 'blob.bin')], /binary file/, 1);
    await fails(['extract', '--json', join(tmp, 'empty.txt')], /is empty/, 1);
    await fails(['extract', '--json', join(tmp, 'blank.html')], /no readable text/, 1);
  });

  it('reports an unknown command, an unknown option and no files as usage errors', async () => {
    await fails(['frobnicate'], /unknown command "frobnicate"/, 2);
    await fails(['extract', '--yaml', 'x.txt'], /unknown option --yaml/, 2);
    await fails(['extract', '--json'], /give at least one FILE/, 2);
  });
});
