/**
 * Which words one text holds, asked many times per text: the "cue word anywhere" rule asks about
 * the cue words of every gated term it meets. The words the matcher has already read (TextWords)
 * go into a table of their hashes on the first question, each with the first word that has it; a
 * word whose hash is there is confirmed by comparing it with that word, and every answer is kept.
 * Nothing reads the text again: a bit filter of the text, read anew, had cost more than the
 * matching on a long text, and each of its answers a search of the text ("arm" past every
 * "pharmacy" and "warm" before its first whole-word use).
 */
import { hashSpan } from './first-words';
import { foldUnit, foldUnits } from './normalize';
import type { TextWords } from './text-words';
import { isWordEnd, isWordStart } from './words';

export class WordPresence {
  #text = '';
  #words: TextWords | null = null;
  #lower: string | null = null;
  readonly #has = new Map<string, boolean>();
  readonly #hashes = new HashTable();
  #filled = false;

  /**
   * Starts on a new text, folded or fold-free (see normalize.ts), whose words `words` has read:
   * foldUnits() then turns it into exactly the lower-case, ASCII-apostrophe form that cue words are
   * stored in, unit for unit.
   */
  reset(text: string, words: TextWords): void {
    this.#text = text;
    this.#words = words;
    this.#lower = null;
    this.#filled = false;
    this.#has.clear();
  }

  /** The text as foldUnits() folds it, made on first need. */
  get folded(): string {
    return (this.#lower ??= foldUnits(this.#text));
  }

  /** Whether the folded `word` occurs in the text as a whole word. */
  has(word: string): boolean {
    let known = this.#has.get(word);
    if (known === undefined) {
      known = this.#find(word);
      this.#has.set(word, known);
    }
    return known;
  }

  #find(word: string): boolean {
    if (!this.#filled) {
      this.#fill();
      this.#filled = true;
    }
    const first = this.#hashes.get(hashSpan(word, 0, word.length));
    if (first < 0) return false;
    const words = this.#words!;
    if (sameFolded(this.#text, words.start[first]!, words.end[words.wholeWordEnd(first)]!, word)) return true;
    // Another word with the same hash came first (rare): search the text itself.
    return occursAsWord(this.folded, word);
  }

  /** Every whole word of the text into the table, a word glued to the next ("muscle's") as one. */
  #fill(): void {
    const words = this.#words!;
    this.#hashes.reset(words.count);
    for (let w = 0; w < words.count; w++) {
      const last = words.wholeWordEnd(w);
      this.#hashes.add(last === w ? words.hash[w]! : hashSpan(this.#text, words.start[w]!, words.end[last]!), w);
      w = last;
    }
  }
}

/** Whether text[start, end) is `word` once folded (foldUnit, as foldUnits folds a whole text). */
function sameFolded(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let k = 0; k < word.length; k++) if (foldUnit(text.charCodeAt(start + k)) !== word.charCodeAt(k)) return false;
  return true;
}

/**
 * 32-bit hashes in an open-addressing table, each with the first word that has it (0 marks an
 * empty slot; a hash of 0 is stored as 1).
 */
class HashTable {
  #slots = new Int32Array(64);
  #values = new Int32Array(64);
  #mask = 63;

  /** Empties the table, with room for `count` hashes at most half full. */
  reset(count: number): void {
    let size = 64;
    while (size < count * 2) size *= 2;
    // A long text's table is not kept for the short texts after it.
    if (size > this.#slots.length || size * 4 < this.#slots.length) {
      this.#slots = new Int32Array(size);
      this.#values = new Int32Array(size);
    } else this.#slots.fill(0);
    this.#mask = this.#slots.length - 1;
  }

  /** Keeps the first `word` given for a hash. */
  add(hash: number, word: number): void {
    const key = hash === 0 ? 1 : hash;
    let slot = spread(key) & this.#mask;
    while (this.#slots[slot] !== 0) {
      if (this.#slots[slot] === key) return;
      slot = (slot + 1) & this.#mask;
    }
    this.#slots[slot] = key;
    this.#values[slot] = word;
  }

  /** The first word with this hash, or -1. */
  get(hash: number): number {
    const key = hash === 0 ? 1 : hash;
    for (let slot = spread(key) & this.#mask; ; slot = (slot + 1) & this.#mask) {
      const found = this.#slots[slot]!;
      if (found === key) return this.#values[slot]!;
      if (found === 0) return -1;
    }
  }
}

const spread = (hash: number) => hash ^ (hash >>> 15);

function occursAsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (isWordStart(text, at) && isWordEnd(text, at + word.length)) return true;
  }
  return false;
}
