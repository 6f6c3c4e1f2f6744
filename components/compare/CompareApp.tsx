export function CompareApp() {
  return (
    <main style={{ padding: 24 }}>
      <h1>Compare vendors</h1>
      <p data-testid="compare-empty">No vendors assessed yet.</p>
    </main>
  );
}
