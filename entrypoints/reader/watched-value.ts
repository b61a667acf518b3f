/**
 * A stored value read once and then kept current by watching it. The reader starts reading its
 * settings and the compiled glossary as soon as its engine's code loads, while the PDF downloads
 * and PDF.js parses it: read only once the document was open, the glossary (several MB through
 * chrome.storage, then parsed a table per task) was the last thing the first highlight waited for.
 */
export class WatchedValue<T> {
  #latest: Promise<T>;
  /** The read `#latest` holds failed, and no change has come since: the next caller reads again. */
  #failed = false;
  #listeners = new Set<(value: T) => void>();

  /** `watch` reports each change; it starts at once, so no change made after `read` began is missed. */
  constructor(
    private readonly read: () => Promise<T>,
    watch: (onChange: (value: T) => void) => unknown,
  ) {
    this.#latest = this.#startRead();
    watch((value) => {
      this.#latest = Promise.resolve(value);
      this.#failed = false;
      for (const listener of [...this.#listeners]) listener(value);
    });
  }

  /**
   * The newest value. A change that arrives while the first read is still under way wins over it.
   * Changes come in tasks of their own, so a listener added right after this resolves misses none.
   * A read that failed fails the callers waiting for it; the next caller reads again, so one bad
   * moment of the storage (an extension update, say) does not stay with the page until it reloads.
   */
  async current(): Promise<T> {
    if (this.#failed) {
      this.#failed = false;
      this.#latest = this.#startRead();
    }
    for (;;) {
      const pending = this.#latest;
      // A change that came while the read failed is the answer, as it is when the read succeeds.
      const value = await pending.catch((error: unknown) => {
        if (pending === this.#latest) throw error;
        return undefined;
      });
      if (pending === this.#latest) return value as T;
    }
  }

  #startRead(): Promise<T> {
    const reading = this.read();
    // Also marks the rejection as handled when nobody has asked yet.
    reading.catch(() => {
      if (this.#latest === reading) this.#failed = true;
    });
    return reading;
  }

  /** Calls `listener` with every later change; returns what stops it. */
  onChange(listener: (value: T) => void): () => void {
    this.#listeners.add(listener);
    return () => void this.#listeners.delete(listener);
  }
}
