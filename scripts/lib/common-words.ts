// The word list the extension ships for the word-parts check: the most frequent SUBTLEX-US words.
import { WORD_PARTS_COMMON_RANK } from '../../glossary/word-parts/decompose';
import { subtlexRanks } from './subtlex';

/**
 * Every word ranked below `limit` (case folded), most frequent first, one a line: the same words
 * `wordPartsEnv(subtlexRankOf)` treats as common, as a string the content script turns into a Set
 * only when it first needs one (glossary/word-parts/page-words.ts `wordListEnv`).
 */
export function commonWordList(limit = WORD_PARTS_COMMON_RANK, ranks: ReadonlyMap<string, number> = subtlexRanks()): string {
  return [...ranks]
    .filter(([word, rank]) => rank < limit && /^[a-z]+$/.test(word))
    .sort((a, b) => a[1] - b[1])
    .map(([word]) => word)
    .join('\n');
}
