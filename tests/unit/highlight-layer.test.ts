import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HighlightLayer } from '../../entrypoints/content/highlights';

/**
 * The highlight layer's watching of elements, driven with small fakes (no DOM here): a Highlight
 * that is a Set, frames that run when the test says so, and an IntersectionObserver that records
 * what it is asked to watch.
 */

class FakeHighlight extends Set<StaticRange> {}

let frames: (FrameRequestCallback | null)[] = [];

function runFrame(): void {
  const due = frames;
  frames = [];
  for (const callback of due) callback?.(0);
}

interface FakeObserver {
  watched: Element[];
  unwatched: Element[];
  callback: IntersectionObserverCallback;
}

interface Observers {
  /** The observer of blocks watched on their own (the area around the viewport). */
  observer: FakeObserver;
  /** The two that watch runs' anchors: the area stretched upward (not below it) and downward (not above it). */
  notBelow: FakeObserver;
  notAbove: FakeObserver;
}

function layerWithObserver(): { layer: HighlightLayer } & Observers {
  const made: FakeObserver[] = [];
  const registry = new Map() as unknown as HighlightRegistry;
  const layer = new HighlightLayer(
    registry,
    (callback) => {
      const observer = { watched: [], unwatched: [], callback } as FakeObserver;
      made.push(observer);
      return {
        observe: (element: Element) => observer.watched.push(element),
        unobserve: (element: Element) => observer.unwatched.push(element),
        disconnect: () => undefined,
      } as unknown as IntersectionObserver;
    },
    // Every parent of these tests lays its children out one below the other.
    () => true,
  );
  const [observer, notBelow, notAbove] = made as [FakeObserver, FakeObserver, FakeObserver];
  return { layer, observer, notBelow, notAbove };
}

/** The document the fake blocks are in (the Firefox build also watches it for removed text). */
const PAGE = { nodeType: 9 };
const block = (id: number) => ({ tagName: 'P', parentElement: null, id, getRootNode: () => PAGE }) as unknown as Element;
const rangeIn = (element: Element) => {
  const text = { parentElement: element, isConnected: true };
  return { startContainer: text, endContainer: text } as unknown as StaticRange;
};

/** A parent holding `count` paragraphs, as a long article does. */
function article(count: number): Element[] {
  const parent = { tagName: 'ARTICLE', parentElement: null, children: [] as Element[] };
  for (let i = 0; i < count; i++) parent.children.push({ tagName: 'P', parentElement: parent, id: i, getRootNode: () => PAGE } as unknown as Element);
  return parent.children;
}

/** The side observers' reports on anchors: in the area around the viewport, above it, below it, or without a box (in neither). */
function report(observers: Observers, places: [Element, 'in' | 'above' | 'below' | 'boxless'][]): void {
  const say = (observer: FakeObserver, holds: (place: string) => boolean) =>
    observer.callback(places.map(([target, place]) => ({ target, isIntersecting: holds(place) })) as unknown as IntersectionObserverEntry[], {} as IntersectionObserver);
  say(observers.notBelow, (place) => place === 'in' || place === 'above');
  say(observers.notAbove, (place) => place === 'in' || place === 'below');
}

function intersecting(observer: FakeObserver, element: Element): void {
  const entry = { target: element, isIntersecting: true, boundingClientRect: { width: 100, height: 20 } };
  observer.callback([entry as unknown as IntersectionObserverEntry], {} as IntersectionObserver);
}

/** The page globals the layer uses, as fakes: frames run when a test says so. */
function stubPage(): void {
  frames = [];
  vi.stubGlobal('Highlight', FakeHighlight);
  vi.stubGlobal('Node', { ELEMENT_NODE: 1, DOCUMENT_NODE: 9, DOCUMENT_FRAGMENT_NODE: 11 });
  vi.stubGlobal('MutationObserver', class {
    observe(): void {}
    disconnect(): void {}
  });
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  vi.stubGlobal('cancelAnimationFrame', (id: number) => {
    if (id > 0) frames[id - 1] = null;
  });
}

