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

function layerWithObserver(): { layer: HighlightLayer; observer: FakeObserver } {
  const observer = { watched: [], unwatched: [] } as unknown as FakeObserver;
  const registry = new Map() as unknown as HighlightRegistry;
  const layer = new HighlightLayer(registry, (callback) => {
    observer.callback = callback;
    return {
      observe: (element: Element) => observer.watched.push(element),
      unobserve: (element: Element) => observer.unwatched.push(element),
      disconnect: () => undefined,
    } as unknown as IntersectionObserver;
  });
  return { layer, observer };
}

/** The document the fake blocks are in (the Firefox build also watches it for removed text). */
const PAGE = { nodeType: 9 };
const block = (id: number) => ({ tagName: 'P', parentElement: null, id, getRootNode: () => PAGE }) as unknown as Element;
const rangeIn = (element: Element) => {
  const text = { parentElement: element, isConnected: true };
  return { startContainer: text, endContainer: text } as unknown as StaticRange;
};

function intersecting(observer: FakeObserver, element: Element): void {
  const entry = { target: element, isIntersecting: true, boundingClientRect: { width: 100, height: 20 } };
  observer.callback([entry as unknown as IntersectionObserverEntry], {} as IntersectionObserver);
}

describe('HighlightLayer: watching the elements that hold ranges', () => {
  beforeEach(() => {
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
  });

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
