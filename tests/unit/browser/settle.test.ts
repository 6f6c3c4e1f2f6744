// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { mayBeUnsettled, waitForSettle } from '../../../browser/settle';
import { changedEnough } from '../../../browser/page-watch';

const TEXT = '<p>' + 'Customer data is encrypted at rest with AES-256. '.repeat(12) + '</p>';

describe('waiting for a page to settle', () => {
  it('a loaded page with text is read at once; a nearly empty one may still be rendering', async () => {
    document.body.innerHTML = TEXT;
    expect(mayBeUnsettled(document)).toBe(false);
    expect(await waitForSettle(document)).toBe(0);
    document.body.innerHTML = '<div id="app"><p>Loading…</p></div><script>var x = "' + 'y'.repeat(1000) + '";</script>';
    expect(mayBeUnsettled(document)).toBe(true);
  });

  it('waits for the DOM to be quiet, then reads', async () => {
    document.body.innerHTML = '<div id="app">Loading…</div>';
    setTimeout(() => (document.getElementById('app')!.innerHTML = TEXT), 100);
    const waited = await waitForSettle(document, 1500, 200);
    expect(waited).toBeGreaterThanOrEqual(250);
    expect(waited).toBeLessThan(1500);
    expect(document.body.textContent).toContain('AES-256');
  });

  it('never waits longer than the bound, however busy the page', async () => {
    document.body.innerHTML = '<div id="app">Loading…</div>';
    const busy = setInterval(() => (document.getElementById('app')!.textContent += '.'), 50);
    const waited = await waitForSettle(document, 600, 200);
    clearInterval(busy);
    expect(waited).toBeGreaterThanOrEqual(590);
    expect(waited).toBeLessThan(900);
  });

  it('a change worth a second reading is a real one', () => {
    expect(changedEnough(5000, 5050)).toBe(false);
    expect(changedEnough(5000, 5300)).toBe(true);
    expect(changedEnough(20, 900)).toBe(true);
    expect(changedEnough(0, 10)).toBe(true);
  });
});
