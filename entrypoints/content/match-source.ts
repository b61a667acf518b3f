import { matchBlock, type BlockMatches, type BlockMatchOptions } from '../../glossary/block-match';
import type { Matcher } from '../../glossary/matcher';
import type { WordPartsExplainer } from '../../glossary/word-parts/page-words';
import { SLICE_BUDGET_MS, yieldToMain } from './slices';

/**
 * Where the scanner's answers come from: one block of text in, its matches and guesses out. Web
 * pages ask the background (RemoteMatchSource), which keeps one warm matcher for every tab, so a
 * page never loads the glossary's tables; the PDF reader and the benchmark match locally. An
 * answer may come at once or later; the scanner takes either.
 */
export interface MatchSource {
  /** About how much text (in UTF-16 units) one call should carry: a round trip has a fixed cost. */
  readonly batchChars: number;
  /**
   * The block's matches, or STALE: the answer belongs to another glossary than the frame's (one
   * was published while the block was on its way). The scan that asked is then out of date and
   * must leave what the page shows alone; the frame rescans when it hears of the new glossary.
   */
  match(segments: string[], options: BlockMatchOptions): BlockMatches | typeof STALE | Promise<BlockMatches | typeof STALE>;
  /**
   * Under the 'section' density, whether an entry of the latest answers is shown once per page
   * rather than once per section: a common health word, explained once, where an unfamiliar one
   * is explained again in each section a reader may jump to. Absent: every entry per section.
   * `wordsLevel`: the match's, where its words are an alias with a level of its own (as it came, unchecked).
   */
  oncePerPage?(entry: number, wordsLevel?: unknown): boolean;
}

/** An answer from another glossary than the frame's (see MatchSource.match). */
export const STALE = 'stale';

export const NO_MATCHES: MatchSource = { batchChars: 4_000, match: () => ({ terms: [], evidence: [], guesses: [] }) };

/** A local batch's size in UTF-16 units: it starts small, while the matcher's code is not yet optimized. */
const LOCAL_BATCH_FIRST = 1_000;
const LOCAL_BATCH_MIN = 250;
const LOCAL_BATCH_MAX = 4_000;

/**
 * Matching on this thread. The word-parts tables (the word set, then the table) are built the
 * first time a block needs them, each in a task of its own, and the block waits for them: the
 * one answer that comes later.
 *
 * A batch is matched in one go, so its size is what bounds the scanner's slices: 4,000 units
 * matched and guessed at in V8's first, unoptimized pass took over 50 ms in Chromium on a slow
 * machine. Batches start at 1,000 units, halve while one takes longer than a slice's budget, and
 * double back up to 4,000 while they take under a quarter of it.
 */
export class LocalMatchSource implements MatchSource {
  #batchChars = LOCAL_BATCH_FIRST;
  #preparing: Promise<void> | null = null;

  constructor(
    private readonly matcher: Matcher,
    private readonly explainer: WordPartsExplainer | null,
    private readonly win: Window,
  ) {}

  get batchChars(): number {
    return this.#batchChars;
  }

  match(segments: string[], options: BlockMatchOptions): BlockMatches | Promise<BlockMatches> {
    const explainer = this.explainer;
    if (!explainer || explainer.ready) return this.#timed(segments, options);
    this.#preparing ??= (async () => {
      for (let done = false; !done; ) {
        await yieldToMain(this.win);
        done = explainer.prepareStep();
      }
      await yieldToMain(this.win);
    })();
    return this.#preparing.then(() => this.#timed(segments, options));
  }

  #timed(segments: string[], options: BlockMatchOptions): BlockMatches {
    const start = this.win.performance.now();
    const found = matchBlock(this.matcher, this.explainer, segments, options);
    this.#batchChars = nextBatchChars(this.#batchChars, this.win.performance.now() - start, unitsOf(segments));
    return found;
  }
}

/** The next batch's size after one of `units` took `ms`: smaller after a slow batch, larger after a quick full one. */
export function nextBatchChars(current: number, ms: number, units: number): number {
  if (ms > SLICE_BUDGET_MS) return Math.max(LOCAL_BATCH_MIN, current >> 1);
  if (ms < SLICE_BUDGET_MS / 4 && units >= current) return Math.min(LOCAL_BATCH_MAX, current * 2);
  return current;
}

function unitsOf(segments: readonly string[]): number {
  let units = 0;
  for (const segment of segments) units += segment.length;
  return units;
}
