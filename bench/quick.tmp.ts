import { execFileSync } from 'node:child_process';
import { launchAssay, ROOT } from '/work/main/scripts/chromium';
import { servePages } from '/work/main/scripts/serve-pages';
import { clickToClaims, storedPopup, tabCost } from '/work/main/bench/browser';
execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, env: { ...process.env, ASSAY_TEST_HOSTS: '1' }, stdio: ['ignore', 'ignore', 'inherit'] });
async function main() {
const server = await servePages(ROOT);
const route = (p: string, body: string) => server.route(p, body);
const what = process.argv.slice(2);
if (what.includes('tab') || what.includes('stored')) {
  const b = await launchAssay();
  if (what.includes('tab')) console.log((await tabCost(b, route)).join('\n'));
  if (what.includes('stored')) console.log((await storedPopup(b, route)).join('\n'));
  await b.close();
}
if (what.includes('click')) console.log((await clickToClaims(route)).join('\n'));
await server.close();
process.exit(0);
}
void main();
