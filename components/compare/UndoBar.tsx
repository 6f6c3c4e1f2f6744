import { useEffect, useState } from 'react';

const UNDO_SECONDS = 8;

/** "Deleted X — Undo", for a few seconds. */
export function UndoBar({ label, onUndo }: { label: string; onUndo(): void }) {
  const [left, setLeft] = useState(UNDO_SECONDS);
  useEffect(() => {
    setLeft(UNDO_SECONDS);
    const t = setInterval(() => setLeft((n) => n - 1), 1000);
    return () => clearInterval(t);
  }, [label]);
  if (left <= 0) return null;
  return (
    <div className="undo" role="status" data-testid="undo">
      {label}. <button type="button" onClick={onUndo}>Undo</button> <span className="muted">({left}s)</span>
    </div>
  );
}
