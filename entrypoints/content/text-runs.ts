import { isInline, isSkipped, type SkipOptions } from './skip-rules';

/** The text nodes of one block with its inline descendants, in document order. */
export type TextRun = Text[];

export interface RunWalkOptions extends SkipOptions {
  /** Called for each open shadow root met on the way; its content is walked separately. */
  onShadowRoot?: (root: ShadowRoot) => void;
  /** Called for each custom element without a shadow root: it may attach one later. */
  onShadowless?: (element: Element) => void;
  /** A subtree already scanned (the visible part): walked past, not into. */
  exclude?: Node | null;
}

/**
 * Yields the text runs below `root`. A run ends wherever a non-inline element starts or a
 * text node belongs to another block, so `muscle <b>spasm</b>` is one run but two paragraphs
 * are two. Skipped subtrees are never entered.
 *
 * The TreeWalker has no filter callback: a call from the engine into JS for every node cost
 * several times the walk itself, so skipped subtrees are jumped over from here instead.
 */
export function* walkTextRuns(root: Node, options: RunWalkOptions): Generator<TextRun> {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let run: Text[] = [];
  let runBlock: Node | null = null;
  let node: Node | null = walker.nextNode();
  while (node) {
    if (node.nodeType !== Node.TEXT_NODE) {
      const element = node as Element;
      const inline = isInline(element);
      if (!inline && run.length > 0) {
        yield run;
        run = [];
      }
      if (element === options.exclude || isSkipped(element, options)) {
        // A skipped inline element still ends the run: text on either side is not one phrase.
        if (inline && run.length > 0) {
          yield run;
          run = [];
        }
        node = nextOutside(walker, root);
        continue;
      }
      // Only now: a skipped host's shadow root (Termlight's own card among them) is never scanned.
      if (element.shadowRoot) options.onShadowRoot?.(element.shadowRoot);
      else if (options.onShadowless && element.localName.includes('-')) options.onShadowless(element);
      node = walker.nextNode();
      continue;
    }
    const text = node as Text;
    if (run.length > 0 || text.data.trim() !== '') {
      const block = blockOf(text, root);
      if (block !== runBlock && run.length > 0) {
        yield run;
        run = [];
      }
      runBlock = block;
      run.push(text);
    }
    node = walker.nextNode();
  }
  if (run.length > 0) yield run;
}

/** The node after the walker's current node and all of its descendants, or null at the end. */
function nextOutside(walker: TreeWalker, root: Node): Node | null {
  for (let current: Node | null = walker.currentNode; current && current !== root; current = walker.parentNode()) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
  }
  return null;
}

function blockOf(node: Node, root: Node): Node {
  let current = node.parentNode;
  while (current && current !== root && current.nodeType === Node.ELEMENT_NODE && isInline(current as Element)) {
    current = current.parentNode;
  }
  return current ?? root;
}

/** Between two runs in one call: ends the sentence, and is not whitespace, so nothing spans it. */
const RUN_SEPARATOR = '\n.\n';

/** Runs joined for one matcher call: the text of each segment and the node it came from (null: a separator). */
export interface JoinedRuns {
  segments: string[];
  nodes: (Text | null)[];
}

export function joinRuns(runs: readonly TextRun[]): JoinedRuns {
  const segments: string[] = [];
  const nodes: (Text | null)[] = [];
  runs.forEach((run, index) => {
    if (index > 0) {
      segments.push(RUN_SEPARATOR);
      nodes.push(null);
    }
    for (const node of run) {
      segments.push(node.data);
      nodes.push(node);
    }
  });
  return { segments, nodes };
}
