import { blockFlow, runIsNear, SiblingRuns, type AnchorPlace, type SiblingRun } from './sibling-runs';
import { isInline } from './skip-rules';

/** The "current term" marker used by keyboard navigation and the popup's scroll-to flash. */
export const FOCUS_HIGHLIGHT = 'termlight-focus';

/** How far beyond the viewport, in viewport heights, ranges are kept registered. */
const NEAR_MARGIN = '300% 0px';
/**
 * The same area stretched without end upward, and downward: an element is inside the first unless it
 * is below the area, inside the second unless it is above it. A run's anchors are watched by these
 * two (see sibling-runs.ts), so a jump that takes an anchor from below the area to above it, never
 * crossing it, is still reported.
 */
const NOT_BELOW_MARGIN = '1000000% 0px 300% 0px';
const NOT_ABOVE_MARGIN = '300% 0px 1000000% 0px';

/**
 * At most this many elements start being watched per frame. The browser works out where every
 * newly watched element is in the next frame, all at once: a scan of a 100,000-node page met
 * 6,000 blocks before the first frame, and that frame took 51-60 ms (17-29 ms of it the
 * observer), where the budget for any task is 50. In 20 scans of that page, frames of 50 ms or
 * more came in 17 with every block watched at once, 12 with 1,000 a frame and 7 with 250.
 */
const WATCH_PER_FRAME = 250;

/**
 * Firefox (140 to 153 at least) paints nothing of a highlight while one of its StaticRanges is in
 * a text node that has left the document, and once such a range is taken out, ranges that were
 * already there stay unpainted until the highlight is set in the registry again. Chromium paints
 * the others and skips the stale one. See HighlightLayer's Firefox notes.
 */
const STALE_RANGES_HIDE_HIGHLIGHT = import.meta.env.FIREFOX;

/** A run's head or tail: what the two side observers last said of it, and the runs it bounds. */
interface Anchor {
  notBelow: boolean | null;
  notAbove: boolean | null;
  runs: Set<SiblingRun>;
}

/**
 * Owns Termlight's entries in a document's highlight registry.
 *
 * Chromium rebuilds every highlight marker in a document after any DOM or style change, so
 * its cost grows with the number of registered ranges: with thousands, each hover card cost
 * 60 ms to paint. Only ranges near the viewport are registered; an IntersectionObserver on
 * the ranges' elements (which does not touch the DOM) adds and removes them as the reader
 * scrolls. Changing the appearance only re-registers the Highlight under another name. The blocks
 * of a long flat parent (an article's thousands of paragraphs) are watched a run at a time, through
 * two of their siblings (sibling-runs.ts): each watched element costs every frame a little.
 *
 * In Firefox, a range whose text node the page takes out (a clock replacing its text every 10 ms)
 * would blank the whole highlight until the next rescan, seconds later with the back-off. So there
 * a MutationObserver (tree changes only) takes such ranges out of the highlight in the same task as
 * the change, before anything is painted, and every change to the highlight is followed, once per
 * frame, by setting the registry entry again, which makes Firefox repaint the ranges that remain.
 */
export class HighlightLayer {
  readonly highlight = new Highlight();
  #name: string | null = null;
  #byElement = new Map<Element, Set<StaticRange>>();
  #elementOf = new Map<StaticRange, Element>();
  #near = new Set<Element>();
  /** A `display: contents` element → the ancestor with a box its ranges are watched through (see #rehome). */
  #homes = new WeakMap<Element, Element>();
  #observer: IntersectionObserver | null;
  /** Elements waiting for a frame in which to start being watched (see #watch). */
  #toWatch = new Set<Element>();
  #watchFrame = 0;
  /** Firefox only: watches the trees that hold tracked ranges for text nodes taken out. */
  #removals: MutationObserver | null = null;
  #watchedRoots = new WeakSet<Node>();
  #repaintFrame = 0;
  /** Elements whose last range was just taken out (see delete). */
  #emptied = new Set<Element>();
  readonly #runs: SiblingRuns;
  /** The run each grouped block belongs to (a block watched on its own has none). */
  #runOf = new Map<Element, SiblingRun>();
  /** Heads and tails of runs with members: where each was last seen, and the runs it anchors. */
  #anchors = new Map<Element, Anchor>();
  /** The two observers that tell on which side of the near area each anchor is. */
  readonly #sides: { notBelow: IntersectionObserver; notAbove: IntersectionObserver } | null;

