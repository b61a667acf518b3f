/**
 * The words of the text one matcher call reads, read once: where each starts and ends, its
 * first-word hash (first-words.ts), and what stands before it. The scan proposes walks from these
 * words, and the context rule reads the words around a match from them (context.ts,
 * contextAppearsAt) instead of reading the text again and cutting each word out of it: on
 * health pages most terms with context words need that check, and reading was most of its cost.
 *
 * A word here is a run of word characters, as the first-word hash reads it, so "don't" is two
 * words, the second glued to the first; a reader that wants whole words ("don't", "x-ray", as
 * `words()` finds them) joins glued words.
 */
import { WordHasher } from './first-words';
import { breaksSentence, mayBreakSentence } from './sentences';
import { ASCII_WORD, gluesWords, isWordAt } from './words';

/** Joined to the word before by an apostrophe or hyphen ("t" in "don't"): no word starts here. */
export const GLUED = 1;
/** A sentence break stands between the word before and this one. */
export const BREAK_BEFORE = 2;
/** The word has an ASCII capital. */
export const CAPITAL = 4;

const INITIAL_WORDS = 256;

export class TextWords {
  start = new Int32Array(INITIAL_WORDS);
  end = new Int32Array(INITIAL_WORDS);
  hash = new Int32Array(INITIAL_WORDS);
  flags = new Uint8Array(INITIAL_WORDS);
  count = 0;
  readonly #hasher = new WordHasher();

  /** Reads every word of `text` (folded, or fold-free: see normalize.ts). */
  read(text: string): void {
    this.#fit(text.length);
    const hasher = this.#hasher;
    let count = 0;
    let previousEnd = 0;
    let gapMayBreak = false;
    let i = 0;
    while (i < text.length) {
      const unit = text.charCodeAt(i);
      if (unit < 128 ? ASCII_WORD[unit] === 0 : !isWordAt(text, i)) {
        if (mayBreakSentence(unit)) gapMayBreak = true;
        i++;
        continue;
      }
      const hash = hasher.hash(text, i);
      let flags = hasher.capital ? CAPITAL : 0;
      if (count > 0 && previousEnd === i - 1 && text.charCodeAt(i - 1) !== 0x20 && gluesWords(text, i - 1)) flags |= GLUED;
      else if (gapMayBreak && breaksSentence(text, previousEnd, i)) flags |= BREAK_BEFORE;
      if (count === this.start.length) this.#grow();
      this.start[count] = i;
      this.end[count] = hasher.end;
      this.hash[count] = hash;
      this.flags[count] = flags;
      count++;
      previousEnd = hasher.end;
      gapMayBreak = false;
      i = hasher.end;
    }
    this.count = count;
  }

  /** The first word of the whole word (glued words joined) that ends with word `w`. */
  wholeWordStart(w: number): number {
    while ((this.flags[w]! & GLUED) !== 0) w--;
    return w;
  }

  /** The last word of the whole word that starts with word `w`. */
  wholeWordEnd(w: number): number {
    while (w + 1 < this.count && (this.flags[w + 1]! & GLUED) !== 0) w++;
    return w;
  }

  /**
   * Room for the words of a text this long (at most one word per two units). A long text's arrays
   * are not kept for the short texts after it: at most four times what the last text could need.
   */
  #fit(units: number): void {
    const most = Math.max(INITIAL_WORDS, (units >> 1) + 1);
    if (this.start.length > 4 * most) this.#resize(most);
  }

  #grow(): void {
    this.#resize(this.start.length * 2);
  }

  #resize(size: number): void {
    const copy = <T extends Int32Array | Uint8Array>(array: T, make: (n: number) => T): T => {
      const bigger = make(size);
      bigger.set(array.subarray(0, Math.min(array.length, size)));
      return bigger;
    };
    this.start = copy(this.start, (n) => new Int32Array(n));
    this.end = copy(this.end, (n) => new Int32Array(n));
    this.hash = copy(this.hash, (n) => new Int32Array(n));
    this.flags = copy(this.flags, (n) => new Uint8Array(n));
  }
}
