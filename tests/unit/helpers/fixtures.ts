import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface Label {
  value: unknown;
  accept?: unknown[];
}

/** One labelled page: its file, which set it belongs to, and the values a careful reviewer reads from it. */
export interface LabelledPage {
  set: string;
  name: string;
  file: string;
  /** Where `tests/tools/regen-expected.ts` writes the pipeline's current output for this page. */
  actualFile: string;
  actualKey: string | null;
  vendor?: string;
  fields: Record<string, Label>;
}

export const FIXTURES = resolve(import.meta.dirname, '..', '..', 'fixtures');

/**
 * Every labelled fixture: the flat sets (seeds, corpus, html: one expected.json keyed by file name)
 * and tests/fixtures/pages/<slug>/ (source.{html,txt,md} beside its own expected.json).
 */
export function labelledPages(): LabelledPage[] {
  const out: LabelledPage[] = [];
  for (const set of ['seeds', 'corpus', 'html']) {
    const dir = join(FIXTURES, set);
    const labels = join(dir, 'expected.json');
    if (!existsSync(labels)) continue;
    const json = JSON.parse(readFileSync(labels, 'utf8')) as Record<string, { vendor?: string; fields: Record<string, Label> }>;
    for (const [name, entry] of Object.entries(json)) {
      const file = join(dir, name);
      if (!existsSync(file)) continue;
      out.push({ set, name, file, actualFile: join(dir, 'actual.json'), actualKey: name, vendor: entry.vendor, fields: entry.fields });
    }
  }
  const pages = join(FIXTURES, 'pages');
  if (existsSync(pages)) {
    for (const slug of readdirSync(pages).sort()) {
      const dir = join(pages, slug);
      const source = ['source.html', 'source.txt', 'source.md'].map((f) => join(dir, f)).find(existsSync);
      const labels = join(dir, 'expected.json');
      if (!source || !existsSync(labels)) continue;
      const entry = JSON.parse(readFileSync(labels, 'utf8')) as { vendor?: string; fields: Record<string, Label> };
      out.push({ set: 'pages', name: slug, file: source, actualFile: join(dir, 'actual.json'), actualKey: null, vendor: entry.vendor, fields: entry.fields });
    }
  }
  return out;
}

/** The scorer's normalisation: tags and entities out, lowercase alphanumerics separated by single spaces. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[a-z#0-9]+;/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Same value as the label or one of its accepted alternatives (arrays compared as sets). */
export function matchesLabel(label: Label, got: unknown): boolean {
  const same = (a: unknown, b: unknown) => {
    if (Array.isArray(a) || Array.isArray(b)) {
      if (!Array.isArray(a) || !Array.isArray(b)) return false;
      const x = a.map(String).sort();
      const y = b.map(String).sort();
      return x.length === y.length && x.every((v, i) => v === y[i]);
    }
    return a === b;
  };
  return [label.value, ...(label.accept ?? [])].some((v) => same(v, got));
}
