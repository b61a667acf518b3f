import partsJson from '../../glossary/word-parts/parts.json';
import type { Matcher } from '../../glossary/matcher';
import { compileWordParts, type CompiledWordParts, type DecomposeEnv, type WordPartRow } from '../../glossary/word-parts/decompose';
import { mutedWordCheck, wordListEnv, WordPartsExplainer, type WordPartsExplainerOptions } from '../../glossary/word-parts/page-words';

/** True when the glossary holds the word as such (even where the underline setting leaves it plain). */
export function isGlossaryWord(matcher: Matcher, word: string): boolean {
  return matcher.findInText(word, { healthTopic: true }).some((match) => match.start === 0 && match.end === word.length);
}

/** Built once per context on first need, then shared by every explainer (one per glossary and muted list). */
let table: CompiledWordParts | null = null;
let common: DecomposeEnv | null = null;

/**
 * An explainer for one glossary and muted list, with its own bounded cache. The word-part table
 * (checked by tests/unit/word-parts.test.ts, so trusted here rather than validated at run time)
 * and the common-word list become a trie and a Set only when the first candidate word needs them,
 * and only once per context.
 */
export function createWordPartsExplainer(
  commonWords: () => string,
  options: Omit<WordPartsExplainerOptions, 'compiled' | 'env'> = {},
): WordPartsExplainer {
  return new WordPartsExplainer({
    ...options,
    compiled: () => (table ??= compileWordParts(partsJson as unknown as WordPartRow[])),
    env: () => (common ??= wordListEnv(commonWords())),
  });
}

/** Guesses for rare words this glossary (`raw`: all of it, whatever is underlined) and the muted list leave alone. */
export function glossaryExplainer(commonWords: () => string, raw: Matcher, mutedIds: readonly string[]): WordPartsExplainer {
  return createWordPartsExplainer(commonWords, { isMuted: mutedWordCheck(mutedIds), isGlossaryWord: (word) => isGlossaryWord(raw, word) });
}
