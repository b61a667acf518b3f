/**
 * "Adrenal vein sampling (AVS)": an abbreviation in brackets right after words whose first letters
 * spell it is defined by the page itself, often as something other than what a glossary entry with
 * those letters means (AVS is also an after-visit summary).
 */
const OPEN = 0x28;

/** Whether [start, end) stands in brackets right after words whose first letters spell it. */
export function isDefinedInline(text: string, start: number, end: number): boolean {
  let at = start - 1;
  if (at < 0 || text.charCodeAt(at) !== OPEN) return false;
  const letters = text.slice(start, end).toLowerCase();
  // The words before the bracket, last first: each must begin with the matching letter.
  for (let k = letters.length - 1; k >= 0; k--) {
    while (at > 0 && !isLetterOrDigit(text.charCodeAt(at - 1))) {
      if (text.charCodeAt(at - 1) === OPEN || text.charCodeAt(at - 1) === 0x2e) return false;
      at--;
    }
    let wordStart = at;
    while (wordStart > 0 && isLetterOrDigit(text.charCodeAt(wordStart - 1))) wordStart--;
    if (wordStart === at || text[wordStart]!.toLowerCase() !== letters[k]) return false;
    at = wordStart;
  }
  return true;
}

const isLetterOrDigit = (code: number) => (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
