import { useState, type FormEvent } from 'react';
import { VENDOR_NAME_MAX, VENDOR_NOTE_MAX, VENDOR_TAG_MAX, type VendorRecord } from '../../store/schema';
import type { VendorActions } from './vendor-actions';
import { PageMoves } from './PageMoves';

interface Props {
  vendor: VendorRecord;
  /** The vendor's pages, newest first. */
  urls: string[];
  /** Every other vendor, to merge in or move a page to. */
  others: { id: string; name: string }[];
  actions: Pick<VendorActions, 'rename' | 'setTags' | 'setNote' | 'merge' | 'movePage'>;
  onClose(): void;
}

const submit = (f: () => void) => (e: FormEvent) => {
  e.preventDefault();
  f();
};

/** One vendor's name, tags, note, merges and pages; every change can be undone from the undo bar. */
export function VendorPanel({ vendor, urls, others, actions, onClose }: Props) {
  const [name, setName] = useState(vendor.name);
  const [tag, setTag] = useState('');
  const [note, setNote] = useState(vendor.note ?? '');
  const [mergeFrom, setMergeFrom] = useState('');
  // Show the stored values again after a change, an undo or an edit in another window
  // (React's "adjusting state when a prop changes", without an effect).
  const [shown, setShown] = useState({ name: vendor.name, note: vendor.note ?? '' });
  if (shown.name !== vendor.name || shown.note !== (vendor.note ?? '')) {
    setShown({ name: vendor.name, note: vendor.note ?? '' });
    setName(vendor.name);
    setNote(vendor.note ?? '');
  }
  const from = others.find((o) => o.id === mergeFrom);

  return (
    <section className="vendor-panel" aria-labelledby="vendor-panel-h" data-testid="vendor-panel">
      <div className="panel-head">
        <h2 id="vendor-panel-h">{vendor.name}</h2>
        <span className="muted small">{vendor.id}</span>
        <button type="button" onClick={onClose} aria-label={`Close ${vendor.name}`}>Close</button>
      </div>

      <form onSubmit={submit(() => name.trim() !== vendor.name && void actions.rename(vendor.id, name))} className="row">
        <label>
          Name <input value={name} onChange={(e) => setName(e.target.value)} maxLength={VENDOR_NAME_MAX} required data-testid="vendor-name" />
        </label>
        <button type="submit" disabled={!name.trim() || name.trim() === vendor.name}>Rename</button>
      </form>

      <div role="group" aria-labelledby="tags-h">
        <h3 id="tags-h">Tags</h3>
        {vendor.tags.length === 0 ? <p className="muted small">No tags yet. Tags are searchable and exported.</p> : null}
        <ul className="tags" data-testid="vendor-tags">
          {vendor.tags.map((t) => (
            <li key={t} className="tag">
              {t}{' '}
              <button type="button" className="linklike" aria-label={`Remove tag ${t}`} onClick={() => void actions.setTags(vendor.id, vendor.tags.filter((x) => x !== t))}>
                ×
              </button>
            </li>
          ))}
        </ul>
        <form
          className="row"
          onSubmit={submit(() => {
            if (!tag.trim()) return;
            void actions.setTags(vendor.id, [...vendor.tags, tag]);
            setTag('');
          })}
        >
          <label>
            New tag <input value={tag} onChange={(e) => setTag(e.target.value)} maxLength={VENDOR_TAG_MAX} data-testid="tag-input" />
          </label>
          <button type="submit" disabled={!tag.trim()}>Add tag</button>
        </form>
      </div>

      <form onSubmit={submit(() => void actions.setNote(vendor.id, note))}>
        <label className="note">
          Note <span className="muted small">(plain text, {note.length.toLocaleString('en')} of {VENDOR_NOTE_MAX.toLocaleString('en')} characters)</span>
          <textarea value={note} onChange={(e) => setNote(e.target.value)} maxLength={VENDOR_NOTE_MAX} rows={3} data-testid="vendor-note" />
        </label>
        <button type="submit" disabled={note === (vendor.note ?? '')}>Save note</button>
      </form>

      {others.length > 0 && (
        <form
          className="row"
          onSubmit={submit(() => {
            if (!from) return;
            void actions.merge(vendor.id, from.id);
            setMergeFrom('');
          })}
        >
          <label>
            Merge into {vendor.name}{' '}
            <select value={mergeFrom} onChange={(e) => setMergeFrom(e.target.value)} data-testid="merge-from">
              <option value="">choose a vendor…</option>
              {others.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name} ({o.id})
                </option>
              ))}
            </select>
          </label>
          <button type="submit" disabled={!from}>Merge</button>
        </form>
      )}

      <PageMoves vendorName={vendor.name} urls={urls} others={others} onMove={(url, to) => void actions.movePage(url, to)} />
    </section>
  );
}
