/** Elements whose text is never scanned: code, form fields, machinery, and other frames. */
const NEVER_SCANNED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'OPTGROUP',
  'CODE', 'PRE', 'KBD', 'SAMP', 'VAR', 'IFRAME', 'FRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO',
  'AUDIO', 'SVG', 'MATH', 'HEAD', 'TITLE', 'BUTTON',
]);

const LINKS_AND_HEADINGS = new Set(['A', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** Inline elements: their text joins the surrounding block's text run. */
const INLINE = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'DATA', 'DEL', 'DFN', 'EM', 'FONT', 'I', 'INS', 'LABEL',
  'MARK', 'Q', 'S', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'WBR', 'TT', 'BIG',
]);

export const TERMLIGHT_UI_TAG = 'TERMLIGHT-TOOLTIP';

export interface SkipOptions {
  /** The "highlight inside links and headings" setting. */
  inLinksAndHeadings: boolean;
}

/** Whether an element's whole subtree stays untouched. Cheap attribute checks only: no layout. */
export function isSkipped(element: Element, options: SkipOptions): boolean {
  const tag = element.tagName.toUpperCase();
  if (NEVER_SCANNED.has(tag) || tag === TERMLIGHT_UI_TAG) return true;
  if (!options.inLinksAndHeadings && LINKS_AND_HEADINGS.has(tag)) return true;
  if (element.hasAttribute('hidden')) return true;
  if (element.getAttribute('translate') === 'no') return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  if ((element as HTMLElement).isContentEditable) return true;
  const role = element.getAttribute('role');
  return role === 'textbox' || role === 'code';
}

export function isInline(element: Element): boolean {
  return INLINE.has(element.tagName.toUpperCase());
}

/**
 * Whether a node that is about to be scanned on its own (a changed block, the visible part)
 * lies in a skipped subtree: itself or any ancestor up to `root`. A TreeWalker never filters
 * its own root, so this check is needed before walking from anywhere but the top.
 */
export function isInSkippedSubtree(node: Node, root: Node, options: SkipOptions): boolean {
  const start = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  for (let current = start; current && current !== root; current = current.parentElement) {
    if (isSkipped(current, options)) return true;
  }
  return false;
}
