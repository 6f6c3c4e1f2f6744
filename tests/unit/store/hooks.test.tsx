// @vitest-environment jsdom
// Dexie's liveQuery runs only when a global indexedDB exists (dexie/Dexie.js#2046); the database
// itself still uses its own factory from freshDb().
import 'fake-indexeddb/auto';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { useActiveRubric, useAssessment, useHistory, useVendors } from '../../../store/hooks';
import { createRepository, type Repository } from '../../../store/repository';
import { IDBFactory } from 'fake-indexeddb';
import { freshDb, newAssessment } from './helpers';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | undefined;
afterEach(() => act(() => root?.unmount()));

function Probe({ repo }: { repo: Repository }) {
  const vendors = useVendors(repo);
  const latest = useAssessment('https://acme.com/security', repo);
  const history = useHistory('acme.com', undefined, repo);
  const rubric = useActiveRubric(repo);
  const text = vendors === undefined ? 'loading' : `${vendors.map((v) => `${v.id}:${v.latest?.assessedAt.slice(0, 10)}`).join(',')}|${latest?.assessedAt.slice(0, 10) ?? 'none'}|${history?.length}|${rubric?.id}`;
  return <p>{text}</p>;
}

async function until(host: HTMLElement, text: string) {
  for (let i = 0; i < 100 && host.textContent !== text; i++) await act(() => new Promise((r) => setTimeout(r, 10)));
  expect(host.textContent).toBe(text);
}

describe('live-query hooks', () => {
  it('follow writes, another connection’s too', async () => {
    const factory = new IDBFactory();
    const repo = createRepository(freshDb(factory));
    const otherWindow = createRepository(freshDb(factory));
    const host = document.createElement('div');
    root = createRoot(host);
    await act(async () => root!.render(<Probe repo={repo} />));
    await until(host, '|none|0|null');

    await repo.saveAssessment(newAssessment('https://acme.com/security', { assessedAt: '2026-11-01T00:00:00Z' }));
    await until(host, 'acme.com:2026-11-01|2026-11-01|1|null');

    await otherWindow.saveAssessment(newAssessment('https://acme.com/security', { assessedAt: '2026-11-09T00:00:00Z' }));
    await repo.rubrics.setActive('strict');
    await until(host, 'acme.com:2026-11-09|2026-11-09|2|strict');

    await repo.deleteVendor('acme.com');
    await until(host, '|none|0|strict');
  });
});
