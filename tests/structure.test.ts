import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SHIPPED_EXTENSION, TEST_EXTENSION } from '../scripts/chromium';

const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

describe('the shipped manifest', () => {
  const m = manifest(SHIPPED_EXTENSION);
  it('is Manifest V3', () => expect(m.manifest_version).toBe(3));
  it('asks exactly activeTab and scripting (IndexedDB needs no storage permission)', () => {
    expect([...m.permissions].sort()).toEqual(['activeTab', 'scripting']);
  });
  it('shows the configured tooltip on the toolbar button, not the popup page title', () => {
    expect(m.action.default_title).toBe('Assess this vendor page');
  });
  it('asks no host permissions and declares no content scripts', () => {
    expect(m.host_permissions ?? []).toEqual([]);
    expect(m.content_scripts ?? []).toEqual([]);
  });
  it('lists web sites only as optional host permissions, asked one vendor site at a time by "Read these pages"', () => {
    expect(m.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(m.optional_permissions ?? []).toEqual([]);
  });
  it('has a CSP with no remote sources', () => {
    const csp: string = m.content_security_policy.extension_pages;
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toMatch(/https?:|\*|unsafe-eval|unsafe-inline|data:|blob:/);
  });
  it('leaves the benchmark-only Readability probe out', () => {
    expect(existsSync(join(SHIPPED_EXTENSION, 'readability-probe.js'))).toBe(false);
    expect(existsSync(join(TEST_EXTENSION, 'readability-probe.js'))).toBe(true);
  });
  it('injects a reader without Readability or the classic zod API; Readability comes only in the fallback reader', () => {
    const reader = readFileSync(join(SHIPPED_EXTENSION, 'page-reader.js'), 'utf8');
    const full = readFileSync(join(SHIPPED_EXTENSION, 'page-reader-full.js'), 'utf8');
    // Readability's main method keeps its name through minification.
    expect(reader).not.toContain('_grabArticle');
    expect(full).toContain('_grabArticle');
    // 134 KB with Readability and classic zod; 37 KB without. The tab parses every byte on each click.
    expect(reader.length).toBeLessThan(60_000);
  });
  it('ships React’s production build, as a reviewer gets it (a build run under a test runner sets NODE_ENV=test)', () => {
    const chunks = readdirSync(join(SHIPPED_EXTENSION, 'chunks')).map((f) => readFileSync(join(SHIPPED_EXTENSION, 'chunks', f), 'utf8'));
    expect(chunks.some((c) => c.includes('react.transitional.element') || c.includes('react.element'))).toBe(true);
    // The development build's own warnings, which the production build leaves out.
    expect(chunks.filter((c) => c.includes('Calling useContext(Context.Consumer) is not supported'))).toEqual([]);
  });
  it('reads the tab from the background, started by a plain script that runs before the popup’s bundle', () => {
    const html = readFileSync(join(SHIPPED_EXTENSION, 'popup.html'), 'utf8');
    expect(html.indexOf('<script src="/popup-early.js"></script>')).toBeGreaterThan(0);
    expect(html.indexOf('/popup-early.js')).toBeLessThan(html.indexOf('type="module"'));
    expect(readFileSync(join(SHIPPED_EXTENSION, 'popup-early.js'), 'utf8').length).toBeLessThan(8_000);
  });
  it('ships no file with a remote script or module URL', () => {
    for (const page of ['popup.html', 'compare.html', 'options.html']) {
      const html = readFileSync(join(SHIPPED_EXTENSION, page), 'utf8');
      expect(html).not.toMatch(/<script[^>]+src=["']https?:/i);
    }
  });
});

describe('the test build', () => {
  it('adds only loopback host permissions', () => {
    const m = manifest(TEST_EXTENSION);
    expect(m.host_permissions).toEqual(['http://127.0.0.1/*', 'http://*.localhost/*']);
    expect([...m.permissions].sort()).toEqual(['activeTab', 'scripting']);
  });
});

describe('the Firefox build', () => {
  const dir = join(ROOT, '.output', 'firefox-mv2');
  it('asks the same permissions and declares it collects no data', () => {
    const m = manifest(dir);
    expect([...m.permissions].sort()).toEqual(['activeTab', 'scripting']);
    expect(m.optional_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(m.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
  it('passes web-ext lint with no errors', () => {
    const out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', dir, '--no-config-discovery', '--output', 'json'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const report = JSON.parse(out.slice(out.indexOf('{'))) as { summary: { errors: number }; errors: { code: string; message: string }[] };
    expect(report.errors.map((e) => `${e.code}: ${e.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  }, 60_000);
});
