// `npm start`: build Assay, serve a demo vendor page on 127.0.0.1, and open Chromium with Assay loaded.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const extDir = join(root, '.output', 'chrome-mv3');
const demoFile = join(root, 'tests', 'fixtures', 'html', 'asyncbot.html');

console.log('Building Assay…');
execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'].filter(Boolean);
const browserPath = candidates.find((p) => existsSync(p));

const server = createServer((req, res) => {
  if (req.url === '/' || req.url === '/demo.html') {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(readFileSync(demoFile));
  } else res.writeHead(404).end();
});
server.listen(0, '127.0.0.1', () => {
  const url = `http://127.0.0.1:${server.address().port}/demo.html`;
  console.log(`\nDemo vendor page: ${url}`);
  if (!browserPath) {
    console.log(`\nNo Chromium or Chrome found (set CHROMIUM_PATH to one).`);
    console.log(`Load Assay by hand: open chrome://extensions, turn on Developer mode, click "Load unpacked" and pick:\n  ${extDir}`);
    console.log(`Then open the demo page above and click the Assay toolbar button. Ctrl+C stops the server.`);
    return;
  }
  const headless = !process.env.DISPLAY && process.platform === 'linux';
  const args = [
    `--user-data-dir=${mkdtempSync(join(tmpdir(), 'assay-start-'))}`,
    `--disable-extensions-except=${extDir}`,
    `--load-extension=${extDir}`,
    '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic',
    ...(headless ? ['--headless=new', '--no-sandbox', '--disable-gpu', '--remote-debugging-port=9222'] : []),
    ...(process.getuid?.() === 0 && !headless ? ['--no-sandbox'] : []),
    url,
  ];
  console.log(`Opening ${browserPath} with Assay loaded${headless ? ' (headless: no display found; DevTools on port 9222)' : ''}.`);
  console.log(`Click the Assay toolbar button on the demo page. If the extension is missing (branded Chrome ignores --load-extension),\nuse chrome://extensions → Developer mode → "Load unpacked" → ${extDir}`);
  const child = spawn(browserPath, args, { stdio: 'ignore' });
  child.on('exit', (code) => { console.log(`Browser closed (${code ?? 0}).`); server.close(); });
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => { child.kill(); server.close(); process.exit(0); });
});
