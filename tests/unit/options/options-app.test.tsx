// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OptionsApp, type OptionsDeps } from '../../../components/options/OptionsApp';
import { memoryRepository } from '../../../components/options/rubric-store';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let host: HTMLDivElement;
const deps = (): OptionsDeps => ({ rubrics: memoryRepository(), samples: async () => [] });

async function render(d = deps()) {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(async () => root.render(<OptionsApp deps={d} />));
  return d;
}
const byLabel = (text: string) => {
  const label = [...host.querySelectorAll('label')].find((l) => l.textContent?.trim().startsWith(text));
  const control = label?.htmlFor ? host.ownerDocument.getElementById(label.htmlFor) : label?.querySelector('input, select, textarea');
  if (!control) throw new Error(`no control labelled ${text}`);
  return control as HTMLInputElement;
};
const button = (text: string) => [...host.querySelectorAll('button')].find((b) => b.textContent?.trim() === text)!;
const score = () => host.querySelector('[data-testid="preview-score"]')!.textContent;
async function type(input: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  await act(async () => {
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

beforeEach(() => document.body.replaceChildren());
afterEach(() => act(() => root.unmount()));

describe('options page', () => {
  it('shows the default preset read-only with an example preview', async () => {
    await render();
    expect(host.textContent).toContain('Presets are read-only');
    expect(byLabel('Weight').disabled).toBe(true);
    // The first bundled example passes every criterion of the default preset but the breach window (48 h: partial).
    expect(score()).toBe('A 92/100');
    expect(host.textContent).toContain('An example with made-up values, not a stored assessment.');
  });

  it('duplicates, edits a weight, and the preview score moves', async () => {
    await render();
    await act(async () => button('Duplicate').click());
    const weight = byLabel('Weight');
    expect(weight.disabled).toBe(false);
    const before = score();
    await type(weight, '30');
    expect(score()).not.toBe(before);
    await type(weight, '0');
    expect(host.textContent).toContain('criteria[0] "soc2".weight: must be greater than 0');
    expect(host.textContent).toContain('Showing the last valid version');
  });

  it('rejects a bad rubric file with an alert naming the field, rubric untouched', async () => {
    const d = await render();
    const input = byLabel('Import JSON');
    const file = new File([JSON.stringify({ id: 'x', name: 'X', criteria: [{ id: 'a', field: 'soc3' }] })], 'bad.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file] });
    await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
    await act(async () => new Promise((r) => setTimeout(r, 20)));
    const alert = host.querySelector('[role="alert"]');
    expect(alert?.textContent).toMatch(/Import rejected.*criteria\[0\] "a"/s);
    expect(score()).toBe('A 92/100');
    expect(await d.rubrics.list()).toEqual([]);
  });

  it('labels every control', async () => {
    await render();
    await act(async () => button('Duplicate').click());
    for (const el of host.querySelectorAll('input, select, textarea')) {
      const labelled = el.closest('label') || (el.id && host.querySelector(`label[for="${el.id}"]`));
      expect(labelled, el.outerHTML).toBeTruthy();
    }
  });
});
