/**
 * Which words one text holds, asked many times per text: the "cue word anywhere" rule asks about
 * the cue words of every gated term it meets. The text is read once into a word filter on the
 * first question; a "maybe" is settled by searching the text's lower-case copy, and every answer
 * is kept. Without the filter, a word the text lacks was a search through all of it, and a short
 * word inside many others ("arm" in "pharmacy") a check at each of its places.
 */
import { foldUnits } from './normalize';
import { isWordEnd, isWordStart, WordFilter } from './words';

export class WordPresence {
  #text = '';
  #lower: string | null = null;
  readonly #has = new Map<string, boolean>();
  readonly #filter = new WordFilter();
  #filled = false;

  /**
   * Starts on a new text, folded or fold-free (see normalize.ts): foldUnits() then turns it into
   * exactly the lower-case, ASCII-apostrophe form that cue words are stored in, unit for unit.
   */
  reset(text: string): void {
    this.#text = text;
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
      known = this.#filterSays(word) && occursAsWord(this.folded, word);
      this.#has.set(word, known);
    }
    return known;
  }

  /** False when the word is certainly not one of the text's words. */
  #filterSays(word: string): boolean {
    if (!this.#filled) {
      this.#filter.reset(this.folded);
      this.#filled = true;
    }
    return this.#filter.mayHave(word);
  }
}

function occursAsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (isWordStart(text, at) && isWordEnd(text, at + word.length)) return true;
  }
  return false;
}
