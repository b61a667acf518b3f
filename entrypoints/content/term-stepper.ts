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

  step(direction: 1 | -1): PageMatch | null {
    const matches = this.ordered().filter((match) => match.range.startContainer.isConnected);
    if (matches.length === 0) return (this.#current = null);
    const at = this.#current ? matches.indexOf(this.#current) : -1;
    const next = at < 0 ? (direction === 1 ? 0 : matches.length - 1) : (at + direction + matches.length) % matches.length;
    return (this.#current = matches[next]!);
  }

  reset(): void {
    this.#current = null;
  }
}
