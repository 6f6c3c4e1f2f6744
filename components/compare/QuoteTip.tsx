import { useLayoutEffect, useRef, useState } from 'react';

export interface TipAnchor {
  /** The element the quote belongs to (a table cell). */
  el: HTMLElement;
  text: string;
  id: string;
}

const GAP = 6;
const MARGIN = 8;

function overlaps(a: DOMRect, b: { top: number; left: number; width: number; height: number }): boolean {
  return a.left < b.left + b.width && b.left < a.right && a.top < b.top + b.height && b.top < a.bottom;
}

/**
 * A quote beside its cell, kept inside the viewport: below the cell when it fits, else above, shifted
 * left at the right edge; never over the cell it explains or the element the keyboard focus is on.
 */
export function QuoteTip({ anchor }: { anchor: TipAnchor | null }) {
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<{ top: number; left: number } | null>(null);
  useLayoutEffect(() => {
    const tip = ref.current;
    if (!anchor || !tip) {
      setPos(null);
      return;
    }
    const cell = anchor.el.getBoundingClientRect();
    const w = tip.offsetWidth;
    const h = tip.offsetHeight;
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    const left = Math.max(MARGIN, Math.min(cell.left, vw - w - MARGIN));
    const focused = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement.getBoundingClientRect() : null;
    const candidates = [cell.bottom + GAP, cell.top - GAP - h].filter((top) => top >= MARGIN && top + h <= vh - MARGIN);
    const clear = candidates.find((top) => !focused || !overlaps(focused, { top, left, width: w, height: h }));
    // No room above or below: beside the cell, on whichever side has more room.
    const top = clear ?? candidates[0] ?? Math.max(MARGIN, Math.min(cell.top, vh - h - MARGIN));
    const sideways = clear === undefined && candidates.length === 0 ? (vw - cell.right > cell.left ? cell.right + GAP : Math.max(MARGIN, cell.left - GAP - w)) : left;
    setPos({ top, left: sideways });
  }, [anchor]);
  if (!anchor) return null;
  return (
    <div
      ref={ref}
      id={anchor.id}
      role="tooltip"
      className="quote-tip"
      data-testid="quote-tip"
      style={pos ? { top: pos.top, left: pos.left } : { top: 0, left: 0, visibility: 'hidden' }}
    >
      “{anchor.text}”
    </div>
  );
}
