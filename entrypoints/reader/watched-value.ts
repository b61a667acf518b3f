/**
 * A stored value read once and then kept current by watching it. The reader starts reading its
 * settings and the compiled glossary as soon as its engine's code loads, while the PDF downloads
 * and PDF.js parses it: read only once the document was open, the glossary (several MB through
 * chrome.storage, then parsed a table per task) was the last thing the first highlight waited for.
 */
export class WatchedValue<T> {
  #latest: Promise<T>;
  #listeners = new Set<(value: T) => void>();

  /** `watch` reports each change; it starts at once, so no change made after `read` began is missed. */
  constructor(read: () => Promise<T>, watch: (onChange: (value: T) => void) => unknown) {
    this.#latest = read();
    watch((value) => {
      this.#latest = Promise.resolve(value);
      for (const listener of [...this.#listeners]) listener(value);
    });
  }

  /**
   * The newest value. A change that arrives while the first read is still under way wins over it.
   * Changes come in tasks of their own, so a listener added right after this resolves misses none.
   */
  async current(): Promise<T> {
    for (;;) {
      const pending = this.#latest;
      const value = await pending;
      if (pending === this.#latest) return value;
    }
  }

  /** Calls `listener` with every later change; returns what stops it. */
  onChange(listener: (value: T) => void): () => void {
    this.#listeners.add(listener);
    return () => void this.#listeners.delete(listener);
  }
}
