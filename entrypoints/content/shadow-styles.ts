import highlightCss from './style.css?inline';

let sheet: CSSStyleSheet | null = null;

/**
 * ::highlight() rules do not cross shadow boundaries, so each open shadow root gets the same
 * rules through an adopted stylesheet: no <style> node is added to the page.
 */
export function installShadowRootStyles(root: ShadowRoot): void {
  try {
    sheet ??= createSheet(root);
    if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    // A page that froze adoptedStyleSheets keeps its shadow root as it is: never break a page.
  }
}

function createSheet(root: ShadowRoot): CSSStyleSheet {
  // The sheet must come from the page's own realm to be adoptable there (Firefox's Xrays).
  const PageSheet = (root.ownerDocument.defaultView as (Window & { CSSStyleSheet: typeof CSSStyleSheet }) | null)?.CSSStyleSheet ?? CSSStyleSheet;
  const created = new PageSheet();
  created.replaceSync(highlightCss);
  return created;
}
