import { TERMLIGHT_UI_TAG } from './skip-rules';

export interface BatcherTiming {
  /** Wait this long after a change before rescanning, so bursts become one batch. */
  baseDelayMs: number;
  /** The longest wait the back-off reaches on a page that never stops changing. */
  maxDelayMs: number;
  /** After this long without changes the delay returns to its base. */
  quietResetMs: number;
}

export const DEFAULT_TIMING: BatcherTiming = { baseDelayMs: 120, maxDelayMs: 2_000, quietResetMs: 3_000 };

/**
 * Batches DOM changes into rescans of just the changed nodes. A page that mutates without
 * pause (a clock, a live feed) doubles the delay after every flush, up to maxDelayMs.
 */
export class MutationBatcher {
  #pending = new Set<Node>();
  #timer: number | undefined;
  #delay: number;
  #lastFlush = -Infinity;
  #observer: MutationObserver;

  constructor(
    private readonly win: Window,
    private readonly flush: (changed: Set<Node>) => void,
    private readonly timing: BatcherTiming = DEFAULT_TIMING,
  ) {
    this.#delay = timing.baseDelayMs;
    this.#observer = new MutationObserver((records) => this.#collect(records));
  }

  observe(root: Node): void {
    // `hidden` going away reveals text ("Read more", accordions); no other attribute changes text.
    this.#observer.observe(root, { childList: true, characterData: true, subtree: true, attributes: true, attributeFilter: ['hidden'] });
  }

  disconnect(): void {
    this.#observer.disconnect();
    if (this.#timer !== undefined) this.win.clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#pending.clear();
  }

  get currentDelayMs(): number {
    return this.#delay;
  }

  #collect(records: MutationRecord[]): void {
    for (const record of records) {
      if (isOwnUi(record.target)) continue;
      if (record.type === 'characterData') this.#pending.add(record.target);
      else if (record.type === 'attributes') this.#pending.add(record.target);
      else {
        for (const node of record.addedNodes) if (!isOwnUi(node)) this.#pending.add(node);
        // Removed nodes are gone; their block (the target) may still hold matches to redo.
        if (record.removedNodes.length > 0) this.#pending.add(record.target);
      }
    }
    if (this.#pending.size > 0 && this.#timer === undefined) this.#schedule();
  }

  #schedule(): void {
    const now = this.win.performance.now();
    if (now - this.#lastFlush > this.timing.quietResetMs) this.#delay = this.timing.baseDelayMs;
    this.#timer = this.win.setTimeout(() => {
      this.#timer = undefined;
      const changed = this.#pending;
      this.#pending = new Set();
      this.#lastFlush = this.win.performance.now();
      this.#delay = Math.min(this.timing.maxDelayMs, this.#delay * 2);
      this.flush(changed);
    }, this.#delay);
  }
}

function isOwnUi(node: Node): boolean {
  return node.nodeType === Node.ELEMENT_NODE && (node as Element).tagName.toUpperCase() === TERMLIGHT_UI_TAG;
}
