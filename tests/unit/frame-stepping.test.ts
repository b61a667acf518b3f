import { describe, expect, it } from 'vitest';
import { FrameTerms, stepAcrossFrames } from '../../utils/background/frame-stepping';

/** A page of frames, each stepping like the content script's TermStepper with wrap = false. */
function fakePage(termsPerFrame: Record<number, string[]>) {
  const position = new Map<number, number>();
  const shown: string[] = [];
  return {
    shown,
    step(direction: 1 | -1) {
      return async (frameId: number) => {
        const terms = termsPerFrame[frameId] ?? [];
        const at = position.get(frameId);
        const next = at === undefined ? (direction === 1 ? 0 : terms.length - 1) : at + direction;
        if (next < 0 || next >= terms.length) {
          position.delete(frameId);
          return false;
        }
        position.set(frameId, next);
        shown.push(`${frameId}:${terms[next]}`);
        return true;
      };
    },
  };
}

async function press(page: ReturnType<typeof fakePage>, frames: number[], direction: 1 | -1, times: number) {
  let current: number | null = null;
  for (let i = 0; i < times; i++) current = await stepAcrossFrames({ frames, current, direction, step: page.step(direction) });
  return page.shown;
}

describe('stepping through terms across frames', () => {
  it('walks the top frame, then each iframe, then wraps to the top', async () => {
    const page = fakePage({ 0: ['dehydration'], 7: ['magnesium', 'tendon'] });
    expect(await press(page, [0, 7], 1, 4)).toEqual(['0:dehydration', '7:magnesium', '7:tendon', '0:dehydration']);
  });

  it('walks backwards from the last frame', async () => {
    const page = fakePage({ 0: ['dehydration'], 7: ['magnesium', 'tendon'] });
    expect(await press(page, [0, 7], -1, 4)).toEqual(['7:tendon', '7:magnesium', '0:dehydration', '7:tendon']);
  });

  it('wraps within a page that has no iframes', async () => {
    const page = fakePage({ 0: ['a', 'b'] });
    expect(await press(page, [0], 1, 3)).toEqual(['0:a', '0:b', '0:a']);
  });

  it('gives up, without looping, when no frame has a term', async () => {
    const page = fakePage({});
    expect(await stepAcrossFrames({ frames: [0, 3], current: null, direction: 1, step: page.step(1) })).toBeNull();
  });
});

describe('frames with terms, per tab', () => {
  it('keeps the top frame first, drops frames that report none, and forgets a tab', () => {
    const terms = new FrameTerms();
    terms.report(1, 9, 2);
    terms.report(1, 0, 3);
    terms.report(1, 4, 1);
    terms.report(1, 4, 0);
    expect(terms.frames(1)).toEqual([0, 9]);
    terms.setCurrent(1, 9);
    expect(terms.current(1)).toBe(9);
    terms.forget(1);
    expect(terms.frames(1)).toEqual([0]);
    expect(terms.current(1)).toBeNull();
  });
});
