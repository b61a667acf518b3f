/**
 * Keyboard stepping through the terms of a page whose iframes each run their own content
 * script. Frames are visited in a fixed order (the top frame first); a frame answers whether
 * it moved, and one that ran out of terms passes the turn to the next frame.
 */
export interface FrameSteppingInput {
  /** Frame ids that show terms, the top frame (0) first. */
  frames: readonly number[];
  /** The frame that had the current term, if any. */
  current: number | null;
  direction: 1 | -1;
  /** Asks one frame to step without wrapping; resolves whether it moved to a term. */
  step(frameId: number): Promise<boolean>;
}

/** Resolves the frame now holding the current term, or null if no frame has any. */
export async function stepAcrossFrames({ frames, current, direction, step }: FrameSteppingInput): Promise<number | null> {
  if (frames.length === 0) return null;
  let at = current === null ? -1 : frames.indexOf(current);
  if (at < 0) at = direction === 1 ? 0 : frames.length - 1;
  // One extra turn: the frame we started in gets another go from its other end, which is how
  // a page without iframes wraps around.
  for (let tries = 0; tries <= frames.length; tries++) {
    const frameId = frames[at]!;
    if (await step(frameId)) return frameId;
    at = (at + direction + frames.length) % frames.length;
  }
  return null;
}

/** Which frames of each tab show terms, from the counts every frame reports. */
export class FrameTerms {
  #byTab = new Map<number, Map<number, number>>();
  #current = new Map<number, number>();

  report(tabId: number, frameId: number, count: number): void {
    let frames = this.#byTab.get(tabId);
    if (!frames) this.#byTab.set(tabId, (frames = new Map()));
    if (count > 0) frames.set(frameId, count);
    else frames.delete(frameId);
  }

  /** Frames with terms in stepping order: the top frame, then the others as the browser numbered them. */
  frames(tabId: number): number[] {
    const frames = [...(this.#byTab.get(tabId)?.keys() ?? [])].sort((a, b) => a - b);
    return frames.length > 0 ? frames : [0];
  }

  current(tabId: number): number | null {
    return this.#current.get(tabId) ?? null;
  }

  setCurrent(tabId: number, frameId: number | null): void {
    if (frameId === null) this.#current.delete(tabId);
    else this.#current.set(tabId, frameId);
  }

  forget(tabId: number): void {
    this.#byTab.delete(tabId);
    this.#current.delete(tabId);
  }
}
