import { launchAssay, ROOT } from '../scripts/chromium';
import { servePages } from '../scripts/serve-pages';
import { storedPopup } from './browser';

async function main() {
  const dirs = process.argv.slice(2);
  const server = await servePages(ROOT);
  for (let i = 0; i < 2; i++) for (const d of dirs) {
    const b = await launchAssay({ extensionDir: d });
    let n = 0;
    const out = await storedPopup(b, (p, body) => server.route(`/${d.replace(/\W/g, '')}-${i}-${n++}${p}`, body));
    console.log(d, out.slice(2).join(' '));
    await b.close();
  }
  await server.close();
  process.exit(0);
}
void main();
