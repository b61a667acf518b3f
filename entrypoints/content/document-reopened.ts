/**
 * `document.open()` (and `document.write()` on a loaded document, as webmail and widgets do to
 * fill an about:blank frame, and as some old pages do to their whole top document) keeps the
 * Document and its Window but erases every event listener on both, a content script's included.
 * Nothing reports that, but it also replaces the document's own children, which a MutationObserver
 * on the document sees (it never fires on a page that does not replace its whole document). A
 * probe listener on the window then tells whether the listeners really went: a page may also swap
 * its root element, which keeps them.
 *
 * `onReplaced(listenersErased)` runs after each replacement, once the page's script has written
 * the new document; it is the one place that adds back whatever listens on the window or document.
 */
export function watchDocumentReopened(doc: Document, signal: AbortSignal, onReplaced: (listenersErased: boolean) => void): void {
  const win = doc.defaultView;
  if (!win || signal.aborted) return;
  // A name no page uses: dispatching it reaches the probe alone.
  const probeType = `termlight-probe-${Math.random().toString(36).slice(2)}`;
  let heard = false;
  const probe = () => {
    heard = true;
  };
  const listen = () => win.addEventListener(probeType, probe, { signal });
  listen();
  const observer = new MutationObserver(() => {
    heard = false;
    win.dispatchEvent(new Event(probeType));
    if (!heard) listen();
    onReplaced(!heard);
  });
  observer.observe(doc, { childList: true });
  signal.addEventListener('abort', () => observer.disconnect());
}
