/**
 * Derived forms that English uses as other words. The variant rules guess generously ("scar" →
 * "scared", "bite" → "bit", "fall" → "fell"), and a guess that is a common word with another
 * meaning would underline it all over ordinary pages. The caller gives the word lists, so this
 * file stays pure: a build script passes the general-English frequency list and WordNet's lemmas.
 */
import { COMMON_WORD_RANK, type RankOf } from './frequency';
import { IRREGULAR_VERBS } from './inflect';

export interface Lexicon {
  rankOf: RankOf;
  /** True for a word WordNet lists as a word of its own (a noun, verb, adjective or adverb). */
  isLemma(word: string): boolean;
}

export type DerivedFormFilter = (form: string, head: string) => boolean;

const VOWEL_GROUPS = /[aeiouy]+/g;

/**
 * True when the derived `form` of `head` should be dropped. Only common words are at risk: a rare
 * one ("twitched") is nobody else's word. Then a form is dropped when
 * - it is the spelling of a one-syllable word that English never uses (scar → "scared", whose
 *   -ed form is "scarred"): such a word is another word ("scared" ← scare), or
 * - it is an irregular form that is a word of its own (bite → "bit", fall → "fell").
 */
export function otherWordFilter(lexicon: Lexicon): DerivedFormFilter {
  return (form, head) => {
    if (form === head || form.includes(' ') || head.includes(' ')) return false;
    const rank = lexicon.rankOf(form);
    if (rank === undefined || rank >= COMMON_WORD_RANK) return false;
    if ((IRREGULAR_VERBS[head] ?? []).includes(form)) return lexicon.isLemma(form);
    return isUndoubledGuess(form, head);
  };
}

/** "scaring" or "scared" for "scar": one syllable ending consonant-vowel-consonant doubles. */
function isUndoubledGuess(form: string, head: string): boolean {
  const syllables = head.match(VOWEL_GROUPS)?.length ?? 0;
  if (syllables !== 1 || !/[^aeiou][aeiou][b-df-hj-np-tvz]$/.test(head)) return false;
  return form === `${head}ing` || form === `${head}ed`;
}
