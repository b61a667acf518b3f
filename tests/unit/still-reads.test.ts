import { describe, expect, it } from 'vitest';
import { stillReads, type MatchedText } from '../../entrypoints/content/still-reads';

/** A block matched when its nodes read `then`; the nodes read `now` when the answer comes. */
function block(then: string[], now: (string | null)[]): MatchedText {
  return {
    segments: then,
    nodes: now.map((data) => (data === null ? null : { data, isConnected: true })),
  };
}

const at = (segment: number, offset: number) => ({ segment, offset });

describe('stillReads: whether a late answer still fits the page', () => {
  it('keeps a match in text that did not change', () => {
    const matched = block(['Muscle spasms often follow dehydration.'], ['Muscle spasms often follow dehydration.']);
    expect(stillReads(matched, at(0, 0), at(0, 13))).toBe(true);
  });

  it('keeps a match when only text beside it changed (a trailing space, a counter)', () => {
    const matched = block(['Muscle spasms often follow dehydration.'], ['Muscle spasms often follow dehydration. ']);
    expect(stillReads(matched, at(0, 0), at(0, 13))).toBe(true);
    const counter = block(['Render 12: muscle spasm'], ['Render 13: muscle spasm']);
    expect(stillReads(counter, at(0, 11), at(0, 23))).toBe(true);
  });

  it('drops a match whose words moved, changed or lost their word boundary', () => {
    const then = ['Twitching is common.'];
    expect(stillReads(block(then, ['A twitching is common.']), at(0, 0), at(0, 9))).toBe(false);
    expect(stillReads(block(then, ['Switching is common.']), at(0, 0), at(0, 9))).toBe(false);
    expect(stillReads(block(then, ['Twitchings are common.']), at(0, 0), at(0, 9))).toBe(false);
  });

  it('drops a match whose node left the page or became a separator', () => {
    const gone: MatchedText = { segments: ['tendon'], nodes: [{ data: 'tendon', isConnected: false }] };
    expect(stillReads(gone, at(0, 0), at(0, 6))).toBe(false);
    expect(stillReads(block(['tendon'], [null]), at(0, 0), at(0, 6))).toBe(false);
  });

  it('checks every node a match spans: the first to its end, the middle whole, the last to the match end', () => {
    const then = ['the muscle', ' ', 'spasm passed'];
    expect(stillReads(block(then, ['The muscle', ' ', 'spasm went']), at(0, 4), at(2, 5))).toBe(true);
    expect(stillReads(block(then, ['the muscles', ' ', 'spasm passed']), at(0, 4), at(2, 5))).toBe(false);
    expect(stillReads(block(then, ['the muscle', '  ', 'spasm passed']), at(0, 4), at(2, 5))).toBe(false);
    expect(stillReads(block(then, ['the muscle', ' ', 'spasms passed']), at(0, 4), at(2, 5))).toBe(false);
  });
});
