import type { PageMatch } from './match-index';

/**
 * Walks the page's matches in document order for keyboard users: next and previous wrap
 * around, and a match that left the page is skipped rather than shown.
 */
export class TermStepper {
  #current: PageMatch | null = null;

  constructor(private readonly ordered: () => PageMatch[]) {}

  get current(): PageMatch | null {
    return this.#current;
  }

  /**
   * The next or previous match. With `wrap` false, stepping past either end returns null and
   * starts over, so the caller can move on to another frame and come back to the start later.
   */
  step(direction: 1 | -1, wrap = true): PageMatch | null {
    const matches = this.ordered().filter((match) => match.range.startContainer.isConnected);
    if (matches.length === 0) return (this.#current = null);
    const at = this.#current ? matches.indexOf(this.#current) : -1;
    if (at < 0) return (this.#current = matches[direction === 1 ? 0 : matches.length - 1]!);
    const next = at + direction;
    if (next < 0 || next >= matches.length) {
      if (!wrap) return (this.#current = null);
      return (this.#current = matches[(next + matches.length) % matches.length]!);
    }
    return (this.#current = matches[next]!);
  }

  reset(): void {
    this.#current = null;
  }
}
