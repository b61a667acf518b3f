import { matchBlock, type BlockMatches, type BlockMatchOptions } from '../../glossary/block-match';
import type { Matcher } from '../../glossary/matcher';
import type { WordPartsExplainer } from '../../glossary/word-parts/page-words';
import { yieldToMain } from './slices';

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
   * `wordsLevel`: the match's, where its words are an alias less familiar than the entry (as it came, unchecked).
   */
  oncePerPage?(entry: number, wordsLevel?: unknown): boolean;
}

/** An answer from another glossary than the frame's (see MatchSource.match). */
export const STALE = 'stale';

export const NO_MATCHES: MatchSource = { batchChars: 4_000, match: () => ({ terms: [], evidence: [], guesses: [] }) };

/**
 * Matching on this thread. The word-parts tables (the word set, then the table) are built the
 * first time a block needs them, each in a task of its own, and the block waits for them: the
 * one answer that comes later.
 */
export class LocalMatchSource implements MatchSource {
  readonly batchChars = 4_000;
  #preparing: Promise<void> | null = null;

  constructor(
    private readonly matcher: Matcher,
    private readonly explainer: WordPartsExplainer | null,
    private readonly win: Window,
  ) {}

  match(segments: string[], options: BlockMatchOptions): BlockMatches | Promise<BlockMatches> {
    const explainer = this.explainer;
    if (!explainer || explainer.ready) return matchBlock(this.matcher, explainer, segments, options);
    this.#preparing ??= (async () => {
      for (let done = false; !done; ) {
        await yieldToMain(this.win);
        done = explainer.prepareStep();
      }
      await yieldToMain(this.win);
    })();
    return this.#preparing.then(() => matchBlock(this.matcher, explainer, segments, options));
  }
}
