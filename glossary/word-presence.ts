/**
 * Which words one text holds, asked many times per text: the "cue word anywhere" rule asks about
 * the cue words of every gated term it meets. The words the matcher has already read (TextWords)
 * go into a table of their hashes on the first question, each with the first word that has it; a
 * word whose hash is there is confirmed by comparing it with that word, and every answer is kept.
 * Nothing reads the text again: a bit filter of the text, read anew, had cost more than the
 * matching on a long text, and each of its answers a search of the text ("arm" past every
 * "pharmacy" and "warm" before its first whole-word use). Cues of several words are found the same
 * way, from the places of their first word: a RegExp needed a folded copy of the whole text, and
 * on a long text with curly apostrophes making that copy cost more than all the matching.
 */
import { gapMatches, type ContextForm } from './context';
import { hashSpan } from './first-words';
import { HashTable } from './hash-table';
import { foldUnits, sameFoldedWord } from './normalize';
import type { TextWords } from './text-words';
import { isWordEnd, isWordStart } from './words';

export class WordPresence {
  #text = '';
  #words: TextWords | null = null;
  #lower: string | null = null;
  readonly #has = new Map<string, boolean>();
  readonly #hashes = new HashTable();
  #filled = false;
  /** #next[w]: the next whole word after word w with the same hash, or -1; made on the first phrase asked. */
  #next = new Int32Array(0);
  readonly #lastWithHash = new HashTable();
  #chained = false;

  /**
   * Starts on a new text, folded or fold-free (see normalize.ts), whose words `words` has read:
   * foldUnits() then turns it into exactly the lower-case, ASCII-apostrophe form that cue words are
   * stored in, unit for unit. A text foldText() made is in that form already (`isFolded`), and a
   * long page's copy is not made again.
   */
  reset(text: string, words: TextWords, isFolded = false): void {
    this.#text = text;
    this.#words = words;
    this.#lower = isFolded ? text : null;
    this.#filled = false;
    this.#chained = false;
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

  /** Whether the cue's words occur in the text one after another, as whole words, with its gaps between them. */
  hasPhrase(form: ContextForm): boolean {
    const first = form.words[0];
    if (first === undefined) return false;
    this.#ensureFilled();
    if (!this.#chained) {
      this.#chain();
      this.#chained = true;
    }
    for (let w = this.#hashes.get(hashSpan(first, 0, first.length)); w >= 0; w = this.#next[w]!) if (this.#phraseAt(w, form)) return true;
    return false;
  }

  #phraseAt(start: number, form: ContextForm): boolean {
    const words = this.#words!;
    let last = -1;
    for (let k = 0; k < form.words.length; k++) {
      const from = k === 0 ? start : last + 1;
      if (from >= words.count) return false;
      const to = words.wholeWordEnd(from);
      if (!sameFoldedWord(this.#text, words.start[from]!, words.end[to]!, form.words[k]!)) return false;
      if (k > 0 && !gapMatches(this.#text.slice(words.end[last]!, words.start[from]!), form.gaps[k - 1] ?? null)) return false;
      last = to;
    }
    return true;
  }

  /** Links every whole word to the next one with the same hash (#next), starting from the first (#hashes). */
  #chain(): void {
    const words = this.#words!;
    if (this.#next.length < words.count) this.#next = new Int32Array(Math.max(words.count, 2 * this.#next.length));
    this.#lastWithHash.reset(words.count);
    for (let w = 0; w < words.count; w++) {
      const last = words.wholeWordEnd(w);
      const hash = this.#wholeWordHash(w, last);
      this.#next[w] = -1;
      const previous = this.#lastWithHash.get(hash);
      if (previous >= 0) this.#next[previous] = w;
      this.#lastWithHash.set(hash, w);
      w = last;
    }
  }

  #ensureFilled(): void {
    if (!this.#filled) {
      this.#fill();
      this.#filled = true;
    }
  }

  #wholeWordHash(w: number, last: number): number {
    const words = this.#words!;
    return last === w ? words.hash[w]! : hashSpan(this.#text, words.start[w]!, words.end[last]!);
  }

  #find(word: string): boolean {
    this.#ensureFilled();
    const first = this.#hashes.get(hashSpan(word, 0, word.length));
    if (first < 0) return false;
    const words = this.#words!;
    if (sameFoldedWord(this.#text, words.start[first]!, words.end[words.wholeWordEnd(first)]!, word)) return true;
    // Another word with the same hash came first (rare): search the text itself.
    return occursAsWord(this.folded, word);
  }

  /** Every whole word of the text into the table, a word glued to the next ("muscle's") as one. */
  #fill(): void {
    const words = this.#words!;
    this.#hashes.reset(words.count);
    for (let w = 0; w < words.count; w++) {
      const last = words.wholeWordEnd(w);
      this.#hashes.setIfAbsent(this.#wholeWordHash(w, last), w);
      w = last;
    }
  }
}

function occursAsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (isWordStart(text, at) && isWordEnd(text, at + word.length)) return true;
  }
  return false;
}
