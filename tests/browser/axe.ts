import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeProblem {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * Runs the axe-core engine itself inside a real extension page and returns its serious and critical
 * violations. The engine goes in as a script tag with its source; an extension page's CSP refuses
 * inline scripts, so then it is evaluated through the DevTools protocol instead, which CSP does not see.
 */
export async function seriousViolations(page: Page): Promise<AxeProblem[]> {
  const loaded = () => page.evaluate(() => typeof (globalThis as { axe?: unknown }).axe === 'object');
  await page.addScriptTag({ content: source }).catch(() => undefined);
  if (!(await loaded())) await page.evaluate(source);
  if (!(await loaded())) throw new Error('axe-core did not load into the page');
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact ?? '', help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
