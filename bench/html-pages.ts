import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');

/** Section bodies (inner <main>/<body> HTML) of the fixture pages, to build realistic pages of any size. */
function sections(): string[] {
  const out: string[] = [];
  for (const dir of ['html', 'pages'].map((set) => join(ROOT, 'tests/fixtures', set))) {
    for (const f of readdirSync(dir).sort()) {
      if (!f.endsWith('.html')) continue; // <seed>.html in html/, <slug>.html in pages/
      const html = readFileSync(join(dir, f), 'utf8');
      const body = /<main[^>]*>([\s\S]*?)<\/main>/i.exec(html)?.[1] ?? /<body[^>]*>([\s\S]*?)<\/body>/i.exec(html)?.[1];
      if (body && body.length > 500) out.push(body.replace(/<script[\s\S]*?<\/script>/gi, ''));
    }
  }
  if (out.length === 0) throw new Error('no fixture HTML pages to build benchmark pages from');
  return out;
}

/**
 * A vendor-style HTML page of about `bytes` bytes: navigation, a long main article made of real
 * fixture sections (each under its own heading, numbered so no two are identical), and a footer.
 */
export function benchPage(bytes: number): string {
  const parts = sections();
  const head = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Example Co — Security &amp; Trust</title><meta property="og:site_name" content="Example Co"></head><body><nav><a href="/">Home</a> <a href="/pricing">Pricing</a> <a href="/security">Security</a></nav><main><h1>Security at Example Co</h1>';
  const tail = '</main><footer><p>© 2026 Example Co. All rights reserved.</p><a href="/privacy">Privacy</a></footer></body></html>';
  let html = head;
  for (let i = 0; html.length < bytes - tail.length; i++) {
    html += `<section><h2>Part ${i + 1}</h2>${parts[i % parts.length]}</section>`;
  }
  return html + tail;
}

export const SIZES: { label: string; bytes: number; runs: number }[] = [
  { label: '10 KB', bytes: 10_000, runs: 25 },
  { label: '50 KB', bytes: 50_000, runs: 25 },
  { label: '300 KB', bytes: 300_000, runs: 20 },
  { label: '1 MB', bytes: 1_000_000, runs: 8 },
  { label: '3 MB', bytes: 3_000_000, runs: 4 },
];

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
