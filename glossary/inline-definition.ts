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

/**
 * Small words a name's letters leave out: "Department of Natural Resources (DNR)", "Food and Drug
 * Administration (FDA)". Skipped only where they do not begin with the letter looked for.
 */
const LEFT_OUT_WORDS: ReadonlySet<string> = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'to']);

/** Whether [start, end) stands in brackets right after words whose first letters spell it. */
export function isDefinedInline(text: string, start: number, end: number): boolean {
  let at = start - 1;
  if (at < 0 || text.charCodeAt(at) !== OPEN) return false;
  const letters = text.slice(start, end).toLowerCase();
  // The words before the bracket, last first: each must begin with the matching letter, past small
  // words between them (never after the last one).
  for (let k = letters.length - 1; k >= 0; k--) {
    for (;;) {
      while (at > 0 && !isLetterOrDigit(text.charCodeAt(at - 1))) {
        // Not past another bracket or a sentence's end.
        if (text.charCodeAt(at - 1) === OPEN || text.charCodeAt(at - 1) === FULL_STOP) return false;
        at--;
      }
      let wordStart = at;
      while (wordStart > 0 && isLetterOrDigit(text.charCodeAt(wordStart - 1))) wordStart--;
      if (wordStart === at) return false;
      const word = text.slice(wordStart, at).toLowerCase();
      at = wordStart;
      if (word[0] === letters[k]) break;
      if (k === letters.length - 1 || !LEFT_OUT_WORDS.has(word)) return false;
    }
  }
  return true;
}
