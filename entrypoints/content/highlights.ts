import type { Settings } from '../../utils/settings-schema';

/** The CSS.highlights name for an appearance; content.css has one rule set per name. */
export function highlightName(settings: Pick<Settings, 'style' | 'color'>): string {
  return `termlight-${settings.style}-${settings.color}`;
}

/** The "current term" marker used by keyboard navigation and the popup's scroll-to flash. */
export const FOCUS_HIGHLIGHT = 'termlight-focus';

/** How far beyond the viewport, in viewport heights, ranges are kept registered. */
const NEAR_MARGIN = '300% 0px';

/**
 * Owns Termlight's entries in a document's highlight registry.
 *
 * Chromium rebuilds every highlight marker in a document after any DOM or style change, so
 * its cost grows with the number of registered ranges: with thousands, each hover card cost
 * 60 ms to paint. Only ranges near the viewport are registered; an IntersectionObserver on
 * the ranges' elements (which does not touch the DOM) adds and removes them as the reader
 * scrolls. Changing the appearance only re-registers the Highlight under another name.
 */
export class HighlightLayer {
  readonly highlight = new Highlight();
  #name: string | null = null;
  #byElement = new Map<Element, Set<StaticRange>>();
  #elementOf = new Map<StaticRange, Element>();
  #near = new Set<Element>();
  #observer: IntersectionObserver | null;

  constructor(
    private readonly registry: HighlightRegistry,
    observerFactory: ((callback: IntersectionObserverCallback) => IntersectionObserver) | null = (callback) =>
      new IntersectionObserver(callback, { rootMargin: NEAR_MARGIN }),
  ) {
    this.#observer = observerFactory?.((entries) => this.#onIntersect(entries)) ?? null;
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
    const element = range.startContainer.parentElement;
    if (!element || !this.#observer) {
      this.highlight.add(range);
      return;
    }
    this.#track(range, element);
  }

  #track(range: StaticRange, element: Element): void {
    let ranges = this.#byElement.get(element);
    if (!ranges) {
      this.#byElement.set(element, (ranges = new Set()));
      this.#observer?.observe(element);
    }
    ranges.add(range);
    this.#elementOf.set(range, element);
    if (this.#near.has(element)) this.highlight.add(range);
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
    this.#observer?.unobserve(element);
    for (const range of ranges) this.#track(range, parent);
    return true;
  }

  delete(range: StaticRange): void {
    this.highlight.delete(range);
    const element = this.#elementOf.get(range);
    if (!element) return;
    this.#elementOf.delete(range);
    const ranges = this.#byElement.get(element);
    ranges?.delete(range);
    if (ranges && ranges.size === 0) {
      this.#byElement.delete(element);
      this.#near.delete(element);
      this.#observer?.unobserve(element);
    }
  }

  clear(): void {
    this.highlight.clear();
    this.#byElement.clear();
    this.#elementOf.clear();
    this.#near.clear();
    this.#observer?.disconnect();
  }

  #onIntersect(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const ranges = this.#byElement.get(entry.target);
      if (!ranges) continue;
      const box = entry.boundingClientRect;
      if (!entry.isIntersecting && box.width === 0 && box.height === 0 && this.#rehome(entry.target)) continue;
      if (entry.isIntersecting) {
        this.#near.add(entry.target);
        for (const range of ranges) this.highlight.add(range);
      } else {
        this.#near.delete(entry.target);
        for (const range of ranges) this.highlight.delete(range);
      }
    }
  }
}
