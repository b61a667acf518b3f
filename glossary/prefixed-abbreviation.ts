/**
 * An abbreviation a hyphen joins to a prefix of time: "post-CABG", "pre-TAVI", "peri-MI". The
 * hyphen makes one word of the two, and a match starts only where a word starts, so "CABG" went
 * unexplained in "two years post-CABG" while "after a CABG" was. After, before and around only
 * say when the abbreviated thing happened, so the abbreviation keeps its own meaning and may start
 * a match there. Other prefixes change what the letters name: "anti-TG antibodies" are against
 * thyroglobulin, not triglycerides, and "non-HS RDEB" names a subtype, so they are left out (on
 * MedQuAD's pages they were most of what a longer list added). Only capitals count: "Pre-K" is a
 * school year, so a lone letter does not count either.
 */
import { hasSmallLetter, isHyphen } from './words';

const PREFIXES: ReadonlySet<string> = new Set(['post', 'pre', 'peri']);

/**
 * Whether the word [start, end) is an abbreviation in capitals that a hyphen joins to one of the
 * prefixes, the word before it being [prefixStart, prefixEnd).
 */
export function isPrefixedAbbreviation(text: string, prefixStart: number, prefixEnd: number, start: number, end: number): boolean {
  if (end - start < 2 || prefixEnd !== start - 1 || !isHyphen(text.charCodeAt(prefixEnd))) return false;
  if (hasSmallLetter(text, start, end)) return false;
  const length = prefixEnd - prefixStart;
  return length >= 3 && length <= 4 && PREFIXES.has(text.slice(prefixStart, prefixEnd).toLowerCase());
}
