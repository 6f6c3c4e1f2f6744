import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Content sections to repeat: the seed HTML pages' <main>, and the text fixtures as plain paragraphs. */
function sections(fixtures: string): string[] {
  const out: string[] = [];
  const html = join(fixtures, 'html');
  for (const f of readdirSync(html).filter((f) => f.endsWith('.html')).sort()) {
    const m = /<main[^>]*>([\s\S]*?)<\/main>/.exec(readFileSync(join(html, f), 'utf8'));
    if (m) out.push(m[1]!);
  }
  for (const dir of ['seeds', 'corpus'].map((d) => join(fixtures, d))) {
    for (const f of readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f) && f !== 'README.md').sort()) {
      const paras = readFileSync(join(dir, f), 'utf8').split(/\n\s*\n|\n/).map((p) => p.trim()).filter((p) => p && !p.startsWith('<!--'));
      out.push(`<section>${paras.map((p, i) => (i === 0 ? `<h2>${esc(p)}</h2>` : `<p>${esc(p)}</p>`)).join('\n')}</section>`);
    }
  }
  return out;
}

/**
 * A realistic vendor page holding about `targetChars` of text: site chrome around the seed and corpus
 * pages repeated, each copy's headings numbered so no two sections are identical.
 */
export function syntheticPage(fixtures: string, targetChars: number): string {
  const parts = sections(fixtures);
  const body: string[] = [];
  let chars = 0;
  for (let i = 0; chars < targetChars; i++) {
    const part = parts[i % parts.length]!.replace(/<(h[1-3])>([^<]*)<\/\1>/g, (_, h: string, t: string) => `<${h}>${t} (${Math.floor(i / parts.length) + 1})</${h}>`);
    body.push(part);
    chars += part.replace(/<[^>]*>/g, '').length;
  }
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Security | Benchmark Vendor</title>
<meta property="og:site_name" content="Benchmark Vendor"></head><body>
<header><a href="/">Benchmark Vendor</a><nav><a href="/product">Product</a> <a href="/pricing">Pricing</a> <a href="/docs">Docs</a></nav></header>
<main><h1>Security at Benchmark Vendor</h1>
${body.join('\n')}
</main>
<footer><p>© 2026 Benchmark Vendor · <a href="/privacy">Privacy</a></p></footer>
</body></html>`;
}
