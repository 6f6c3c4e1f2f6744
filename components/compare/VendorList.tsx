import type { VendorView } from '../../compare/vendor-view';

interface Props {
  views: VendorView[];
  selected: string[];
  query: string;
  onQuery(q: string): void;
  onToggle(id: string): void;
  onSelectAll(ids: string[]): void;
  onClear(): void;
  onDelete(id: string): void;
  /** Opens the vendor's panel: rename, tags, note, merge, move pages. */
  onManage(id: string): void;
}

/** Every stored vendor: search (name, domain, tag, page), pick any number to compare, manage, delete. */
export function VendorList({ views, selected, query, onQuery, onToggle, onSelectAll, onClear, onDelete, onManage }: Props) {
  return (
    <section className="vendor-list" aria-labelledby="vendors-h">
      <h2 id="vendors-h">Vendors ({views.length})</h2>
      <label className="search">
        <span className="sr-only">Search vendors</span>
        <input type="search" placeholder="Search name, domain, tag…" value={query} onChange={(e) => onQuery(e.target.value)} data-testid="search" />
      </label>
      <div className="list-actions">
        <button type="button" onClick={() => onSelectAll(views.map((v) => v.id))}>Select shown</button>
        <button type="button" onClick={onClear} disabled={selected.length === 0}>Clear</button>
      </div>
      <ul data-testid="vendor-list">
        {views.map((v) => (
          <li key={v.id} data-testid={`vendor-${v.id}`}>
            <label>
              <input type="checkbox" checked={selected.includes(v.id)} onChange={() => onToggle(v.id)} />
              <span className="vname">{v.name}</span>
              <span className={`grade-chip grade-${v.score.grade}`} aria-label={`score ${v.score.total}, grade ${v.score.grade}`}>
                {v.score.grade} · {v.score.total}
              </span>
            </label>
            <div className="muted small">
              {v.id}
              {v.assessedAt ? ` · ${new Date(v.assessedAt).toLocaleDateString()}` : ''}
              {v.tags.length > 0 ? ` · ${v.tags.join(', ')}` : ''}
              {v.conflicts.length > 0 ? ` · ${v.conflicts.length} conflict${v.conflicts.length > 1 ? 's' : ''}` : ''}
            </div>
            <button type="button" className="linklike small" onClick={() => onManage(v.id)} aria-label={`Manage ${v.name}`} data-testid={`manage-${v.id}`}>
              Manage
            </button>{' '}
            <button type="button" className="linklike small" onClick={() => onDelete(v.id)} aria-label={`Delete ${v.name}`}>
              Delete
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
