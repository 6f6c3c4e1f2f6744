/** Grey rows in the shape of the criteria, so the popup does not jump when the reading arrives. */
export function Skeleton({ rows }: { rows: number }) {
  return (
    <div className="skeleton" aria-hidden="true" data-testid="skeleton">
      <div className="sk sk-tally" />
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="sk sk-row" />
      ))}
    </div>
  );
}
