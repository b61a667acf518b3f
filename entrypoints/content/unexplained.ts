import { LIMITS } from '../../glossary/limits';
import type { SkipOptions } from './skip-rules';
import { SliceClock, yieldToMain } from './slices';
import { joinRuns, walkTextRuns, type TextRun } from './text-runs';

const BATCH_CHARS = 4_000;

/**
 * The page's text as the scan reads it (skipped regions stay skipped), in blocks of segments, for
 * the popup's list of rare words nothing explains: read only when the popup asks, in slices like
 * the scan, and up to a limit (the rest of a huge page is left out).
 */
export async function pageTextBlocks(win: Window, roots: readonly Node[], options: SkipOptions): Promise<string[][]> {
  const blocks: string[][] = [];
  const clock = new SliceClock();
  let total = 0;
  let batch: TextRun[] = [];
  let chars = 0;
  const flush = () => {
    const { segments } = joinRuns(batch);
    if (segments.length > 0) blocks.push(segments);
    total += chars;
    batch = [];
    chars = 0;
  };
  for (const root of roots) {
    for (const run of walkTextRuns(root, options)) {
      const length = run.reduce((sum, node) => sum + node.length, 0);
      if (total + chars + length > LIMITS.unexplainedPageChars) break;
      batch.push(run);
      chars += length;
      if (chars >= BATCH_CHARS) flush();
      if (clock.due()) {
        flush();
        await yieldToMain(win);
        clock.restart();
      }
    }
    flush();
  }
  return blocks;
}
