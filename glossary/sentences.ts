/**
 * Where one sentence ends and the next begins, for the context rule ("a context word in the same
 * sentence counts, however far away"). Both ways of reading words around a match ask this, once
 * per gap between two words, so the test reads the gap in place rather than cutting it out.
 */
import { isSpace } from './words';

/**
 * The definition: a sentence ends at . ! ? or … (then closing quotes or brackets) followed by
 * whitespace, or at a blank line. `breaksSentence` answers exactly this without a RegExp.
 */
export const SENTENCE_BREAK = /[.!?…]+["')\]”]*\s|\n[^\S\n]*\n/;

const NEWLINE = 0x0a;

/** Whether a unit is one a sentence break needs; most gaps between words hold none. */
export function mayBreakSentence(unit: number): boolean {
  return isStop(unit) || unit === NEWLINE;
}

const isStop = (unit: number) => unit === 0x2e || unit === 0x21 || unit === 0x3f || unit === 0x2026;
const isCloser = (unit: number) => unit === 0x22 || unit === 0x27 || unit === 0x29 || unit === 0x5d || unit === 0x201d;

/** Whether text[from, to) holds a sentence break (SENTENCE_BREAK matches inside it). */
export function breaksSentence(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const unit = text.charCodeAt(i);
    if (isStop(unit)) {
      let j = i + 1;
      while (j < to && isStop(text.charCodeAt(j))) j++;
      while (j < to && isCloser(text.charCodeAt(j))) j++;
      if (j < to && isSpace(text.charCodeAt(j))) return true;
      i = j - 1;
    } else if (unit === NEWLINE) {
      let j = i + 1;
      while (j < to && text.charCodeAt(j) !== NEWLINE && isSpace(text.charCodeAt(j))) j++;
      if (j < to && text.charCodeAt(j) === NEWLINE) return true;
    }
  }
  return false;
}
