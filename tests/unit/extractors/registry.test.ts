import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractors } from '../../../extractors/index';
import { fieldInfo } from '../../../claims/fields';

const ROOT = join(import.meta.dirname, '..', '..', '..');
/** extractors/ holds the registry (index.ts) and one file per field, nothing else. */
const entries = readdirSync(join(ROOT, 'extractors'), { withFileTypes: true });
const files = entries.filter((f) => f.isFile() && f.name !== 'index.ts').map((f) => f.name);
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

describe('the extractor registry', () => {
  it('holds nothing but extractor files and the registry', () => {
    expect(entries.filter((f) => !f.isFile()).map((f) => f.name)).toEqual([]);
    expect(files.filter((f) => !f.endsWith('.ts'))).toEqual([]);
  });

  it('lists every extractor file, sorted by id, each once', () => {
    const ids = extractors.map((e) => e.meta.id);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(files.map((f) => basename(f, '.ts')).sort());
  });

  it('gives each field to exactly one extractor', () => {
    const fields = extractors.map((e) => e.meta.field);
    expect(new Set(fields).size).toBe(fields.length);
  });

  describe.each(extractors.map((e) => [e.meta.id, e] as const))('%s', (id, e) => {
    it('has the id of its file, a version and a description', async () => {
      const mod = (await import(`../../../extractors/${id}.ts`)) as { extractor: typeof e };
      expect(mod.extractor).toBe(e);
      expect(Number.isInteger(e.meta.version) && e.meta.version >= 1).toBe(true);
      expect(e.meta.description.length).toBeGreaterThan(20);
    });
    it('has its own table of phrasings', () => {
      expect(existsSync(join(ROOT, 'tests', 'unit', 'extractors', `${id}.test.ts`))).toBe(true);
    });
    it('fills a field a rubric can score', () => {
      expect(fieldInfo(e.meta.field), e.meta.field).toBeDefined();
    });
    it('has a line in the README’s field table', () => {
      expect(readme).toContain(`| \`${e.meta.field}\` |`);
      expect(readme).toContain(`(extractors/${id}.ts)`);
    });
  });
});
