// Growth: time against input size for generated hostile inputs, read and extracted as the CLI does
// (linkedom, the body walk, every extractor). Each size doubles the last; the ratio t(2n) / t(n) is ~2
// for linear work and ~4 for quadratic. Used by `npm run bench` (bench/results.md) and by
// tests/unit/claims/growth.test.ts, which fails when a doubling costs more than 2.5× the time.
import { extractPage } from '../claims/pipeline';
import { parsePage } from '../reader/parse-html';
import { readDocument } from '../reader/dom';
import { readText } from '../reader/text';
import type { Page } from '../claims/types';
import { clearTextMemos } from '../language/memo';

export interface GrowthInput {
  name: string;
  /** What the size counts. */
  unit: string;
  /** The page for size n: HTML, or plain text when `text` is set. */
  make(n: number): string;
  text?: boolean;
  /** Sizes for the benchmark table, each double the last, up to the size the issue names. */
  sizes: number[];
}

const CLAIM = 'Acme is SOC 2 Type II certified.';
const FILLER = 'Our team reviews every change before it ships to customers.';
const doubling = (top: number, steps: number) => Array.from({ length: steps }, (_, i) => top / 2 ** (steps - 1 - i));

export const GROWTH_INPUTS: GrowthInput[] = [
  {
    name: 'repeated claim sentences',
    unit: 'sentences',
    text: true,
    make: (n) => `${CLAIM} `.repeat(n),
    sizes: doubling(4000, 5),
  },
  {
    name: 'one giant paragraph',
    unit: 'sentences',
    make: (n) => `<!doctype html><title>Acme</title><p>${Array.from({ length: n }, (_, i) => (i % 10 === 0 ? CLAIM : FILLER)).join(' ')}</p>`,
    sizes: doubling(8000, 5),
  },
  {
    name: '100k elements',
    unit: 'elements',
    make: (n) => `<!doctype html><title>Acme</title><main>${'<div><span>Item</span> text</div>'.repeat(n / 2)}<p>${CLAIM}</p></main>`,
    sizes: doubling(100_000, 5),
  },
  {
    name: '10k-deep nesting',
    unit: 'levels',
    make: (n) => `<!doctype html><title>Acme</title>${'<div>'.repeat(n)}<p>${CLAIM}</p>${'</div>'.repeat(n)}`,
    sizes: doubling(10_000, 5),
  },
];

/**
 * Reads and extracts one generated page with no budget: the time the work itself takes, as wall time
 * and as this process's CPU time (which other processes on a busy machine disturb far less).
 */
export function runOnce(input: GrowthInput, source: string): { ms: number; cpuMs: number; partial: boolean } {
  clearTextMemos();
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const page: Page = input.text ? readText(source) : readDocument(parsePage(source), { budgetMs: 1e9 });
  const r = extractPage(page);
  const c = process.cpuUsage(c0);
  return { ms: performance.now() - t0, cpuMs: (c.user + c.system) / 1000, partial: r.partial };
}

/** The mean of as many runs as fill 50 ms of CPU time: small inputs would otherwise be timer and GC noise. */
export function sample(input: GrowthInput, source: string): { ms: number; cpuMs: number; partial: boolean } {
  let n = 0;
  let ms = 0;
  let cpuMs = 0;
  let partial = false;
  while (cpuMs < 50) {
    const r = runOnce(input, source);
    ms += r.ms;
    cpuMs += r.cpuMs;
    partial = r.partial;
    n++;
  }
  return { ms: ms / n, cpuMs: cpuMs / n, partial };
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export interface GrowthRow {
  size: number;
  chars: number;
  /** Median wall time and CPU time, null when not run. */
  ms: number | null;
  cpuMs: number | null;
  /** Wall and CPU time over those at half the size. */
  ratio: number | null;
  cpuRatio: number | null;
  partial: boolean;
}

/**
 * Median time at each size (after one warm-up), and each doubling's ratio. A series stops once one run
 * takes longer than `stopAfterMs`: the sizes after it are reported as not run.
 */
export function measureGrowth(input: GrowthInput, sizes: number[] = input.sizes, runs = 3, stopAfterMs = 8000): GrowthRow[] {
  const rows: GrowthRow[] = [];
  let stopped = false;
  for (const size of sizes) {
    const source = input.make(size);
    if (stopped) {
      rows.push({ size, chars: source.length, ms: null, cpuMs: null, ratio: null, cpuRatio: null, partial: false });
      continue;
    }
    const warm = runOnce(input, source);
    let samples = [warm];
    if (warm.ms < stopAfterMs) samples = Array.from({ length: runs }, () => sample(input, source));
    const ms = median(samples.map((x) => x.ms));
    const cpuMs = median(samples.map((x) => x.cpuMs));
    const prev = rows.at(-1);
    rows.push({ size, chars: source.length, ms, cpuMs, ratio: prev?.ms ? ms / prev.ms : null, cpuRatio: prev?.cpuMs ? cpuMs / prev.cpuMs : null, partial: warm.partial });
    if (ms > stopAfterMs) stopped = true;
  }
  return rows;
}

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));

/** The markdown section for bench/results.md. */
export function growthSection(): string {
  const lines = [
    '## Growth (Node, linkedom)',
    '',
    `Generated hostile inputs, read and extracted as the CLI does with no budget, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}.`,
    'Median of 3 samples after a warm-up (each the mean of as many runs as fill 50 ms of CPU), in milliseconds of wall time and of this process\'s CPU time (the machine is',
    'shared); the ratio is the time over the time at half the size (2 = linear, 4 = quadratic, ✗ above 2.5).',
    '`tests/unit/claims/growth.test.ts` fails when a doubling costs more than 2.5× the CPU time.',
    'A series stops once a run takes over 8 s.',
    '',
    '| input | size | chars | wall ms | CPU ms | ratio to half size (wall) | (CPU) | partial |',
    '|---|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const input of GROWTH_INPUTS) {
    for (const r of measureGrowth(input)) {
      const ratio = (x: number | null) => (x === null ? '' : `${x.toFixed(2)}${x > 2.5 ? ' ✗' : ''}`);
      const row = `| ${input.name} | ${r.size.toLocaleString('en')} ${input.unit} | ${r.chars.toLocaleString('en')} | ${r.ms === null ? 'not run (previous > 8 s)' : fmt(r.ms)} | ${r.cpuMs === null ? '' : fmt(r.cpuMs)} | ${ratio(r.ratio)} | ${ratio(r.cpuRatio)} | ${r.ms === null ? '' : r.partial ? 'yes' : 'no'} |`;
      lines.push(row);
      console.log(row);
    }
  }
  return `${lines.join('\n')}\n`;
}
