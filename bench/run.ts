// `npm run bench`: Readability alone vs the whole extraction (read + extract) on synthetic vendor pages
// holding 10 KB to 3 MB of text, in Node with linkedom. Writes the "Node" section of bench/results.md and
// keeps whatever the "Chromium" section holds.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractDocument } from '../claims/pipeline';
import { clearTextMemos } from '../language/memo';
import { syntheticPage } from './fixture-pages';
import { growthSection } from './growth';

const root = resolve(import.meta.dirname, '..');
const file = join(root, 'bench', 'results.md');
const old = existsSync(file) ? readFileSync(file, 'utf8') : '';

// `npm run bench -- --growth-only` rewrites just the growth section and keeps the others as they were.
if (process.argv.includes('--growth-only')) {
  const growth = growthSection();
  const at = old.indexOf('## Growth');
  const end = at < 0 ? -1 : old.indexOf('\n## ', at + 1);
  const next = at < 0 ? `${old.trimEnd()}\n\n${growth}` : `${old.slice(0, at)}${growth}${end < 0 ? '' : `\n${old.slice(end + 1)}`}`;
  writeFileSync(file, next);
  console.log(`wrote ${file}`);
  process.exit(0);
}
// `npm run bench -- --related-only` rewrites just the vendor-site part of the Chromium section.
if (process.argv.includes('--related-only')) {
  const { runRelatedOnly, RELATED_HEADING } = await import('./browser');
  const body = `${RELATED_HEADING}\n\n${await runRelatedOnly()}\n`;
  console.log(body);
  const at = old.indexOf(RELATED_HEADING);
  const end = at < 0 ? -1 : old.slice(at + 1).search(/\n##+ /);
  const next = at < 0 ? `${old.trimEnd()}\n\n${body}` : `${old.slice(0, at)}${body}${end < 0 ? '' : old.slice(at + 1 + end + 1)}`;
  writeFileSync(file, next);
  console.log(`wrote ${file}`);
  process.exit(0);
}
const SIZES = [
  { label: '10 KB', chars: 10_000, runs: 30 },
  { label: '50 KB', chars: 50_000, runs: 25 },
  { label: '300 KB', chars: 300_000, runs: 20 },
  { label: '1 MB', chars: 1_000_000, runs: 8 },
  { label: '3 MB', chars: 3_000_000, runs: 5 },
];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const time = (fn: () => void) => {
  const t = performance.now();
  fn();
  return performance.now() - t;
};
const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));

const rows: string[] = [];
for (const size of SIZES) {
  const html = syntheticPage(join(root, 'tests', 'fixtures'), size.chars);
  const doc = () => parseHTML(html).document as unknown as Document;
  const textChars = doc().body.textContent?.length ?? 0;
  const parse: number[] = [];
  const readability: number[] = [];
  const whole: number[] = [];
  let blocks = 0;
  let partial = false;
  let heap = 0;
  const warmups = size.chars > 1_000_000 ? 1 : 2;
  for (let i = -warmups; i < size.runs; i++) {
    let d!: Document;
    const p = time(() => (d = doc()));
    const r = time(() => new Readability(d.cloneNode(true) as Document).parse());
    let result!: ReturnType<typeof extractDocument>;
    // Every run reads the page as if for the first time: nothing remembered from the run before.
    clearTextMemos();
    const w = time(() => (result = extractDocument(d)));
    if (i < 0) continue;
    parse.push(p);
    readability.push(r);
    whole.push(w);
    partial = result.partial;
    blocks = Object.keys(result.claims).length;
    heap = Math.max(heap, process.memoryUsage().heapUsed);
  }
  const ratio = median(whole) / median(readability);
  const row = `| ${size.label} | ${(textChars / 1024).toFixed(0)} KB | ${size.runs} | ${fmt(median(parse))} | ${fmt(median(readability))} | ${fmt(median(whole))} | ${ratio.toFixed(2)}${ratio <= 1.5 ? '' : ' ✗'} | ${partial ? 'yes' : 'no'} | ${blocks} | ${(heap / 1024 / 1024).toFixed(0)} MB |`;
  rows.push(row);
  console.log(row);
}

const node = `## Node (linkedom)

Medians in milliseconds after warm-up, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${process.platform}/${process.arch}.
Pages are the seed and corpus fixtures repeated inside a site header, main and footer until the body holds
the stated amount of text (\`bench/fixture-pages.ts\`).
"Readability" is \`new Readability(doc.cloneNode(true)).parse()\` alone; "extraction" is \`extractDocument(doc)\`:
the body walk (Readability only as a fallback for pages the walk cannot read or name), every extractor,
resolution and summary. Pages over 2,000,000 characters of text stop at the budget (\`partial\`).

Target: extraction ≤ 1.5 × Readability alone at every size (✗ marks a miss).

| page | body text | runs | parse (linkedom) | Readability | extraction | ratio | partial | claims | heap |
|---|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}
`;
const growth = growthSection();
const chromiumDefault = `## Chromium

<!-- Filled by the browser-side engineer: injection + reading + extraction in the content script, same page sizes. -->
_Not measured yet._
`;
let chromium = old.includes('## Chromium') ? old.slice(old.indexOf('## Chromium')) : chromiumDefault;
// The Chromium half (bench/browser.ts) runs when a Chromium is installed, unless --node-only.
const browserPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!process.argv.includes('--node-only') && existsSync(browserPath)) {
  try {
    const { runBrowserBench } = await import('./browser');
    chromium = `## Chromium\n\n${await runBrowserBench()}\n`;
    console.log(chromium);
  } catch (e) {
    console.error(`Chromium benchmark failed, its section is kept as it was: ${e instanceof Error ? e.message : String(e)}`);
  }
}
const { runDataBench } = await import('./data');
const data = `## Stored data (Node, fake-indexeddb)\n\n${await runDataBench()}\n`;
console.log(data);
writeFileSync(file, `# Benchmarks\n\n\`npm run bench\` rewrites every section; with \`--node-only\` it keeps the Chromium section as it was; \`--growth-only\` rewrites only the growth section; \`--related-only\` only the vendor-site part of the Chromium section.\n\n${node}\n${growth}\n${data}\n${chromium}`);
console.log(`wrote ${file}`);
