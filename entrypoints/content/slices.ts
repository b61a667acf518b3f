/** Main-thread work is cut into slices of at most this long, so the page stays responsive. */
export const SLICE_BUDGET_MS = 8;

type SchedulerWithYield = { yield?: () => Promise<void> };

/** Gives the main thread back to the page: scheduler.yield where it exists, else a task. */
export function yieldToMain(win: Window = window): Promise<void> {
  const scheduler = (win as unknown as { scheduler?: SchedulerWithYield }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => win.setTimeout(resolve, 0));
}

/** Tracks one slice's elapsed time; `due()` says when to yield. */
export class SliceClock {
  #start: number;
  constructor(private readonly now: () => number = () => performance.now()) {
    this.#start = now();
  }
  due(): boolean {
    return this.now() - this.#start >= SLICE_BUDGET_MS;
  }
  restart(): void {
    this.#start = this.now();
  }
}