  constructor(
    private readonly registry: HighlightRegistry,
    observerFactory: ((callback: IntersectionObserverCallback, rootMargin: string) => IntersectionObserver) | null = (callback, rootMargin) =>
      new IntersectionObserver(callback, { rootMargin }),
    isBlockFlow: (parent: Element) => boolean = blockFlow,
  ) {
    this.#observer = observerFactory?.((entries) => this.#onIntersect(entries), NEAR_MARGIN) ?? null;
    this.#sides = observerFactory
      ? {
          notBelow: observerFactory((entries) => this.#onSide(entries, 'notBelow'), NOT_BELOW_MARGIN),
          notAbove: observerFactory((entries) => this.#onSide(entries, 'notAbove'), NOT_ABOVE_MARGIN),
        }
      : null;
    this.#runs = new SiblingRuns(isBlockFlow);
  }

  /** True when the layer holds no range (shown or waiting to come near the viewport). */
  get isEmpty(): boolean {
    return this.#elementOf.size === 0 && this.highlight.size === 0;
  }

  show(name: string): void {
    if (this.#name === name) return;
    this.hide();
    this.registry.set(name, this.highlight);
    this.#name = name;
  }

  hide(): void {
    if (this.#name && this.registry.get(this.#name) === this.highlight) this.registry.delete(this.#name);
    this.#name = null;
  }

  add(range: StaticRange): void {
    const parent = range.startContainer.parentElement;
    if (!parent || !this.#observer) {
      this.#paint(range);
      return;
    }
    const element = watchedElementOf(parent);
    this.#track(range, this.#homes.get(element) ?? element);
  }

  /**
   * Holds exactly `ranges` from now on, changed in one step: elements already known to be near the
   * viewport stay known, so what is in view is painted in the same task. Clearing and adding would
   * leave the page without underlines until the observer's next callback, a frame or more later.
   */
  replaceAll(ranges: Iterable<StaticRange>): void {
    const previous = this.#byElement;
    this.highlight.clear();
    this.#byElement = new Map();
    this.#elementOf.clear();
    for (const range of ranges) this.add(range);
    for (const element of previous.keys()) {
      if (this.#byElement.has(element)) continue;
      this.#near.delete(element);
      this.#release(element);
    }
  }

  /**
   * Starts watching an element from the next frame on, at most WATCH_PER_FRAME a frame. A frame
   * callback runs before that frame works out intersections, so the first elements are answered
   * in the same frame as if they had been observed at once; the rest follow over the next frames
   * (6,000 blocks take 24 frames, about 0.4 s). A scan meets the visible part first, so what is in
   * view is among the first.
   */
  #watch(element: Element): void {
    if (!this.#observer) return;
    this.#toWatch.add(element);
    if (!this.#watchFrame) this.#watchFrame = requestAnimationFrame(() => this.#watchWaiting());
  }

  #unwatch(element: Element): void {
    if (!this.#toWatch.delete(element)) this.#observer?.unobserve(element);
  }

  #watchWaiting(): void {
    this.#watchFrame = 0;
    let started = 0;
    for (const element of this.#toWatch) {
      if (started++ === WATCH_PER_FRAME) {
        this.#watchFrame = requestAnimationFrame(() => this.#watchWaiting());
        return;
      }
      this.#toWatch.delete(element);
      this.#observer?.observe(element);
    }
  }

  /** Puts a range in the highlight (in Firefox, not one whose text already left the page). */
  #paint(range: StaticRange): void {
    if (STALE_RANGES_HIDE_HIGHLIGHT) {
      if (!range.startContainer.isConnected || !range.endContainer.isConnected) return;
      this.#repaintSoon();
    }
    this.highlight.add(range);
  }

  #unpaint(range: StaticRange): void {
    if (this.highlight.delete(range) && STALE_RANGES_HIDE_HIGHLIGHT) this.#repaintSoon();
  }

  /** Firefox: sets the registry entry again before the next paint, once however many changes came. */
  #repaintSoon(): void {
    if (this.#repaintFrame || !this.#name) return;
    this.#repaintFrame = requestAnimationFrame(() => {
      this.#repaintFrame = 0;
      if (this.#name && this.registry.get(this.#name) === this.highlight) this.registry.set(this.#name, this.highlight);
    });
  }

  /** Firefox: observes the tree (document or shadow root) an element is in, once per tree. */
  #watchRemovals(element: Element): void {
    const root = element.getRootNode();
    if (this.#watchedRoots.has(root) || (root.nodeType !== Node.DOCUMENT_NODE && root.nodeType !== Node.DOCUMENT_FRAGMENT_NODE)) return;
    this.#watchedRoots.add(root);
    this.#removals ??= new MutationObserver((records) => this.#onRemovals(records));
    this.#removals.observe(root, { childList: true, subtree: true });
  }

  /**
   * Takes out of the highlight the ranges whose text nodes were just removed: those of the parent a
   * text node left, and those under an element taken out. The cost follows the page's own changes.
   */
  #onRemovals(records: MutationRecord[]): void {
    for (const record of records) {
      if (record.removedNodes.length === 0) continue;
      for (const node of record.removedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE && !node.isConnected) this.#unpaintUnder(node as Element);
      }
      // Text (or an inline element holding some) left the block whose ranges are watched together.
      if (record.target.nodeType === Node.ELEMENT_NODE) this.#unpaintDetached(watchedElementOf(record.target as Element));
    }
  }

