// What reading collapsed panels, open shadow roots and same-origin frames, and the settle wait, cost on
// ordinary pages (nothing hidden, nothing late): the reader before that work (commit BEFORE) and the
// current one, bundled with esbuild and run side by side in the same Chromium tab, alternating.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { BrowserContext } from 'playwright-core';
import { ROOT } from '../scripts/chromium';
import { benchPage, median } from './html-pages';

/** The last commit whose reader walked the light DOM only and skipped every hidden node. */
const BEFORE = '68595f8';

async function bundle(entry: string, name: string, nodeModules: string): Promise<string> {
  const out = await build({ stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' }, bundle: true, write: false, format: 'iife', globalName: name, nodePaths: [nodeModules], logLevel: 'silent' });
  return out.outputFiles[0]!.text;
}

export async function readingCost(context: BrowserContext, route: (p: string, body: string) => string): Promise<string[]> {
  const old = mkdtempSync(join(tmpdir(), 'assay-reader-'));
  try {
    execFileSync('sh', ['-c', `git archive ${BEFORE} reader claims | tar -x -C ${old}`], { cwd: ROOT });
    const nm = join(ROOT, 'node_modules');
    const before = await bundle(`export { readDocument } from ${JSON.stringify(join(old, 'reader', 'dom.ts'))};`, 'assayBefore', nm);
    const after = await bundle(
      `export { readDocument } from ${JSON.stringify(join(ROOT, 'reader', 'dom.ts'))}; export { waitForSettle } from ${JSON.stringify(join(ROOT, 'browser', 'settle.ts'))};`,
      'assayAfter',
      nm,
    );
    const rows = ['| page | runs | reader before (ms) | reader now (ms) | difference | settle wait on the loaded page (ms) |', '|---|---|---|---|---|---|'];
    for (const size of [
      { label: '10 KB', bytes: 10_000, runs: 30 },
      { label: '50 KB', bytes: 50_000, runs: 30 },
      { label: '300 KB', bytes: 300_000, runs: 15 },
      { label: '1 MB', bytes: 1_000_000, runs: 8 },
    ]) {
      const tab = await context.newPage();
      await tab.goto(route(`/cost-${size.bytes}.html`, benchPage(size.bytes)));
      await tab.addScriptTag({ content: before });
      await tab.addScriptTag({ content: after });
      const samples = await tab.evaluate(async (runs: number) => {
        type R = { readDocument(d: Document): { blocks: unknown[] } };
        const g = globalThis as unknown as { assayBefore: R; assayAfter: R & { waitForSettle(d: Document): Promise<number> } };
        const out: { before: number; after: number; wait: number }[] = [];
        for (let i = 0; i < runs + 2; i++) {
          let t = performance.now();
          g.assayBefore.readDocument(document);
          const b = performance.now() - t;
          t = performance.now();
          g.assayAfter.readDocument(document);
          const a = performance.now() - t;
          t = performance.now();
          await g.assayAfter.waitForSettle(document);
          const w = performance.now() - t;
          if (i >= 2) out.push({ before: b, after: a, wait: w });
        }
        return out;
      }, size.runs);
      const b = median(samples.map((s) => s.before));
      const a = median(samples.map((s) => s.after));
      rows.push(`| ${size.label} | ${samples.length} | ${b.toFixed(1)} | ${a.toFixed(1)} | ${a - b >= 0 ? '+' : ''}${(a - b).toFixed(1)} (${(((a - b) / b) * 100).toFixed(0)} %) | ${Math.max(...samples.map((s) => s.wait)).toFixed(2)} |`);
      await tab.close();
    }
    return rows;
  } finally {
    rmSync(old, { recursive: true, force: true });
  }
}
