import { useEffect, useMemo } from 'react';
import { useStore } from 'zustand';
import { createRepository } from '../../store/repository';
import { loadVendorViews } from '../../compare/load';
import { toComparisonRow } from '../../compare/export-row';
import { buildComparisonCsv, csvFileName } from '../../compare/csv';
import { saveFile } from '../../browser/save-file';
import { loadActiveRubric } from '../../store/active-rubric';
import { createCompareStore, filterViews, pinFirst, sortViews, type CompareDeps, type CompareState } from './store';
import type { StoreApi } from 'zustand/vanilla';
import { VendorList } from './VendorList';
import { CompareTable } from './CompareTable';
import { HeatMap } from './HeatMap';
import { UndoBar } from './UndoBar';
import { DataMenu } from './DataMenu';
import { OpenFile } from './OpenFile';
import { VendorPanel } from './VendorPanel';
import './compare.css';

const repo = createRepository();

export function realDeps(): CompareDeps {
  return {
    activeRubric: () => loadActiveRubric(repo.rubrics),
    loadViews: (rubric) => loadVendorViews(repo, rubric),
    deleteVendor: (id) => repo.deleteVendor(id),
    restore: (d) => repo.restore(d),
    getVendor: (id) => repo.getVendor(id),
    editVendor: (id, patch) => repo.editVendor(id, patch),
    mergeVendors: (intoId, fromId) => repo.mergeVendors(intoId, fromId),
    movePage: (url, to) => repo.movePage(url, to),
    deleteAll: () => repo.deleteAll(),
  };
}

/** Starts loading before React's first render (main.tsx calls this at module load). */
export function startCompare(deps: CompareDeps = realDeps()): StoreApi<CompareState> {
  const store = createCompareStore(deps);
  void store.getState().load();
  return store;
}

export function CompareApp({ store }: { store: StoreApi<CompareState> }) {
  const s = useStore(store);
  useEffect(() => {
    // Re-read whenever the stored vendors, assessments or rubrics change (the popup saves, another
    // window deletes, a backup is restored). The observed query is a plain Dexie read so Dexie can
    // track what it touched; the store then rebuilds its views.
    let first = true; // the first emission is the state startCompare is already loading
    return repo.watchAll(() => {
      if (first) first = false;
      else void store.getState().load();
    });
  }, [store]);

  const shown = useMemo(() => filterViews(s.views, s.query), [s.views, s.query]);
  const picked = useMemo(
    () => pinFirst(sortViews(s.views.filter((v) => s.selected.includes(v.id)), s.sortBy, s.descending), s.pinned),
    [s.views, s.selected, s.sortBy, s.descending, s.pinned],
  );

  useEffect(() => {
    if (!s.loading && performance.getEntriesByName('assay:list-shown').length === 0) performance.mark('assay:list-shown');
  }, [s.loading]);

  const exportCsv = () => {
    performance.mark('assay:csv-start');
    const rows = (picked.length > 0 ? picked : sortViews(shown, s.sortBy, s.descending)).map(toComparisonRow);
    const csv = buildComparisonCsv(rows);
    performance.measure('assay:csv', 'assay:csv-start');
    saveFile(csvFileName(), csv, 'text/csv;charset=utf-8');
  };

  return (
    <div className="compare-page">
      <header className="compare-header">
        <h1>Compare vendors</h1>
        {s.rubric && (
          <span className="muted">
            Scored by the rubric “{s.rubric.name}” · <a href="/options.html">change rubric</a>
          </span>
        )}
        <div className="toolbar">
          <DataMenu repo={repo} />
          <OpenFile repo={repo} />
          <button type="button" onClick={exportCsv} disabled={s.views.length === 0} data-testid="export-csv">
            Export CSV{picked.length > 0 ? ` (${picked.length})` : ''}
          </button>
          <button
            type="button"
            onClick={() => {
              if (confirm('Delete every vendor, assessment and rubric Assay has stored in this browser? This cannot be undone.')) void s.removeAll();
            }}
            disabled={s.views.length === 0}
          >
            Delete all data
          </button>
        </div>
      </header>
      {s.error && <p role="alert">{s.error}</p>}
      {s.undo && <UndoBar key={s.undo.seq} label={s.undo.label} onUndo={() => void s.undoLast()} />}
      <div className="compare-body">
        <VendorList
          views={shown}
          selected={s.selected}
          query={s.query}
          onQuery={s.setQuery}
          onToggle={s.toggle}
          onSelectAll={s.selectAll}
          onClear={s.clearSelection}
          onDelete={(id) => void s.remove(id)}
          onManage={(id) => void s.openVendor(id)}
        />
        <section className="side-by-side" aria-label="Comparison">
          {s.editing && (
            <VendorPanel
              key={s.editing.id}
              vendor={s.editing}
              urls={s.views.find((v) => v.id === s.editing!.id)?.urls ?? []}
              others={s.views.filter((v) => v.id !== s.editing!.id)}
              actions={s}
              onClose={() => void s.openVendor(null)}
            />
          )}
          {s.loading && <p>Loading…</p>}
          {!s.loading && s.views.length === 0 && <p data-testid="compare-empty">No vendors assessed yet. Open a vendor’s security page and click the Assay button.</p>}
          {!s.loading && s.views.length > 0 && picked.length === 0 && <p data-testid="pick-hint">Pick vendors on the left to set them side by side.</p>}
          {s.rubric && picked.length > 0 && (
            <>
              <div className="view-switch" role="group" aria-label="View">
                <button type="button" aria-pressed={s.mode === 'table'} onClick={() => s.setMode('table')}>Table</button>
                <button type="button" aria-pressed={s.mode === 'heatmap'} onClick={() => s.setMode('heatmap')} data-testid="mode-heatmap">Heat map</button>
                <label>
                  <input type="checkbox" checked={s.onlyDifferences} onChange={(e) => s.setOnlyDifferences(e.target.checked)} data-testid="only-verdicts" /> Only where verdicts differ
                </label>
                <label>
                  <input type="checkbox" checked={s.onlyValueDifferences} onChange={(e) => s.setOnlyValueDifferences(e.target.checked)} data-testid="only-values" /> Only where values differ
                </label>
                <label>
                  <input type="checkbox" checked={s.allFields} onChange={(e) => s.setAllFields(e.target.checked)} data-testid="all-fields" /> Every field read
                </label>
              </div>
              {s.mode === 'table' ? (
                <CompareTable
                  rubric={s.rubric}
                  views={picked}
                  sortBy={s.sortBy}
                  descending={s.descending}
                  onlyVerdictDifferences={s.onlyDifferences}
                  onlyValueDifferences={s.onlyValueDifferences}
                  allFields={s.allFields}
                  pinned={s.pinned}
                  onPin={s.togglePin}
                  onSort={s.sort}
                />
              ) : (
                <HeatMap rubric={s.rubric} views={picked} />
              )}
            </>
          )}
        </section>
      </div>
    </div>
  );
}
