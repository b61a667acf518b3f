export function PopupApp() {
  return (
    <main>
      <h1>Termlight</h1>
    </main>
  );
}
