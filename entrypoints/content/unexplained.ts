import type { Matcher } from '../../glossary/matcher';
import { UnexplainedTally, type WordCount } from '../../glossary/word-parts/page-words';
import type { SkipOptions } from './skip-rules';
import { SliceClock, yieldToMain } from './slices';
import { walkTextRuns, type TextRun } from './text-runs';

const BATCH_CHARS = 4_000;
const RUN_SEPARATOR = '\n.\n';

/**
 * The rare words on the page that nothing explains, for the popup: computed only when the popup
 * asks, in slices like the scan, over the same text the scan reads (skipped regions stay skipped).
 * The glossary counts as explaining a word wherever it matches it, whatever the underline setting.
 */
export async function unexplainedWords(
  win: Window,
  roots: readonly Node[],
  matcher: Matcher,
  options: SkipOptions,
  isExplained: (word: string) => boolean,
): Promise<WordCount[]> {
  const tally = new UnexplainedTally();
  const clock = new SliceClock();
  let batch: TextRun[] = [];
  let chars = 0;
  const flush = () => {
    const segments: string[] = [];
    batch.forEach((run, index) => {
      if (index > 0) segments.push(RUN_SEPARATOR);
      for (const node of run) segments.push(node.data);
    });
    if (segments.length > 0) tally.addBlock(segments, matcher.findInSegments(segments, { healthTopic: true }));
    batch = [];
    chars = 0;
  };
  for (const root of roots) {
    for (const run of walkTextRuns(root, options)) {
      batch.push(run);
      for (const node of run) chars += node.length;
      if (chars >= BATCH_CHARS) flush();
      if (clock.due()) {
        flush();
        await yieldToMain(win);
        clock.restart();
      }
    }
    flush();
  }
  return tally.list(isExplained);
}
