import type { BlockMatches } from '../../glossary/block-match';
import { HighlightLayer } from './highlights';
import { MatchIndex, type PageMatch } from './match-index';
import { STALE, type MatchSource } from './match-source';
import { isInline, isInSkippedSubtree, type SkipOptions } from './skip-rules';
import { SliceClock, yieldToMain } from './slices';
import { stillReads } from './still-reads';
import { inDocumentOrder } from './document-order';
import { SectionFinder } from './sections';
import { ShadowWatch } from './shadow-watch';
import { joinRuns, walkTextRuns, type JoinedRuns as Block, type TextRun } from './text-runs';

/**
 * Once the page has shown this many distinct topic-evidence terms (see Matcher.isTopicEvidence),
 * it is about health, and terms with context words count everywhere on it.
 */
const PAGE_TOPIC_MIN_TERMS = 6;

export interface ScannerOptions extends SkipOptions {
  /** 'section': the first occurrence of each term between two headings; 'first': on the whole page. */
  density: 'every' | 'section' | 'first';
}

/** Ranges matched during a full scan, registered only when the scan ends (see scanAll). */
interface Pending {
  terms: StaticRange[];
  parts: StaticRange[];
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
  /** Word-parts guesses: a highlight of their own, with a lighter underline. */
  readonly partsLayer: HighlightLayer;
  /** Under 'first' and 'section' density: `${section} ${entry}` of what is highlighted already. */
  #highlightedEntries = new Set<string>();
  #sections = new SectionFinder();
  #shadowWatch: ShadowWatch;
  #topicTerms = new Set<number>();
  #generation = 0;
  #shadowRoots = new Set<ShadowRoot>();
  /** The latest rescan of each block whose answer comes later: an older answer gives way to it. */
  #rescanTickets = new WeakMap<Node, number>();
  #nextTicket = 0;

  constructor(
    private readonly env: ScannerEnv,
    private source: MatchSource,
    private options: ScannerOptions,
  ) {
    this.layer = new HighlightLayer(env.registry);
    this.partsLayer = new HighlightLayer(env.registry);
    this.#shadowWatch = new ShadowWatch(env.doc.defaultView ?? window, (root) => this.#foundShadowRoot(root, null));
  }

  get shadowRoots(): ReadonlySet<ShadowRoot> {
    return this.#shadowRoots;
  }

  /** Replaces the match source and/or options; the caller then runs scanAll(). */
  reconfigure(source: MatchSource, options: ScannerOptions): void {
    this.source = source;
    this.options = options;
  }

  /** Drops every match and highlight (pause, teardown). Stops a scan in progress. */
  clear(): void {
    this.#forgetMatches();
    this.layer.clear();
    this.partsLayer.clear();
  }