describe('HighlightLayer: watching the elements that hold ranges', () => {
  beforeEach(stubPage);
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('starts watching at most 250 new elements a frame, in page order', () => {
    const { layer, observer } = layerWithObserver();
    const blocks = Array.from({ length: 2_500 }, (_, i) => block(i));
    for (const element of blocks) layer.add(rangeIn(element));

    expect(observer.watched).toHaveLength(0);
    runFrame();
    expect(observer.watched).toEqual(blocks.slice(0, 250));
    for (let frame = 2; frame <= 10; frame++) runFrame();
    expect(observer.watched).toEqual(blocks);
    expect(frames).toHaveLength(0);
  });

  it('paints a range once its element is reported near the viewport', () => {
    const { layer, observer } = layerWithObserver();
    const element = block(1);
    const range = rangeIn(element);
    layer.add(range);
    runFrame();
    expect(layer.highlight.has(range)).toBe(false);

    intersecting(observer, element);
    expect(layer.highlight.has(range)).toBe(true);
  });

  it('never watches an element whose ranges were taken out before its frame came', async () => {
    const { layer, observer } = layerWithObserver();
    const gone = block(1);
    const kept = block(2);
    const goneRange = rangeIn(gone);
    layer.add(goneRange);
    layer.add(rangeIn(kept));
    layer.delete(goneRange);
    // An emptied element is forgotten after the current task's other work (a microtask).
    await Promise.resolve();

    runFrame();
    expect(observer.watched).toEqual([kept]);
    expect(observer.unwatched).toEqual([]);
    expect(layer.isEmpty).toBe(false);
  });

  it('forgets the elements still waiting for a frame when cleared', () => {
    const { layer, observer } = layerWithObserver();
    for (let i = 0; i < 1_500; i++) layer.add(rangeIn(block(i)));
    runFrame();
    layer.clear();
    runFrame();

    expect(observer.watched).toHaveLength(250);
    expect(layer.isEmpty).toBe(true);
  });
});