  #unpaintUnder(removed: Element): void {
    if (this.#byElement.size === 0) return;
    this.#unpaintDetached(removed);
    const walker = removed.ownerDocument.createTreeWalker(removed, NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) this.#unpaintDetached(node);
  }

  #unpaintDetached(node: Node): void {
    // Text that left a `display: contents` element had its ranges watched through an ancestor.
    const element = this.#homes.get(node as Element) ?? (node as Element);
    const ranges = this.#byElement.get(element);
    if (!ranges || !this.#near.has(element)) return;
    for (const range of ranges) if (!range.startContainer.isConnected || !range.endContainer.isConnected) this.#unpaint(range);
  }

  #track(range: StaticRange, element: Element): void {
    let ranges = this.#byElement.get(element);
    if (!ranges) {
      this.#byElement.set(element, (ranges = new Set()));
      this.#watchBlock(element);
      if (STALE_RANGES_HIDE_HIGHLIGHT) this.#watchRemovals(element);
    }
    ranges.add(range);
    this.#elementOf.set(range, element);
    if (this.#near.has(element)) this.#paint(range);
  }

  /**
   * An element with `display: contents` has no box, so it never intersects anything: its ranges
   * are watched through the nearest ancestor that has one. Only boxless elements pay for the style read.
   */
  #rehome(element: Element): boolean {
    const view = element.ownerDocument.defaultView;
    if (!view || view.getComputedStyle(element).display !== 'contents') return false;
    let parent = element.parentElement;
    while (parent && view.getComputedStyle(parent).display === 'contents') parent = parent.parentElement;
    const ranges = this.#byElement.get(element);
    if (!parent || !ranges) return false;
    this.#byElement.delete(element);
    this.#unwatch(element);
    this.#homes.set(element, parent);
    for (const range of ranges) this.#track(range, parent);
    return true;
  }

  /**
   * Takes a range out. An element left without ranges is forgotten only after the current task's
   * other work: a rescan takes a block's ranges out and puts the new ones in, in one task, and an
   * element forgotten in between would have its new ranges wait a frame for the observer to say
   * again that it is in view (the underlines would blink).
   */
  delete(range: StaticRange): void {
    this.#unpaint(range);
    const element = this.#elementOf.get(range);
    if (!element) return;
    this.#elementOf.delete(range);
    const ranges = this.#byElement.get(element);
    ranges?.delete(range);
    if (ranges && ranges.size === 0) {
      if (this.#emptied.size === 0) queueMicrotask(() => this.#forgetEmptied());
      this.#emptied.add(element);
    }
  }

  #forgetEmptied(): void {
    for (const element of this.#emptied) {
      if (this.#byElement.get(element)?.size !== 0) continue;
      this.#byElement.delete(element);
      this.#near.delete(element);
      this.#release(element);
    }
    this.#emptied.clear();
  }

  clear(): void {
    this.highlight.clear();
    this.#byElement.clear();
    this.#elementOf.clear();
    this.#near.clear();
    this.#homes = new WeakMap();
    this.#runOf.clear();
    this.#anchors.clear();
    this.#sides?.notBelow.disconnect();
    this.#sides?.notAbove.disconnect();
    this.#observer?.disconnect();
    this.#toWatch.clear();
    cancelAnimationFrame(this.#watchFrame);
    this.#watchFrame = 0;
    this.#removals?.disconnect();
    this.#watchedRoots = new WeakSet();
  }

  #onIntersect(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      // A run's member (watched on its own before its parent grew long) is placed by its run.
      if (this.#runOf.has(entry.target)) continue;
      const ranges = this.#byElement.get(entry.target);
      if (!ranges) continue;
      const box = entry.boundingClientRect;
      if (!entry.isIntersecting && box.width === 0 && box.height === 0 && this.#rehome(entry.target)) continue;
      this.#place(entry.target, ranges, entry.isIntersecting);
    }
  }

  /** An element came near the viewport (its ranges are painted) or went far (they are taken out). */
  #place(element: Element, ranges: Iterable<StaticRange>, near: boolean): void {
    if (near) this.#near.add(element);
    else this.#near.delete(element);
    for (const range of ranges) {
      if (near) this.#paint(range);
      else this.#unpaint(range);
    }
  }

  #onSide(entries: IntersectionObserverEntry[], side: 'notBelow' | 'notAbove'): void {
    const moved = new Set<SiblingRun>();
    for (const entry of entries) {
      const anchor = this.#anchors.get(entry.target);
      if (!anchor) continue;
      anchor[side] = entry.isIntersecting;
      for (const run of anchor.runs) moved.add(run);
    }
    for (const run of moved) this.#placeRun(run);
  }

  /** Starts watching a block that just got its first range: through its run, or on its own. */
  #watchBlock(element: Element): void {
    // Taken in again (replaceAll): it stays in the run it had, even if its parent's runs were made anew since.
    const had = this.#runOf.get(element);
    if (had) {
      if (had.near) this.#near.add(element);
      return;
    }
    const run = this.#sides ? this.#runs.runOf(element) : null;
    if (!run) {
      this.#watch(element);
      return;
    }
    this.#runOf.set(element, run);
    run.members.add(element);
    if (run.members.size === 1) {
      this.#anchor(run.head, run);
      this.#anchor(run.tail, run);
      // Anchors shared with a neighbouring run may be placed already, and no new report would come.
      this.#placeRun(run);
    }
    if (run.near) this.#near.add(element);
  }

  /** Stops watching a block left without ranges (its run's anchors go with the run's last member). */
  #release(element: Element): void {
    const run = this.#runOf.get(element);
    if (!run) {
      this.#unwatch(element);
      return;
    }
    this.#runOf.delete(element);
    run.members.delete(element);
    if (run.members.size > 0) return;
    run.near = false;
    this.#unanchor(run.head, run);
    this.#unanchor(run.tail, run);
  }

  #anchor(element: Element, run: SiblingRun): void {
    let anchor = this.#anchors.get(element);
    if (!anchor) {
      this.#anchors.set(element, (anchor = { notBelow: null, notAbove: null, runs: new Set() }));
      this.#sides?.notBelow.observe(element);
      this.#sides?.notAbove.observe(element);
    }
    anchor.runs.add(run);
  }

  #unanchor(element: Element, run: SiblingRun): void {
    const anchor = this.#anchors.get(element);
    if (!anchor) return;
    anchor.runs.delete(run);
    if (anchor.runs.size > 0) return;
    this.#anchors.delete(element);
    this.#sides?.notBelow.unobserve(element);
    this.#sides?.notAbove.unobserve(element);
  }

  /** Paints or takes out a run's ranges after one of its anchors moved. */
  #placeRun(run: SiblingRun): void {
    const near = runIsNear(placeOfAnchor(this.#anchors.get(run.head)), placeOfAnchor(this.#anchors.get(run.tail)));
    if (near === run.near) return;
    run.near = near;
    for (const member of run.members) this.#place(member, this.#byElement.get(member) ?? [], near);
  }
}

/**
 * The element whose box stands for a range's place on screen: the nearest ancestor that is not an
 * inline element (a, b, span…). Ranges are watched per block, not per inline element: every
 * watched element costs the browser a little in every frame that lays the page out (15 ms a frame
 * for the 6,000 elements of a 100,000-node page), and a paragraph's links and bold words add
 * nothing its own box doesn't tell.
 */
function watchedElementOf(element: Element): Element {
  let current = element;
  while (isInline(current) && current.parentElement) current = current.parentElement;
  return current;
}

/** Where the side observers put an anchor; 'unknown' when neither holds it (no box, or off to one side). */
function placeOfAnchor(anchor: Anchor | undefined): AnchorPlace {
  if (!anchor || anchor.notBelow === null || anchor.notAbove === null) return 'pending';
  if (anchor.notBelow && anchor.notAbove) return 'in';
  if (anchor.notBelow) return 'above';
  if (anchor.notAbove) return 'below';
  return 'unknown';
}
