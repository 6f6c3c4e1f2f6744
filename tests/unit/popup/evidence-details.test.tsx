// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { EvidenceDetails, detailFieldsOf } from '../../../components/popup/EvidenceDetails';
import { freshnessFlags } from '../../../rubric/freshness';
import type { Override, Summary } from '../../../claims/types';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
async function render(field: string, summary: Record<string, { value: unknown; evidence: string[] }>, override?: Partial<Override>) {
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  const o = override ? ({ value: 'type2', note: '', by: 'reviewer', at: '2026-11-01T00:00:00Z', ...override } as Override) : undefined;
  const flags = freshnessFlags(summary, o ? { [field]: o } : {}, '2026-11-27T12:00:00Z').filter((f) => f.field === field);
  await act(async () => root!.render(<EvidenceDetails field={field} summary={summary as Summary} override={o} flags={flags} assessedAt="2026-11-27T12:00:00Z" shown={['shown quote']} highlight={null} onQuote={() => {}} />));
  return host;
}
afterEach(() => {
  act(() => root?.unmount());
  document.body.innerHTML = '';
});

describe('evidence details under a certification line', () => {
  it('lists the line’s detail fields in the field list’s order', () => {
    expect(detailFieldsOf('soc2')).toEqual(['soc2Period', 'soc2Auditor', 'soc2PlanDue']);
    expect(detailFieldsOf('iso27001')).toEqual(['iso27001Scope', 'iso27001Issuer', 'iso27001ValidUntil', 'iso27001PlanDue']);
    expect(detailFieldsOf('dataRegion')).toEqual([]);
  });

  it('shows ISO 27001 scope, issuer and validity in words, an expired flag with its reason, and a quote not already shown', async () => {
    const host = await render('iso27001', {
      iso27001: { value: 'certified', evidence: ['shown quote'] },
      iso27001Scope: { value: 'All Acme products', evidence: ['shown quote'] },
      iso27001Issuer: { value: 'BSI', evidence: ['Certified by BSI.'] },
      iso27001ValidUntil: { value: '2026-03-14', evidence: ['Valid until 14 March 2026.'] },
    });
    const rows = [...host.querySelectorAll('dl > div')].map((d) => [d.querySelector('dt')!.textContent, d.querySelector('dd')!.childNodes[0]!.textContent]);
    expect(rows).toEqual([['Scope', 'All Acme products'], ['Issuer', 'BSI'], ['Valid until', '14 Mar 2026']]);
    expect(host.querySelector('[data-testid="flag-why-expired"]')!.textContent).toBe('⚠ expired: the certificate was valid until 14 Mar 2026 (assessed 27 Nov 2026).');
    expect([...host.querySelectorAll('[data-testid="quote"]')].map((q) => q.textContent)).toEqual(['“Certified by BSI.”', '“Valid until 14 March 2026.”']);
  });

  it('shows the reviewer’s link as a safe link, and never a javascript: link from a crafted backup', async () => {
    const ok = await render('soc2', { soc2: { value: 'type2', evidence: [] } }, { link: 'https://acme.example/soc2.pdf', auditor: 'A-LIGN' });
    const a = ok.querySelector('a')!;
    expect([a.getAttribute('href'), a.getAttribute('rel'), a.getAttribute('target')]).toEqual(['https://acme.example/soc2.pdf', 'noopener noreferrer', '_blank']);
    expect(ok.textContent).toContain('Auditor (yours)A-LIGN');
    act(() => root?.unmount());
    const bad = await render('soc2', { soc2: { value: 'type2', evidence: [] } }, { link: 'javascript:alert(1)' });
    expect(bad.querySelector('a')).toBeNull();
    expect(bad.textContent).not.toContain('javascript');
  });
});
