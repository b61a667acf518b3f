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
import { FIRST_WORD_SEED, hashUnit, mayBeFirstWord, WordHasher } from './first-words';
import { breaksSentence, mayBreakSentence } from './sentences';
import { ASCII_WORD, gluesWords, isWordAt } from './words';
import { isFoldFreeBeyondAscii, isFoldFreeUnit, UNDERSCORE } from './normalize';

/** Joined to the word before by an apostrophe or hyphen ("t" in "don't"): no word starts here. */
export const GLUED = 1;
/** A sentence break stands between the word before and this one. */
export const BREAK_BEFORE = 2;
/** The word has an ASCII capital. */
export const CAPITAL = 4;

const INITIAL_WORDS = 256;

/** What an ASCII unit is to the reader: a word character, a unit a sentence break needs, or other. */
const WORD_UNIT = 1;
const BREAK_UNIT = 2;
/** "_", which folding turns into something else (see isFoldFree). */
const FOLDED_UNIT = 3;
const ASCII_KIND = new Uint8Array(128);
for (let unit = 0; unit < 128; unit++) ASCII_KIND[unit] = ASCII_WORD[unit] === 1 ? WORD_UNIT : mayBreakSentence(unit) ? BREAK_UNIT : unit === UNDERSCORE ? FOLDED_UNIT : 0;

export class TextWords {
  start = new Int32Array(INITIAL_WORDS);
  end = new Int32Array(INITIAL_WORDS);
  hash = new Int32Array(INITIAL_WORDS);
  flags = new Uint8Array(INITIAL_WORDS);
  count = 0;
  /**
   * The words (indices, in order) whose hash passed the first-word filter given to read(), or every
   * word when none was given: the matcher tries only these, most words of a page being no term's
   * first word, and testing them here, with the hash at hand, costs less than a second pass.
   */
  candidates = new Int32Array(INITIAL_WORDS);
  candidateCount = 0;
  /**
   * Whether the text read last is fold-free (isFoldFree in normalize.ts), found out unit by unit
   * as it was read: the matcher reads a text first and makes a folded copy only when it is not,
   * where a scan of its own to ask cost 7% of all the matching.
   */
  foldFree = true;
  readonly #hasher = new WordHasher();

  /** Reads every word of `text` (folded, or fold-free: see normalize.ts); `firstWords` is FirstWordTable.filter. */
  read(text: string, firstWords: Int32Array | null = null): void {
    this.#fit(text.length);
    const hasher = this.#hasher;
    const length = text.length;
    let { start, end, hash: hashes, flags: wordFlags, candidates } = this;
    let count = 0;
    let candidateCount = 0;
    let previousEnd = 0;
    let gapMayBreak = false;
    let foldFree = true;
    let i = 0;
    while (i < length) {
      const unit = text.charCodeAt(i);
      if (unit < 128) {
        const kind = ASCII_KIND[unit]!;
        if (kind !== WORD_UNIT) {
          if (kind === BREAK_UNIT) gapMayBreak = true;
          else if (kind === FOLDED_UNIT) foldFree = false;
          i++;
          continue;
        }
      } else if (!isWordAt(text, i)) {
        if (mayBreakSentence(unit)) gapMayBreak = true;
        if (foldFree && !isFoldFreeUnit(text, i)) foldFree = false;
        i++;
        continue;
      }
      // ASCII letters and digits are hashed here, as WordHasher does (the same seed and steps): nearly
      // every word of a page is all ASCII, and this loop is the matcher's hottest. Any other unit
      // hands the word to the hasher from its start.
      let hash = FIRST_WORD_SEED;
      let lowerBits = 0x20;
      let j = i;
      for (; j < length; j++) {
        const next = text.charCodeAt(j);
        if (next >= 128 || ASCII_WORD[next] === 0) break;
        lowerBits &= next;
        hash = hashUnit(hash, next | 0x20);
      }
      if (j < length && text.charCodeAt(j) >= 128) {
        hash = hasher.hash(text, i);
        j = hasher.end;
        lowerBits = hasher.capital ? 0 : 0x20;
        // A word the ASCII loop handed on holds units beyond ASCII.
        if (foldFree) foldFree = isFoldFreeBeyondAscii(text, i, j);
      }
      let flags = lowerBits === 0 ? CAPITAL : 0;
      if (count > 0 && previousEnd === i - 1 && text.charCodeAt(i - 1) !== 0x20 && gluesWords(text, i - 1)) flags |= GLUED;
      else if (gapMayBreak && breaksSentence(text, previousEnd, i)) flags |= BREAK_BEFORE;
      if (count === start.length) {
        this.#grow();
        ({ start, end, hash: hashes, flags: wordFlags, candidates } = this);
      }
      start[count] = i;
      end[count] = j;
      hashes[count] = hash;
      wordFlags[count] = flags;
      if (firstWords === null || mayBeFirstWord(firstWords, hash)) candidates[candidateCount++] = count;
      count++;
      previousEnd = j;
      gapMayBreak = false;
      i = j;
    }
    this.count = count;
    this.candidateCount = candidateCount;
    this.foldFree = foldFree;
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
    this.candidates = copy(this.candidates, (n) => new Int32Array(n));
  }
}
