/**
 * "Adrenal vein sampling (AVS)": an abbreviation in brackets right after words whose first letters
 * spell it is defined by the page itself, often as something other than what a glossary entry with
 * those letters means (AVS is also an after-visit summary).
 */
import { ASCII_WORD } from './words';

const OPEN = 0x28;
const FULL_STOP = 0x2e;
/** The words are read as the project's ASCII word characters: a unit beyond ASCII ends one. */
const isLetterOrDigit = (code: number) => code < 128 && ASCII_WORD[code] === 1;

/** Whether [start, end) stands in brackets right after words whose first letters spell it. */
export function isDefinedInline(text: string, start: number, end: number): boolean {
  let at = start - 1;
  if (at < 0 || text.charCodeAt(at) !== OPEN) return false;
  const letters = text.slice(start, end).toLowerCase();
  // The words before the bracket, last first: each must begin with the matching letter.
  for (let k = letters.length - 1; k >= 0; k--) {
    while (at > 0 && !isLetterOrDigit(text.charCodeAt(at - 1))) {
      // Not past another bracket or a sentence's end.
      if (text.charCodeAt(at - 1) === OPEN || text.charCodeAt(at - 1) === FULL_STOP) return false;
      at--;
    }
    let wordStart = at;
    while (wordStart > 0 && isLetterOrDigit(text.charCodeAt(wordStart - 1))) wordStart--;
    if (wordStart === at || text[wordStart]!.toLowerCase() !== letters[k]) return false;
    at = wordStart;
  }
  return true;
}
