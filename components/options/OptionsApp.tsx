export function OptionsApp() {
  return (
    <main style={{ padding: 24 }}>
      <h1>Assay settings</h1>
      <p>Rubric editor and data controls.</p>
    </main>
  );
}
