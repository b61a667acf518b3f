// The build's filter for generated forms that are other English words: SUBTLEX-US frequencies
// and WordNet lemmas fed to glossary/other-words.ts.
import { otherWordFilter, type DerivedFormFilter } from '../../glossary/other-words';
import { subtlexRankOf } from './subtlex';
import { wordnetLemmas } from './wordnet';

export function bundledFormFilter(): DerivedFormFilter {
  const lemmas = wordnetLemmas();
  return otherWordFilter({ rankOf: subtlexRankOf, isLemma: (word) => lemmas.has(word) });
}
