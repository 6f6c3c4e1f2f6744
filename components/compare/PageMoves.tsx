import { useState, type FormEvent } from 'react';
import { VENDOR_NAME_MAX } from '../../store/schema';
import type { MoveTarget } from '../../store/vendor-edits';

const NEW = '\u0000new';

interface Props {
  vendorName: string;
  urls: string[];
  others: { id: string; name: string }[];
  onMove(url: string, to: MoveTarget): void;
}

/** A vendor's pages, each movable to another vendor or split off to a new one. */
export function PageMoves({ vendorName, urls, others, onMove }: Props) {
  return (
    <div role="group" aria-labelledby="pages-h">
      <h3 id="pages-h">Pages</h3>
      <ul className="pages" data-testid="vendor-pages">
        {urls.map((url, i) => (
          <PageMove key={url} url={url} n={i + 1} vendorName={vendorName} others={others} onMove={onMove} />
        ))}
      </ul>
    </div>
  );
}

function PageMove({ url, n, vendorName, others, onMove }: { url: string; n: number; vendorName: string; others: Props['others']; onMove: Props['onMove'] }) {
  const [to, setTo] = useState('');
  const [newName, setNewName] = useState('');
  const ready = to === NEW ? newName.trim() !== '' : to !== '';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!ready) return;
    onMove(url, to === NEW ? { newVendorName: newName } : { vendorId: to });
    setTo('');
    setNewName('');
  };
  return (
    <li>
      <span className="page-url" id={`page-${n}`}>{url}</span>
      <form className="row" onSubmit={submit} aria-labelledby={`page-${n}`}>
        <label>
          Move to{' '}
          <select value={to} onChange={(e) => setTo(e.target.value)} data-testid={`move-to-${n}`}>
            <option value="">choose…</option>
            {others.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name} ({o.id})
              </option>
            ))}
            <option value={NEW}>a new vendor (split from {vendorName})…</option>
          </select>
        </label>
        {to === NEW && (
          <label>
            New vendor’s name <input value={newName} onChange={(e) => setNewName(e.target.value)} maxLength={VENDOR_NAME_MAX} data-testid={`new-vendor-${n}`} />
          </label>
        )}
        <button type="submit" disabled={!ready}>Move page</button>
      </form>
    </li>
  );
}