describe('HighlightLayer: the paragraphs of a long article, watched a run at a time', () => {
  beforeEach(stubPage);
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('watches the first paragraph of every run of 16 and the last one, not each paragraph', () => {
    const { layer, ...observers } = layerWithObserver();
    const paragraphs = article(100);
    for (const paragraph of paragraphs) layer.add(rangeIn(paragraph));
    runFrame();

    const anchors = new Set([0, 16, 32, 48, 64, 80, 96, 99].map((i) => paragraphs[i]));
    expect(new Set(observers.notBelow.watched)).toEqual(anchors);
    expect(new Set(observers.notAbove.watched)).toEqual(anchors);
    expect(observers.observer.watched).toEqual([]);
  });

  it('watches each paragraph of a short parent on its own, as before', () => {
    const { layer, ...observers } = layerWithObserver();
    const paragraphs = article(20);
    for (const paragraph of paragraphs) layer.add(rangeIn(paragraph));
    runFrame();

    expect(observers.observer.watched).toEqual(paragraphs);
    expect(observers.notBelow.watched).toEqual([]);
  });

  it("paints a run's ranges while its head or its tail is near, or the viewport lies between them", () => {
    const { layer, ...observers } = layerWithObserver();
    const paragraphs = article(64);
    const ranges = paragraphs.map((paragraph) => rangeIn(paragraph));
    for (const range of ranges) layer.add(range);
    runFrame();
    const painted = () => ranges.map((range, i) => (layer.highlight.has(range) ? i : -1)).filter((i) => i >= 0);

    // Paragraph 16 heads the second run and ends the first; 32 ends the second.
    report(observers, [[paragraphs[0]!, 'above'], [paragraphs[16]!, 'in'], [paragraphs[32]!, 'below'], [paragraphs[48]!, 'below'], [paragraphs[63]!, 'below']]);
    expect(painted()).toEqual(Array.from({ length: 32 }, (_, i) => i));

    // Scrolled on: the second run's head has gone above, its tail below: the viewport is inside the run.
    report(observers, [[paragraphs[16]!, 'above']]);
    expect(painted()).toEqual(Array.from({ length: 16 }, (_, i) => 16 + i));

    // Further on: the whole second run is above, the third one's head is near.
    report(observers, [[paragraphs[32]!, 'in']]);
    expect(painted()).toEqual(Array.from({ length: 32 }, (_, i) => 16 + i));
    report(observers, [[paragraphs[32]!, 'above'], [paragraphs[48]!, 'above']]);
    expect(painted()).toEqual(Array.from({ length: 16 }, (_, i) => 48 + i));
  });

  it('follows a jump that takes a run from below the area to above it without crossing it', () => {
    const { layer, ...observers } = layerWithObserver();
    const paragraphs = article(40);
    const range = rangeIn(paragraphs[20]!);
    layer.add(range);
    runFrame();
    report(observers, [[paragraphs[16]!, 'below'], [paragraphs[32]!, 'below']]);
    expect(layer.highlight.has(range)).toBe(false);

    // Scrolled far down at once: the run lies wholly above now, and the viewport never met it.
    report(observers, [[paragraphs[16]!, 'above'], [paragraphs[32]!, 'above']]);
    expect(layer.highlight.has(range)).toBe(false);
    // Back to its middle: its head above the area, its tail below.
    report(observers, [[paragraphs[32]!, 'below']]);
    expect(layer.highlight.has(range)).toBe(true);
  });

  it('counts a run as near when the observer cannot place one of its ends', () => {
    const { layer, ...observers } = layerWithObserver();
    const paragraphs = article(40);
    const range = rangeIn(paragraphs[5]!);
    layer.add(range);
    runFrame();
    report(observers, [[paragraphs[0]!, 'boxless'], [paragraphs[16]!, 'below']]);

    expect(layer.highlight.has(range)).toBe(true);
  });

  it('paints at once a paragraph that gets a range in a run already near', () => {
    const { layer, ...observers } = layerWithObserver();
    const paragraphs = article(40);
    layer.add(rangeIn(paragraphs[3]!));
    runFrame();
    report(observers, [[paragraphs[0]!, 'in'], [paragraphs[16]!, 'below']]);

    const later = rangeIn(paragraphs[9]!);
    layer.add(later);
    expect(layer.highlight.has(later)).toBe(true);
  });

  it('places a run at once when both its ends are already placed for its neighbours', () => {
    const { layer, ...observers } = layerWithObserver();
    const paragraphs = article(64);
    layer.add(rangeIn(paragraphs[2]!));
    layer.add(rangeIn(paragraphs[40]!));
    runFrame();
    report(observers, [[paragraphs[0]!, 'above'], [paragraphs[16]!, 'in'], [paragraphs[32]!, 'in'], [paragraphs[48]!, 'below']]);

    // The second run (16 to 31) ends on paragraphs the first and third runs are watched through.
    const between = rangeIn(paragraphs[20]!);
    layer.add(between);
    expect(layer.highlight.has(between)).toBe(true);
  });

  it("stops watching a run's ends when its last paragraph loses its ranges", async () => {
    const { layer, ...observers } = layerWithObserver();
    const paragraphs = article(64);
    const ranges = [rangeIn(paragraphs[20]!), rangeIn(paragraphs[40]!)];
    for (const range of ranges) layer.add(range);
    runFrame();
    report(observers, [[paragraphs[16]!, 'in'], [paragraphs[32]!, 'in'], [paragraphs[48]!, 'below']]);

    layer.delete(ranges[0]!);
    await Promise.resolve();
    // Paragraph 32 stays watched: it heads the third run, which still has a range.
    expect(observers.notBelow.unwatched).toEqual([paragraphs[16]]);
    layer.delete(ranges[1]!);
    await Promise.resolve();
    expect(new Set(observers.notBelow.unwatched)).toEqual(new Set([paragraphs[16], paragraphs[32], paragraphs[48]]));
    expect(new Set(observers.notAbove.unwatched)).toEqual(new Set([paragraphs[16], paragraphs[32], paragraphs[48]]));
    expect(layer.isEmpty).toBe(true);
  });
});
