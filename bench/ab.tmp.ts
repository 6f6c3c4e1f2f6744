import { launchAssay, ROOT } from '../scripts/chromium';
import { servePages } from '../scripts/serve-pages';
import { clickOnce, type Breakdown } from './browser';
import { benchPage, median } from './html-pages';

async function main() {
  const dirs = process.argv.slice(2);
  const server = await servePages(ROOT);
  const page = benchPage(50_000);
  const res: Record<string, { first: Breakdown[]; warm: Breakdown[] }> = {};
  for (const d of dirs) res[d] = { first: [], warm: [] };
  let n = 0;
  for (let i = 0; i < 4; i++) {
    for (const d of dirs) {
      const b = await launchAssay({ extensionDir: d });
      try {
        res[d]!.first.push(await clickOnce(b, server.route(`/ab-${n++}.html`, page)));
        for (let j = 0; j < 5; j++) {
          const x = await clickOnce(b, server.route(`/ab-${n++}.html`, page));
          if (j > 0) res[d]!.warm.push(x);
        }
      } finally {
        await b.close();
      }
    }
  }
  for (const d of dirs) {
    for (const k of ['first', 'warm'] as const) {
      const xs = res[d]![k];
      const m = (f: keyof Breakdown) => median(xs.map((x) => x[f])).toFixed(0);
      console.log(`${d} ${k}: open ${m('open')} inject ${m('inject')} read ${m('read')} extract ${m('extract')} render ${m('render')} total ${m('total')}`);
    }
  }
  await server.close();
  process.exit(0);
}
void main();
