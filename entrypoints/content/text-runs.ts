import { isInline, isSkipped, type SkipOptions } from './skip-rules';

/** The text nodes of one block with its inline descendants, in document order. */
export type TextRun = Text[];

export interface RunWalkOptions extends SkipOptions {
  /** Called for each open shadow root met on the way; its content is walked separately. */
  onShadowRoot?: (root: ShadowRoot) => void;
}

/**
 * Yields the text runs below `root`. A run ends wherever a non-inline element starts or a
 * text node belongs to another block, so `muscle <b>spasm</b>` is one run but two paragraphs
 * are two. Skipped subtrees are never entered.
 */
export function* walkTextRuns(root: Node, options: RunWalkOptions): Generator<TextRun> {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      const element = node as Element;
      if (element.shadowRoot && options.onShadowRoot) options.onShadowRoot(element.shadowRoot);
      return isSkipped(element, options) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
    },
  });
  let run: Text[] = [];
  let runBlock: Node | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== Node.TEXT_NODE) {
      if (!isInline(node as Element) && run.length > 0) {
        yield run;
        run = [];
      }
      continue;
    }
    const text = node as Text;
    if (text.data.trim() === '' && run.length === 0) continue;
    const block = blockOf(text, root);
    if (block !== runBlock && run.length > 0) {
      yield run;
      run = [];
    }
    runBlock = block;
    run.push(text);
  }
  if (run.length > 0) yield run;
}

function blockOf(node: Node, root: Node): Node {
  let current = node.parentNode;
  while (current && current !== root && current.nodeType === Node.ELEMENT_NODE && isInline(current as Element)) {
    current = current.parentNode;
  }
  return current ?? root;
}
