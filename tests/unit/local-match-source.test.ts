import { describe, expect, it } from 'vitest';
import { matchBlock } from '../../glossary/block-match';
import { compile } from '../../glossary/compile';
import { createMatcher } from '../../glossary/matcher';
import { LocalMatchSource, nextBatchChars } from '../../entrypoints/content/match-source';
import { SLICE_BUDGET_MS } from '../../entrypoints/content/slices';
import { entry } from './helpers/entries';

/**
 * Matching on the page's own thread (the PDF reader, the benchmark): a batch is matched in one go,
 * so the source sizes its batches by how long the last one took, and a slice of the scan stays short
 * while the matcher's code is still cold.
 */

const matcher = createMatcher(compile([{ packId: 'health', entries: [entry('anemia', 'anemia'), entry('nephritis', 'nephritis')] }]));

/** A window whose clock moves by the given steps, one per reading; nothing else of a window is needed here. */
function windowWithClock(steps: number[]): Window {
  let now = 0;
  let reading = 0;
  return { performance: { now: () => (now += reading++ % 2 === 1 ? (steps.shift() ?? 0) : 0) } } as unknown as Window;
}

describe('the size of a local batch', () => {
  it.each([
    ['halves after a batch slower than a slice', 1_000, SLICE_BUDGET_MS + 1, 1_000, 500],
    ['never below 250 units', 250, 40, 250, 250],
    ['doubles after a quick batch that filled its size', 1_000, 1, 1_200, 2_000],
    ['never above 4,000 units', 4_000, 0.5, 4_000, 4_000],
    ['stays after a quick batch smaller than its size (the end of a pass)', 1_000, 1, 300, 1_000],
    ['stays after a batch neither quick nor slow', 2_000, SLICE_BUDGET_MS / 2, 2_000, 2_000],
  ])('%s', (_name, current, ms, units, expected) => {
    expect(nextBatchChars(current, ms, units)).toBe(expected);
  });

  it('starts at 1,000 units and follows the time each batch took, answering as matchBlock does', () => {
    const text = 'Anemia and nephritis. '.repeat(60);
    const source = new LocalMatchSource(matcher, null, windowWithClock([SLICE_BUDGET_MS * 3, SLICE_BUDGET_MS * 3, 0.5, 0.5]));
    expect(source.batchChars).toBe(1_000);
    const sizes: number[] = [];
    for (let call = 0; call < 4; call++) {
      expect(source.match([text], { healthTopic: false })).toEqual(matchBlock(matcher, null, [text], { healthTopic: false }));
      sizes.push(source.batchChars);
    }
    expect(sizes).toEqual([500, 250, 500, 1_000]);
  });
});
