// Takes the README's screenshots (docs/images/popup.png, compare.png) from the built test extension:
// `npm run build:test && npx tsx tests/browser/readme-screenshots.ts`. Look at both before committing them.
import { join } from 'node:path';
import { launchAssay, ROOT } from '../../scripts/chromium';
import { servePages } from '../../scripts/serve-pages';
import { PopupPage } from './pages/popup';
import { ComparePage } from './pages/compare';

const SEEDS = ['allstacks', 'asyncbot', 'hall-monitor', 'monitorah', 'ohallo'];
const SHOWN = process.env.ASSAY_SHOT_SEED ?? 'asyncbot';

const server = await servePages(join(ROOT, 'tests', 'fixtures', 'html'));
const b = await launchAssay();
try {
  let popup: PopupPage | null = null;
  for (const slug of SEEDS) {
    const url = server.hostUrl(slug, `/${slug}.html`);
    const tab = await b.context.newPage();
    await tab.goto(url);
    const p = await PopupPage.openFor(b, url);
    await p.ready();
    if (slug === SHOWN) popup = p;
    else await p.close();
  }
  if (!popup) throw new Error(`seed ${SHOWN} not found`);
  const first = (await popup.rows()).find((r) => r.verdict === 'fail' && r.quotes.length > 0) ?? (await popup.rows()).find((r) => r.quotes.length > 0);
  if (first) await popup.expand(first.field);
  await popup.page.mouse.move(0, 599);
  await popup.page.screenshot({ path: join(ROOT, 'docs', 'images', 'popup.png') });
  const compare = await ComparePage.open(b);
  await compare.page.setViewportSize({ width: 1280, height: 640 });
  await compare.selectAll();
  await compare.page.getByTestId('compare-table').waitFor();
  await compare.page.screenshot({ path: join(ROOT, 'docs', 'images', 'compare.png') });
  console.log(`popup: ${SHOWN}${first ? `, ${first.field} open` : ''}; compare: ${SEEDS.length} vendors`);
} finally {
  await b.close();
  await server.close();
}
