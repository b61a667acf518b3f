import type { Matcher } from '../../glossary/matcher';
import type { WordPartsExplainer } from '../../glossary/word-parts/page-words';
import { yieldToMain } from '../content/slices';

/** Word-parts guesses for the reader: the web pages' own explainer and highlight. */
export interface WordPartsKit {
  /** An explainer for one glossary and set of muted words, ready at once (the tables are built). */
  explainer(raw: Matcher, mutedIds: readonly string[]): WordPartsExplainer;
}

let loading: Promise<WordPartsKit> | null = null;
let loaded: WordPartsKit | null = null;

/**
 * Loads the word-parts code and the common-word list apart from the reader's own code, and builds
 * their tables (shared by every explainer the page makes) a piece per task.
 */
export function loadWordParts(): Promise<WordPartsKit> {
  loading ??= (async () => {
    const [parts, { commonWords }] = await Promise.all([
      import('../../utils/background/word-parts-explainer'),
      import('virtual:termlight/common-words'),
    ]);
    const warm = parts.createWordPartsExplainer(() => commonWords);
    for (let done = warm.ready; !done; done = warm.prepareStep()) await yieldToMain();
    loaded = {
      explainer: (raw, mutedIds) => {
        const explainer = parts.glossaryExplainer(() => commonWords, raw, mutedIds);
        // The shared tables exist now: each step only picks them up.
        for (let done = explainer.ready; !done; ) done = explainer.prepareStep();
        return explainer;
      },
    };
    return loaded;
  })();
  return loading;
}

/** The kit once loadWordParts() has finished, else null. */
export function loadedWordParts(): WordPartsKit | null {
  return loaded;
}
