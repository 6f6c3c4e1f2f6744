import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface Label {
  value: unknown;
  accept?: unknown[];
}

/** One labelled page: its file, which set it belongs to, and the values a careful reviewer reads from it. */
export interface LabelledPage {
  set: string;
  /** The file name, which is also its key in the set's expected.json. */
  name: string;
  file: string;
  /** Where `tests/tools/regen-expected.ts` writes the pipeline's current output for the set (keyed like expected.json). */
  actualFile: string;
  vendor?: string;
  fields: Record<string, Label>;
}

export const FIXTURES = resolve(import.meta.dirname, '..', '..', 'fixtures');

/** The labelled sets, each laid out the same way: `<set>/<page file>` beside one `<set>/expected.json` keyed by file name. */
export const SETS = ['seeds', 'html', 'pages', 'corpus'] as const;

/** Files in a set folder that are not pages. */
const NOT_PAGES = new Set(['README.md', 'expected.json', 'actual.json', 'known-misses.json']);

/** The page files in one set folder (everything but its README and JSON bookkeeping), sorted. */
export function pageFiles(set: string, root = FIXTURES): string[] {
  return readdirSync(join(root, set)).filter((f) => !NOT_PAGES.has(f)).sort();
}

/** One set's labels, keyed by file name. */
export function labelsOf(set: string, root = FIXTURES): Record<string, { vendor?: string; fields: Record<string, Label> }> {
  return JSON.parse(readFileSync(join(root, set, 'expected.json'), 'utf8'));
}

/**
 * Every labelled fixture, every set read the same way. Throws, naming the file, when a label's page is
 * missing or a page has no label: a fixture is never skipped in silence.
 */
export function labelledPages(root = FIXTURES, sets: readonly string[] = SETS): LabelledPage[] {
  const out: LabelledPage[] = [];
  for (const set of sets) {
    const dir = join(root, set);
    const labels = labelsOf(set, root);
    for (const name of Object.keys(labels)) {
      if (!existsSync(join(dir, name))) throw new Error(`${set}/expected.json labels ${name}, but ${set}/${name} does not exist`);
    }
    for (const name of pageFiles(set, root)) {
      if (!(name in labels)) throw new Error(`${set}/${name} has no entry in ${set}/expected.json`);
    }
    for (const [name, entry] of Object.entries(labels)) {
      out.push({ set, name, file: join(dir, name), actualFile: join(dir, 'actual.json'), vendor: entry.vendor, fields: entry.fields });
    }
  }
  return out;
}

/**
 * The scorer's normalisation (../shared/tools/score-extraction.mjs): markdown link targets, tags and entities
 * are not page text; lowercase alphanumerics separated by single spaces.
 */
export function normalise(text: string): string {
  return text
    .replace(/\]\([^)\s]*(?:\s+"[^"]*")?\)/g, '] ')
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
