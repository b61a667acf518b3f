import type { Matcher } from '../../glossary/matcher';
import { HighlightLayer } from './highlights';
import { MatchIndex, type PageMatch } from './match-index';
import { isInline, isInSkippedSubtree, type SkipOptions } from './skip-rules';
import { SliceClock, yieldToMain } from './slices';
import { walkTextRuns, type TextRun } from './text-runs';

export interface ScannerOptions extends SkipOptions {
  density: 'every' | 'first';
}

export interface ScannerEnv {
  doc: Document;
  registry: HighlightRegistry;
  /** Called once per open shadow root found, so the caller can style and observe it. */
  onShadowRoot?: (root: ShadowRoot) => void;
}

/**
 * Finds glossary terms in a document (and its open shadow roots) and keeps its highlights in
 * step with the text: full scans in slices, visible part first, and partial rescans of blocks.
 */
export class PageScanner {
  readonly index = new MatchIndex();
  readonly layer: HighlightLayer;
  #highlightedEntries = new Set<number>();
  #generation = 0;
  #shadowRoots = new Set<ShadowRoot>();

  constructor(
    private readonly env: ScannerEnv,
    private matcher: Matcher,
    private options: ScannerOptions,
  ) {
    this.layer = new HighlightLayer(env.registry);
  }

  get shadowRoots(): ReadonlySet<ShadowRoot> {
    return this.#shadowRoots;
  }

  /** Replaces matcher and/or options; the caller then runs scanAll(). */
  reconfigure(matcher: Matcher, options: ScannerOptions): void {
    this.matcher = matcher;
    this.options = options;
  }

  /** Drops every match and highlight (pause, teardown). Stops a scan in progress. */
  clear(): void {
    this.#generation++;
    this.index.clear();
    this.layer.clear();
    this.#highlightedEntries.clear();
  }

  /** A fresh scan of the whole document, in slices. Resolves false if superseded. */
  async scanAll(): Promise<boolean> {
    this.clear();
    const generation = this.#generation;
    const clock = new SliceClock();
    const done = new WeakSet<Text>();
    const roots: Node[] = [];
    // "Every occurrence" paints what the reader sees first; "first occurrence" must go in order.
    const visible = this.options.density === 'every' ? this.#visibleContainer() : null;
    if (visible && !isInSkippedSubtree(visible, this.env.doc, this.options)) roots.push(visible);
    roots.push(this.env.doc.body ?? this.env.doc.documentElement);
    for (let i = 0; i < roots.length; i++) {
      for (const run of walkTextRuns(roots[i]!, { ...this.options, onShadowRoot: (root) => this.#foundShadowRoot(root, roots) })) {
        if (done.has(run[0]!)) continue;
        for (const node of run) done.add(node);
        this.#matchRun(run);
        if (clock.due()) {
          await yieldToMain(this.env.doc.defaultView ?? window);
          if (generation !== this.#generation) return false;
          clock.restart();
        }
      }
    }
    return true;
  }

  /** Rescans the blocks around changed nodes, and drops matches whose nodes left the page. */
  rescan(changed: Iterable<Node>): void {
    this.#remove(this.index.detachedNodes());
    for (const block of outermostBlocks(changed)) {
      if (!block.isConnected) continue;
      if (isInSkippedSubtree(block, block.getRootNode(), this.options)) continue;
      this.#remove(textNodesIn(block).filter((node) => this.index.hasNode(node)));
      for (const run of walkTextRuns(block, { ...this.options, onShadowRoot: (shadow) => this.#foundShadowRoot(shadow, null) })) {
        this.#matchRun(run);
      }
    }
  }

  /** Terms found, in order of first appearance in the document, with their counts. */
  foundTerms(): { entry: number; count: number; first: StaticRange }[] {
    const byEntry = new Map<number, { entry: number; count: number; first: StaticRange }>();
    for (const match of this.index.matches()) {
      const found = byEntry.get(match.entry);
      if (!found) byEntry.set(match.entry, { entry: match.entry, count: 1, first: match.range });
      else {
        found.count++;
        if (compareRanges(match.range, found.first) < 0) found.first = match.range;
      }
    }
    return [...byEntry.values()].sort((a, b) => compareRanges(a.first, b.first));
  }

  /** All matches of one entry, in document order. */
  occurrences(entry: number): PageMatch[] {
    return [...this.index.matches()].filter((match) => match.entry === entry).sort((a, b) => compareRanges(a.range, b.range));
  }

  /** Every match, in document order. */
  ordered(): PageMatch[] {
    return [...this.index.matches()].sort((a, b) => compareRanges(a.range, b.range));
  }

  #matchRun(run: TextRun): void {
    const matches = this.matcher.findInSegments(run.map((node) => node.data));
    for (const match of matches) {
      if (this.options.density === 'first') {
        if (this.#highlightedEntries.has(match.entry)) continue;
        this.#highlightedEntries.add(match.entry);
      }
      const startContainer = run[match.start.segment]!;
      const endContainer = run[match.end.segment]!;
      const range = new StaticRange({
        startContainer,
        startOffset: match.start.offset,
        endContainer,
        endOffset: match.end.offset,
      });
      this.index.add({ entry: match.entry, range, nodes: run.slice(match.start.segment, match.end.segment + 1) });
      this.layer.add(range);
    }
  }

  #remove(nodes: Iterable<Text>): void {
    for (const match of this.index.removeNodes(nodes)) this.layer.delete(match.range);
  }

  #foundShadowRoot(root: ShadowRoot, queue: Node[] | null): void {
    if (this.#shadowRoots.has(root)) {
      if (queue && !queue.includes(root)) queue.push(root);
      return;
    }
    this.#shadowRoots.add(root);
    this.env.onShadowRoot?.(root);
    if (queue) queue.push(root);
    else this.rescan([root]);
  }

  /** The block element around the viewport's centre, to scan before everything else. */
  #visibleContainer(): Element | null {
    const view = this.env.doc.defaultView;
    if (!view) return null;
    let element = this.env.doc.elementFromPoint(view.innerWidth / 2, view.innerHeight / 2);
    // Climb to a container big enough to cover the viewport, but never the whole body.
    while (element?.parentElement && element.parentElement !== this.env.doc.body && element.getBoundingClientRect().height < view.innerHeight) {
      element = element.parentElement;
    }
    return element && element !== this.env.doc.body && element !== this.env.doc.documentElement ? element : null;
  }
}

function compareRanges(a: StaticRange, b: StaticRange): number {
  if (a.startContainer === b.startContainer) return a.startOffset - b.startOffset;
  const position = a.startContainer.compareDocumentPosition(b.startContainer);
  return position & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : position & Node.DOCUMENT_POSITION_PRECEDING ? 1 : 0;
}

function textNodesIn(root: Node): Text[] {
  const nodes: Text[] = [];
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** The enclosing blocks of changed nodes, without blocks nested in one another. */
function outermostBlocks(changed: Iterable<Node>): Node[] {
  const blocks = new Set<Node>();
  for (const node of changed) {
    let block: Node | null = node.nodeType === Node.ELEMENT_NODE && !isInline(node as Element) ? node : node.parentNode;
    while (block && block.nodeType === Node.ELEMENT_NODE && isInline(block as Element)) block = block.parentNode;
    if (block) blocks.add(block);
  }
  return [...blocks].filter((block) => {
    for (let ancestor = block.parentNode; ancestor; ancestor = ancestor.parentNode) if (blocks.has(ancestor)) return false;
    return true;
  });
}