  /** Drops every match and stops a scan in progress; what is shown stays until replaced. */
  #forgetMatches(): void {
    this.#generation++;
    this.index.clear();
    this.#highlightedEntries.clear();
    this.#topicTerms.clear();
    this.#shadowWatch.stop();
  }

  /**
   * A fresh scan of the whole document, in slices. Resolves false if superseded.
   *
   * The part of the page in view is scanned and painted first. The rest is matched in slices
   * but its ranges join the registered highlight only at the end: Chromium rebuilds every
   * highlight marker after each change to a registered highlight, so adding as we go would
   * repeat that work on every frame of the scan.
   */
  async scanAll(): Promise<boolean> {
    // A page that shows highlights already (a new glossary or setting) keeps them until the new
    // ones are all known, then changes in one step: answers from the background take a moment,
    // and clearing first would make every underline blink.
    const replacing = !this.layer.isEmpty || !this.partsLayer.isEmpty;
    this.#forgetMatches();
    this.#sections.reset();
    const generation = this.#generation;
    const clock = new SliceClock();
    const body = this.env.doc.body ?? this.env.doc.documentElement;
    const visible = this.options.density === 'every' && !replacing ? this.#visibleContainer() : null;
    const passes: { root: Node; exclude: Node | null; pending: Pending | null }[] = [];
    if (visible && !isInSkippedSubtree(visible, this.env.doc, this.options)) passes.push({ root: visible, exclude: null, pending: null });
    passes.push({ root: body, exclude: passes.length > 0 ? visible : null, pending: { terms: [], parts: [] } });
    const queue: Node[] = [];
    for (const pass of passes) {
      const walk = (root: Node, exclude: Node | null) =>
        walkTextRuns(root, { ...this.options, exclude, onShadowRoot: (shadow) => this.#foundShadowRoot(shadow, queue), onShadowless: this.#onShadowless });
      const roots: [Node, Node | null][] = [[pass.root, pass.exclude]];
      for (let i = 0; i < roots.length; i++) {
        // Runs are matched in batches: one call per run cost more than the matching.
        let batch: TextRun[] = [];
        let chars = 0;
        const flush = async (): Promise<boolean> => {
          const runs = batch;
          batch = [];
          chars = 0;
          return runs.length === 0 || (await this.#matchRuns(runs, pass.pending, null));
        };
        for (const run of walk(...roots[i]!)) {
          batch.push(run);
          for (const node of run) chars += node.length;
          if (chars >= this.source.batchChars && !(await flush())) return false;
          if (clock.due()) {
            if (!(await flush())) return false;
            await yieldToMain(this.env.doc.defaultView ?? window);
            if (generation !== this.#generation) return false;
            clock.restart();
          }
        }
        if (!(await flush())) return false;
        // Shadow roots found on the way are scanned within the same pass.
        while (queue.length > 0) roots.push([queue.shift()!, null]);
      }
      if (replacing) {
        this.#showIndexOnly();
        continue;
      }
      if (!pass.pending) continue;
      if (!(await this.#addInSlices(this.layer, pass.pending.terms, clock, generation))) return false;
      if (!(await this.#addInSlices(this.partsLayer, pass.pending.parts, clock, generation))) return false;
    }
    return true;
  }

  /**
   * Registers a pass's ranges in slices too: each one starts an intersection observation, and the
   * 6,000 ranges of a 100,000-node page took 75 ms in one task. Ranges reach the page only near
   * the viewport (see HighlightLayer), and the browser paints those as the observer reports them.
   */
  async #addInSlices(layer: HighlightLayer, ranges: readonly StaticRange[], clock: SliceClock, generation: number): Promise<boolean> {
    for (let i = 0; i < ranges.length; i++) {
      layer.add(ranges[i]!);
      if (i % 64 === 63 && clock.due()) {
        await yieldToMain(this.env.doc.defaultView ?? window);
        if (generation !== this.#generation) return false;
        clock.restart();
      }
    }
    return true;
  }

  /** The layers hold exactly the matches in the index (the end of a scan that replaced what was shown). */
  #showIndexOnly(): void {
    const terms: StaticRange[] = [];
    const guesses: StaticRange[] = [];
    for (const match of this.index.matches()) (match.guess ? guesses : terms).push(match.range);
    this.layer.replaceAll(terms);
    this.partsLayer.replaceAll(guesses);
  }

  /**
   * Rescans the blocks around changed nodes, and drops matches whose nodes left the page. With a
   * source that answers at once, everything is done on return; the promise says when the last
   * answer that came later is applied.
   */
  async rescan(changed: Iterable<Node>): Promise<void> {
    const answers: (boolean | Promise<boolean>)[] = [];
    this.#remove(this.index.detachedNodes());
    for (const block of outermostBlocks(changed)) {
      if (!block.isConnected) continue;
      if (isInSkippedSubtree(block, block.getRootNode(), this.options)) continue;
      // A web component added with its shadow content already there: the walk below starts
      // inside the block, so the block's own shadow root is picked up here.
      const ownRoot = (block as Element).shadowRoot;
      if (ownRoot) this.#foundShadowRoot(ownRoot, null);
      const runs = [...walkTextRuns(block, { ...this.options, onShadowRoot: (shadow) => this.#foundShadowRoot(shadow, null), onShadowless: this.#onShadowless })];
      if (runs.length === 0) {
        this.#forgetBlock(block);
        continue;
      }
      // The block's matches so far stay shown until its new ones are known (see #matchRuns).
      const answer = this.#matchRuns(runs, null, block);
      if (answer !== true) answers.push(answer);
    }
    await Promise.all(answers);
  }

  /**
   * Matches these roots again from scratch (the PDF reader's drawn pages, after a new glossary or
   * setting) and shows exactly the new matches in one step: clearing first left a frame without
   * any highlight, since ranges reach the page only when the viewport observer reports them.
   */
  async replaceFrom(roots: Iterable<Node>): Promise<void> {
    this.#forgetMatches();
    await this.rescan(roots);
    this.#showIndexOnly();
  }

  /** How many distinct terms the page shows (for the badge: no ordering needed). */
  termCount(): number {
    const entries = new Set<number>();
    for (const match of this.index.matches()) if (!match.guess) entries.add(match.entry);
    return entries.size;
  }

  /** Terms found, in order of first appearance in the document, with their counts. */
  foundTerms(): { entry: number; count: number; first: StaticRange }[] {
    const byEntry = new Map<number, { entry: number; count: number; first: StaticRange }>();
    const terms = [...this.index.matches()].filter((match) => !match.guess);
    // In document order, the first match of each entry is its first appearance, and the map keeps that order.
    for (const match of inDocumentOrder(terms, (found) => found.range)) {
      const found = byEntry.get(match.entry);
      if (found) found.count++;
      else byEntry.set(match.entry, { entry: match.entry, count: 1, first: match.range });
    }
    return [...byEntry.values()];
  }

  /** All matches of one entry, in document order. */
  occurrences(entry: number): PageMatch[] {
    return inDocumentOrder([...this.index.matches()].filter((match) => match.entry === entry), (match) => match.range);
  }

  /** Every match, word-parts guesses included, in document order (keyboard stepping). */
  ordered(): PageMatch[] {
    return inDocumentOrder(this.index.matches(), (match) => match.range);
  }

  /**
   * Matches several runs in one call; the ranges go to `pending` when given, else straight into
   * the highlight. A separator segment stands between runs: a sentence end and a non-space
   * character, so no term or phrase can join two blocks. True at once when the source answered at
   * once; else a promise of false when a newer scan made the answer useless.
   */
  #matchRuns(runs: readonly TextRun[], pending: Pending | null, rescanned: Node | null): boolean | Promise<boolean> {
    const block = joinRuns(runs);
    const answer = this.source.match(block.segments, { healthTopic: this.#topicTerms.size >= PAGE_TOPIC_MIN_TERMS });
    if (!(answer instanceof Promise)) {
      if (rescanned) this.#forgetBlock(rescanned);
      if (answer === STALE) return this.#staleAnswer(rescanned);
      this.#apply(block, answer, pending, false);
      return true;
    }
    const generation = this.#generation;
    const ticket = ++this.#nextTicket;
    if (rescanned) this.#rescanTickets.set(rescanned, ticket);
    return answer.then(
      (found) => {
        if (generation !== this.#generation) return false;
        if (rescanned && this.#rescanTickets.get(rescanned) !== ticket) return true;
        // A rescanned block swaps its old matches for the new ones in one task: removing them when
        // the question went out would blank its underlines for the whole round trip, on every
        // change of a page that never stops changing.
        if (rescanned) this.#forgetBlock(rescanned, block);
        if (found === STALE) return this.#staleAnswer(rescanned);
        // The page went on while the answer was on its way: only matches that still read the same
        // are applied; the rest is left to the rescan that the change brings.
        this.#apply(block, found, pending, true);
        return true;
      },
      // No answer (the extension was reloaded, the background failed): what the block showed stays.
      () => true,
    );
  }

  /**
   * An answer from another glossary: a full scan stops where it is and what the page shows stays
   * (replacing it with a half-empty index would make underlines vanish until the frame's rescan
   * for the new glossary); a rescanned block stays plain until that rescan.
   */
  #staleAnswer(rescanned: Node | null): boolean {
    return rescanned !== null;
  }

  /**
   * Takes out the matches on a block's text, and on the nodes `asked` about that have left the page
   * since (the rescan dropped the detached ones it found when it started; this covers the round trip).
   */
  #forgetBlock(block: Node, asked: Block | null = null): void {
    const gone = asked?.nodes.filter((node): node is Text => !!node && !node.isConnected && this.index.hasNode(node)) ?? [];
    this.#remove([...gone, ...textNodesIn(block).filter((node) => this.index.hasNode(node))]);
  }

  /** Puts a block's matches in the index and the highlight; `late`: the text may have changed since it was matched. */
  #apply(block: Block, found: BlockMatches, pending: Pending | null, late: boolean): void {
    const { nodes } = block;
    for (const entry of found.evidence) this.#topicTerms.add(entry);
    for (const match of found.terms) {
      const startContainer = nodes[match.start.segment];
      const endContainer = nodes[match.end.segment];
      if (!startContainer || !endContainer) continue;
      if (late && !stillReads(block, match.start, match.end)) continue;
      const densityKey = this.#densityKey(startContainer, String(match.entry), this.source.oncePerPage?.(match.entry, match.wordsLevel) ?? false);
      if (densityKey === null) continue;
      const range = new StaticRange({ startContainer, startOffset: match.start.offset, endContainer, endOffset: match.end.offset });
      const acrossNodes = match.end.segment > match.start.segment;
      this.index.add({ entry: match.entry, range, ...(acrossNodes ? { nodes: nodes.slice(match.start.segment, match.end.segment + 1) as Text[] } : {}), densityKey });
      if (pending) pending.terms.push(range);
      else this.layer.add(range);
    }
    // Word-parts guesses: density applies to them as it does to terms.
    for (const span of found.guesses) {
      const node = nodes[span.segment];
      if (!node) continue;
      if (late && !stillReads(block, { segment: span.segment, offset: span.start }, { segment: span.segment, offset: span.end })) continue;
      const densityKey = this.#densityKey(node, `parts:${span.word}`, false);
      if (densityKey === null) continue;
      const range = new StaticRange({ startContainer: node, startOffset: span.start, endContainer: node, endOffset: span.end });
      this.index.add({ entry: -1, guess: { word: span.word, ...span.guess }, range, densityKey });
      if (pending) pending.parts.push(range);
      else this.partsLayer.add(range);
    }
  }

  /**
   * Under 'first' and 'section' density, the key a match of `what` at `node` takes, or null when
   * that key is taken already (the match is not shown); undefined under 'every'. `oncePerPage`:
   * under 'section' too, the page's first occurrence only (see MatchSource.oncePerPage).
   */
  #densityKey(node: Node, what: string, oncePerPage: boolean): string | undefined | null {
    if (this.options.density === 'every') return undefined;
    // 'page', not a number: the text before the first heading is section 0, and one entry may take
    // both kinds of key (its jargon alias per section, its common term per page).
    const key = `${this.options.density === 'section' && !oncePerPage ? this.#sections.of(node) : 'page'} ${what}`;
    if (this.#highlightedEntries.has(key)) return null;
    this.#highlightedEntries.add(key);
    return key;
  }

  #remove(nodes: Iterable<Text>): void {
    for (const match of this.index.removeNodes(nodes)) {
      (match.guess ? this.partsLayer : this.layer).delete(match.range);
      // The term's first occurrence is gone: the next one a rescan meets may take its place.
      if (match.densityKey) this.#highlightedEntries.delete(match.densityKey);
    }
  }

  #onShadowless = (element: Element) => this.#shadowWatch.watch(element);

  #foundShadowRoot(root: ShadowRoot, queue: Node[] | null): void {
    const known = this.#shadowRoots.has(root);
    if (!known) {
      this.#shadowRoots.add(root);
      this.env.onShadowRoot?.(root);
    }
    if (queue) queue.push(root);
    else if (!known) this.rescan([root]);
  }

  /**
   * The element around the viewport's centre, to scan before everything else: climbed until it
   * covers the viewport, but never to something much taller (on a long article that would be
   * the whole article, and "first" would mean nothing).
   */
  #visibleContainer(): Element | null {
    const view = this.env.doc.defaultView;
    if (!view) return null;
    let element = this.env.doc.elementFromPoint(view.innerWidth / 2, view.innerHeight / 2);
    while (element?.parentElement && element.parentElement !== this.env.doc.body && element.getBoundingClientRect().height < view.innerHeight) {
      if (element.parentElement.getBoundingClientRect().height > 3 * view.innerHeight) break;
      element = element.parentElement;
    }
    return element && element !== this.env.doc.body && element !== this.env.doc.documentElement ? element : null;
  }
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
    // A shadow root (one just found) is its own block: it has no parent to climb to.
    if (node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) {
      blocks.add(node);
      continue;
    }
    let block: Node | null = node.nodeType === Node.ELEMENT_NODE && !isInline(node as Element) ? node : node.parentNode;
    while (block && block.nodeType === Node.ELEMENT_NODE && isInline(block as Element)) block = block.parentNode;
    if (block) blocks.add(block);
  }
  return [...blocks].filter((block) => {
    for (let ancestor = block.parentNode; ancestor; ancestor = ancestor.parentNode) if (blocks.has(ancestor)) return false;
    return true;
  });
}
