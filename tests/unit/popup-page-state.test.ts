import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { followPageState, pageStateFollower, type PageState } from '../../entrypoints/popup/popup-data';

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

  it('asks again from the start after a settings change, retries included', async () => {
    // A paused page answers "ready" with its terms; after resuming, the content script is busy
    // rescanning and at first does not answer.
    let answering = true;
    const asked: number[] = [];
    const load = (tabId: number | null) => {
      asked.push(Date.now());
      return Promise.resolve(answering && tabId !== null ? ready(tabId) : unsupported(tabId));
    };
    const states: string[] = [];
    const follower = pageStateFollower(7, (state) => states.push(state.kind), (id, on) => followPageState(id, on, load, [250, 500]), 150);
    await vi.runAllTimersAsync();
    expect(states).toEqual(['ready']);

    answering = false;
    const changedAt = Date.now();
    follower.restart();
    await vi.advanceTimersByTimeAsync(149);
    expect(asked).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(asked.at(-1)! - changedAt).toBe(150);
    answering = true;
    await vi.runAllTimersAsync();
    expect(states).toEqual(['ready', 'unsupported', 'ready']);
    follower.stop();
  });

  it('drops a late answer to an earlier round, and asks nothing once stopped', async () => {
    const replies: ((state: PageState) => void)[] = [];
    const load = () => new Promise<PageState>((resolve) => replies.push(resolve));
    const states: PageState[] = [];
    const follower = pageStateFollower(7, (state) => states.push(state), (id, on) => followPageState(id, on, load, []), 150);
    follower.restart();
    await vi.advanceTimersByTimeAsync(150);
    expect(replies).toHaveLength(2);
    // The second round answers first; the first round's answer comes late and must be dropped.
    replies[1]!(ready(7));
    replies[0]!(unsupported(7));
    await vi.runAllTimersAsync();
    expect(states.map((state) => state.kind)).toEqual(['ready']);

    follower.restart();
    follower.stop();
    await vi.runAllTimersAsync();
    expect(replies).toHaveLength(2);
  });
});
