import { useEffect, useState } from 'react';

const UNDO_SECONDS = 8;

/** "Deleted X — Undo", for a few seconds. Render it with `key={label}` so a new deletion starts a new count. */
export function UndoBar({ label, onUndo }: { label: string; onUndo(): void }) {
  const [left, setLeft] = useState(UNDO_SECONDS);
  useEffect(() => {
    const t = setInterval(() => setLeft((n) => n - 1), 1000);
    return () => clearInterval(t);
  }, []);
  if (left <= 0) return null;
  return (
    <div className="undo" role="status" data-testid="undo">
      {label}. <button type="button" onClick={onUndo}>Undo</button> <span className="muted">({left}s)</span>
    </div>
  );
}
