export function OptionsApp() {
  return (
    <main>
      <h1>Termlight options</h1>
    </main>
  );
}
