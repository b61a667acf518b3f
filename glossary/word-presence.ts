/**
 * Which cue words occur anywhere in one text: on a health page a term whose cue words are missing
 * near it still counts when one of them stands anywhere in the text (matcher.ts). The cues asked
 * about in one call are filed (cue-file.ts), a single word under its hash and a phrase under the
 * hash of its first two words; then the words the matcher has already read (TextWords) are read
 * once more, each tried against the file, and the search stops as soon as every cue set has its
 * answer. Hashing the cues again in every call costs less than keeping them: a few thousand
 * short words, where the kept numbers cost half a megabyte of heap on a page.
 *
 * Not a table of all the text's words: on a 5 M-unit text, putting a million words into a table
 * that size (and linking each to the next with its hash, for cues of several words) cost a third
 * of all the matching, nearly all of it in cache misses. Nor a search of the text itself: each
 * such search ran past every "pharmacy" and "warm" before the first whole-word "arm", and a
 * RegExp for a cue of several words needed a folded copy of the whole text.
 */
import { gapMatches, isItemAt, phraseStandsAt, type ContextForm } from './context';
import { ITEM_END, ITEM_END_UNIT } from './joined-items';
import { hashSpan } from './first-words';
import { sameFoldedWord } from './normalize';
import { GLUED, type TextWords } from './text-words';
import { CueFile } from './cue-file';

/**
 * One entry's cues: single words (folded, an apostrophe or hyphen may glue parts) and phrases of
 * several. A context rule (context.ts) keeps most of its single words in place instead: in
 * `source`, where `hashed` and `phrases` say.
 */
export interface CueSet {
  single: Iterable<string>;
  long: readonly ContextForm[];
  source?: string;
  hashed?: Int32Array;
  /** Plain phrases in `source`, where each starts (context.ts). */
  phrases?: Int32Array;
}

/** A phrase is filed under its first two words: its first word alone ("blood") is common, the pair ("blood test") rarely. */
const pairHash = (first: number, second: number) => Math.imul(first, 0x9e3779b1) ^ second;
const hashOf = (word: string) => hashSpan(word, 0, word.length);

export class WordPresence {
  /** A word cue: the word, or where it starts in its set's source. */
  readonly #words = new CueFile<string | number>();
  /** A phrase cue: the form, or where a plain phrase starts in its set's source. */
  readonly #phrases = new CueFile<ContextForm | number>();

  /**
   * For each cue set, 1 when one of its single words occurs in `text` as a whole word (case,
   * accents and curly apostrophes aside) or one of its phrases does, word after word with its
   * gaps; else 0. `words` has read `text` (folded, or fold-free: see normalize.ts).
   */
  whichOccur(text: string, words: TextWords, sets: readonly CueSet[]): Uint8Array {
    const found = new Uint8Array(sets.length);
    let open = this.#file(sets);
    const { start, end, hash, flags, count } = words;
    const wordFile = this.#words;
    const phraseFile = this.#phrases;
    const anyPhrases = phraseFile.open;
    // The place being read, for the two tests below (made once per call, not once per word).
    let here = 0;
    let last = 0;
    let previous = -1;
    const isWordHere = (word: string | number, set: number) =>
      typeof word === 'string'
        ? sameFoldedWord(text, start[here]!, end[last]!, word)
        : isItemAt(text, start[here]!, end[last]!, sets[set]!.source!, word);
    const isPhraseHere = (form: ContextForm | number, set: number) =>
      typeof form === 'number' ? phraseStandsAt(text, words, previous, sets[set]!.source!, form) : phraseAt(text, words, previous, form);
    let previousHash = 0;
    for (here = 0; here < count && open > 0; here++) {
      // The whole word: glued words joined ("muscle's", "x-ray"), as cue words are stored.
      last = here;
      while (last + 1 < count && (flags[last + 1]! & GLUED) !== 0) last++;
      const wordHash = last === here ? hash[here]! : hashSpan(text, start[here]!, end[last]!);
      open -= wordFile.answerAt(wordHash, isWordHere, found);
      if (anyPhrases && previous >= 0) open -= phraseFile.answerAt(pairHash(previousHash, wordHash), isPhraseHere, found);
      previous = here;
      previousHash = wordHash;
      here = last;
    }
    return found;
  }

  /** Files every cue of the sets; returns how many sets have one at all. */
  #file(sets: readonly CueSet[]): number {
    let cues = 0;
    for (const { single, long, hashed, phrases } of sets) {
      for (const _ of single) cues++;
      cues += long.length + (hashed ? hashed.length >> 1 : 0) + (phrases ? phrases.length : 0);
    }
    this.#words.begin(cues);
    this.#phrases.begin(cues);
    let open = 0;
    sets.forEach(({ single, long, source, hashed, phrases }, set) => {
      let any = false;
      if (source !== undefined && hashed !== undefined) {
        for (let i = 1; i < hashed.length; i += 2) {
          const at = hashed[i]!;
          this.#words.file(hashSpan(source, at, source.indexOf(ITEM_END, at)), at, set);
          any = true;
        }
      }
      if (source !== undefined && phrases !== undefined) {
        for (const at of phrases) {
          // A plain phrase has two words at least, one space apart; the second ends at a space or ITEM_END.
          const firstEnd = source.indexOf(' ', at);
          let secondEnd = firstEnd + 1;
          while (source.charCodeAt(secondEnd) !== 0x20 && source.charCodeAt(secondEnd) !== ITEM_END_UNIT) secondEnd++;
          this.#phrases.file(pairHash(hashSpan(source, at, firstEnd), hashSpan(source, firstEnd + 1, secondEnd)), at, set);
          any = true;
        }
      }
      for (const word of single) {
        this.#words.file(hashOf(word), word, set);
        any = true;
      }
      for (const form of long) {
        const [first, second] = form.words;
        if (first === undefined) continue;
        // A phrase of one word is a single word.
        if (second === undefined) this.#words.file(hashOf(first), first, set);
        else this.#phrases.file(pairHash(hashOf(first), hashOf(second)), form, set);
        any = true;
      }
      if (any) open++;
    });
    return open;
  }
}

/** Whether the phrase's words stand in the text from whole word `start` on, one after another, with its gaps. */
function phraseAt(text: string, words: TextWords, start: number, form: ContextForm): boolean {
  let last = -1;
  for (let k = 0; k < form.words.length; k++) {
    const from = k === 0 ? start : last + 1;
    if (from >= words.count) return false;
    const to = words.wholeWordEnd(from);
    if (!sameFoldedWord(text, words.start[from]!, words.end[to]!, form.words[k]!)) return false;
    if (k > 0 && !gapMatches(text.slice(words.end[last]!, words.start[from]!), form.gaps[k - 1] ?? null)) return false;
    last = to;
  }
  return true;
}
