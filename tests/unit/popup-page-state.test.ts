import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { followPageState, type PageState } from '../../entrypoints/popup/popup-data';

/**
 * A popup opened while its page is still loading asks before the content script listens: it must
 * not call the page off limits for good, but ask again a few times and show the terms once the
 * content script answers.
 */
const unsupported = (tabId: number | null): PageState => ({ kind: 'unsupported', tabId });
const ready = (tabId: number): PageState => ({ kind: 'ready', tabId, host: 'example.org', active: true, terms: [] });

describe('the popup follows the page state', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** A page whose content script answers from the `answersFrom`-th ask on (counting from 0). */
  function page(answersFrom: number) {
    const asked: number[] = [];
    const load = (tabId: number | null) => {
      asked.push(Date.now());
      return Promise.resolve(tabId !== null && asked.length > answersFrom ? ready(tabId) : unsupported(tabId));
    };
    return { asked, load };
  }

  it('asks again while the page is loading, and shows the terms once the content script answers', async () => {
    const { asked, load } = page(2);
    const states: PageState[] = [];
    followPageState(7, (state) => states.push(state), load, [250, 500, 1000]);
    await vi.runAllTimersAsync();
    expect(states.map((state) => state.kind)).toEqual(['unsupported', 'unsupported', 'ready']);
    expect(asked).toHaveLength(3);
    expect(asked[2]! - asked[0]!).toBe(750);
  });

  it('gives up after the last wait on a page no content script runs in', async () => {
    const { asked, load } = page(Infinity);
    const states: PageState[] = [];
    followPageState(7, (state) => states.push(state), load, [250, 500, 1000]);
    await vi.runAllTimersAsync();
    expect(asked).toHaveLength(4);
    expect(states.every((state) => state.kind === 'unsupported')).toBe(true);
  });

  it('asks once when there is no tab, and stops when the popup closes', async () => {
    const none = page(Infinity);
    followPageState(null, () => {}, none.load, [250, 500]);
    await vi.runAllTimersAsync();
    expect(none.asked).toHaveLength(1);

    const closing = page(Infinity);
    const states: PageState[] = [];
    const stop = followPageState(7, (state) => states.push(state), closing.load, [250, 500]);
    await vi.advanceTimersByTimeAsync(0);
    stop();
    await vi.runAllTimersAsync();
    expect(closing.asked).toHaveLength(1);
    expect(states).toHaveLength(1);
  });
});
