/**
 * Custom elements that had no shadow root when scanned may attach one later, and nothing in the
 * DOM reports that (attachShadow fires no mutation). They are few, so they are simply looked at
 * again now and then: every 250 ms at first, backing off to every 8 s, and not at all once none
 * is left waiting. Each look is one property read per element.
 */
const FIRST_DELAY_MS = 250;
const MAX_DELAY_MS = 8_000;
/** Beyond this many waiting elements the oldest are dropped: a page of thousands is not watched. */
const MAX_WATCHED = 500;

export class ShadowWatch {
  #waiting = new Set<Element>();
  #timer: number | undefined;
  #delay = FIRST_DELAY_MS;

  constructor(
    private readonly win: Window,
    private readonly found: (root: ShadowRoot) => void,
  ) {}

  /** A custom element met without a shadow root. */
  watch(element: Element): void {
    if (this.#waiting.has(element)) return;
    if (this.#waiting.size >= MAX_WATCHED) this.#waiting.delete(this.#waiting.values().next().value!);
    this.#waiting.add(element);
    this.#delay = FIRST_DELAY_MS;
    if (this.#timer === undefined) this.#schedule();
  }

  stop(): void {
    if (this.#timer !== undefined) this.win.clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#waiting.clear();
  }

  #schedule(): void {
    this.#timer = this.win.setTimeout(() => {
      this.#timer = undefined;
      for (const element of this.#waiting) {
        if (!element.isConnected) this.#waiting.delete(element);
        else if (element.shadowRoot) {
          this.#waiting.delete(element);
          this.found(element.shadowRoot);
        }
      }
      this.#delay = Math.min(MAX_DELAY_MS, this.#delay * 2);
      if (this.#waiting.size > 0) this.#schedule();
    }, this.#delay);
  }
}
