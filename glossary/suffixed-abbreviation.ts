/**
 * An abbreviation a hyphen joins to a word that says how something stands towards it:
 * "HIV-positive", "CMV-negative red cells", "AIDS-related", "CT-guided biopsy". The hyphen makes
 * one word of the two, and a match ends only where a word ends, so the letters went unexplained
 * there while "positive for HIV" was explained. The word after the hyphen does not change what the
 * letters name, so the abbreviation's own card fits; the match ends before the hyphen.
 *
 * Only a closed list of such words counts. An open rule would reach compounds whose first part is
 * not the abbreviation's medical sense at all ("PE-backed" is private equity, "AI-powered" is
 * software), and a word the list does not hold simply stays as before. A term written with its
 * hyphenated word ("ER-positive", "HER2-positive") is longer and wins, as the longest match always
 * does. The matcher asks this only for a form an entry writes in its own case (an abbreviation),
 * never for an ordinary word ("cold-blooded").
 */
import { foldUnit } from './normalize';
import { isHyphen, isWordAt, isWordEnd } from './words';

/** The words after the hyphen, folded: what a test found, what brings a condition on, how it is treated. */
const SUFFIX_WORDS: ReadonlySet<string> = new Set([
  'positive',
  'negative',
  'related',
  'associated',
  'induced',
  'mediated',
  'infected',
  'exposed',
  'producing',
  'secreting',
  'resistant',
  'sensitive',
  'specific',
  'dependent',
  'deficient',
  'naive',
  'lowering',
  'guided',
  'acquired',
  'treated',
  'confirmed',
]);

const LONGEST_SUFFIX = Math.max(...[...SUFFIX_WORDS].map((word) => word.length));

/**
 * Whether a form ending at `end` of `text` (the text the matcher walks: the original or its folded
 * copy) ends just before a hyphen and one of the listed words, in any case, which ends a word itself.
 */
export function endsBeforeSuffixWord(text: string, end: number): boolean {
  if (!isHyphen(text.charCodeAt(end)) || !isWordAt(text, end - 1)) return false;
  const from = end + 1;
  let to = from;
  while (to < text.length && to - from <= LONGEST_SUFFIX) {
    const unit = foldUnit(text.charCodeAt(to));
    if (unit < 0x61 || unit > 0x7a) break;
    to++;
  }
  return to > from && isWordEnd(text, to) && SUFFIX_WORDS.has(text.slice(from, to).toLowerCase());
}
