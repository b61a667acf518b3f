import { commonWords } from 'virtual:termlight/common-words';
import type { Matcher } from '../../glossary/matcher';
import type { Settings } from '../../glossary/settings-schema';
import { mutedWordCheck, type WordPartsExplainer } from '../../glossary/word-parts/page-words';
import type { UnexplainedWord } from '../../utils/messaging';
import { unexplainedWords } from './unexplained';
import { scanOptions } from './scan-lifecycle';
import { createWordPartsExplainer, isGlossaryWord } from './word-parts';

/** A web page's word-parts explainer: guesses for rare words this glossary and the muted list leave alone. */
export function pageExplainer(raw: Matcher, settings: Settings): WordPartsExplainer {
  return createWordPartsExplainer(() => commonWords, { isMuted: mutedWordCheck(settings.mutedIds), isGlossaryWord: (word) => isGlossaryWord(raw, word) });
}

/** The rare words on the page that nothing explains: neither the glossary nor (when on) their parts. */
export function unexplainedOnPage(win: Window, roots: Node[], raw: Matcher, settings: Settings): Promise<UnexplainedWord[]> {
  // The popup's own explainer: its answers for words the scan never met must not fill the scan's cache.
  const check = settings.wordParts ? pageExplainer(raw, settings) : createWordPartsExplainer(() => commonWords);
  const isMuted = mutedWordCheck(settings.mutedIds);
  const isExplained = (word: string) => check.isCommon(word) || isMuted(word) || isGlossaryWord(raw, word) || (settings.wordParts && check.explain(word) !== null);
  return unexplainedWords(win, roots, raw, scanOptions(settings), isExplained);
}
