/**
 * The scan's index: the first word of every form, as a hash of its folded units.
 *
 * The matcher reads a text's words once, each hashed as it is read (text-words.ts), and walks the
 * trie only where a word is the first word of some form; everywhere else one table probe moves it on.
 * (Before, a RegExp of the trie's first three characters proposed the starts: common words such as
 * "long", "small" or "under" begin like a term, so more than half of all words started a walk, and
 * each call paid the RegExp's own start.) A hash collision only costs a walk that finds nothing.
 *
 * Some first words belong only to forms that must be written with a capital ("OR", "A-fib",
 * "DO"): those are marked, so "or", "a" and "do", among the commonest words of English, start no
 * walk unless they are written with one.
 */
import { HashTable } from './hash-table';
import { foldUnit } from './normalize';
import { ASCII_WORD, isWordAt } from './words';

/** The first-word hash's seed and step (FNV-1a), also used inline by the scan's word reader (text-words.ts). */
export const FIRST_WORD_SEED = 0x811c9dc5 | 0;
export const hashUnit = (hash: number, unit: number): number => Math.imul(hash ^ unit, 0x01000193);

export interface CompiledFirstWords {
  /** Hashes of first words that some form may match in any case (each once). */
  hashes: number[];
  /** Hashes of first words whose forms all need a capital letter in that word (each once). */
  capitalHashes: number[];
  /** Units a form begins with that are no word character ("%"): the scan tries a walk at each place one stands. */
  nonWordStarts: number[];
  /**
   * Hashes of first words every form of which goes on to a second word ("back" of "back pain" and
   * "back spasm"): such a word starts a walk only where the next word is one of those second words.
   * Most common words that begin a term ("high", "low", "small", "back") are of this kind, and most
   * walks from them ended at the next word.
   */
  nextWordNeeded: number[];
  /** For the forms that have a second word: the first and second word's hashes, hashed together (pairHash). */
  pairs: number[];
}

/** What the table knows of a word: not a first word, a first word in any case, or only with a capital. */
export const NOT_FIRST = 0;
export const ANY_CASE = 1;
export const WITH_CAPITAL = 2;
type FirstWordKind = typeof NOT_FIRST | typeof ANY_CASE | typeof WITH_CAPITAL;
/** A flag beside the kind (FirstWordTable.startInfo): every form with this first word has a second one. */
export const NEXT_WORD_NEEDED = 4;
const KIND_BITS = 3;

/** One number for a first and a second word's hashes. */
const pairHash = (first: number, second: number): number => Math.imul(first ^ Math.imul(second, 0x2c1b3c6d), 0x01000193) | 0;

/** Reads one word of a text and hashes it; `end` is where that word ends, `capital` whether it has an ASCII capital. */
export class WordHasher {
  end = 0;
  capital = false;

  /** The hash of the word starting at `start` (units folded with foldUnit, as the trie walk folds them). */
  hash(text: string, start: number): number {
    let hash = FIRST_WORD_SEED;
    let lowerBits = 0x20;
    let i = start;
    while (i < text.length) {
      const unit = text.charCodeAt(i);
      if (unit < 128) {
        if (ASCII_WORD[unit] !== 1) break;
        // Folding an ASCII letter or digit is setting bit 0x20 (digits have it already); a capital lacks it.
        lowerBits &= unit;
        hash = hashUnit(hash, unit | 0x20);
        i++;
        continue;
      }
      if (!isWordAt(text, i)) break;
      hash = hashUnit(hash, foldUnit(unit));
      // A word character beyond the BMP is two units.
      if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) hash = hashUnit(hash, text.charCodeAt(++i));
      i++;
    }
    this.end = i;
    this.capital = lowerBits === 0;
    return hash;
  }
}

/**
 * The same hash over text[from, to), whatever its units: for one word it equals WordHasher's, and a
 * word joined by an apostrophe or hyphen ("muscle's") hashes whole, the joiner folded in.
 */
export function hashSpan(text: string, from: number, to: number): number {
  let hash = FIRST_WORD_SEED;
  for (let i = from; i < to; i++) hash = hashUnit(hash, foldUnit(text.charCodeAt(i)));
  return hash;
}

const capitalCheck = new WordHasher();

/** Whether the first word of `text`, read as the scan reads it, has an ASCII capital ("OR", "A-fib"; not "mg"). */
export function firstWordHasCapital(text: string): boolean {
  capitalCheck.hash(text, 0);
  return capitalCheck.capital;
}

/**
 * The first words of the forms (`keys`, folded, in form order). `capitalOnly(form)` tells whether
 * every entry that claims the form needs a capital in its first word.
 */
export function firstWordsOf(keys: readonly string[], capitalOnly: (form: number) => boolean): CompiledFirstWords {
  const anyCase = new Set<number>();
  const withCapital = new Set<number>();
  const nonWordStarts = new Set<number>();
  /** First words that are a whole form by themselves (possibly with units after them that are no word: "ca+"). */
  const alone = new Set<number>();
  const pairs = new Set<number>();
  const hasher = new WordHasher();
  keys.forEach((key, form) => {
    const hash = hasher.hash(key, 0);
    if (hasher.end === 0) {
      nonWordStarts.add(key.charCodeAt(0));
      return;
    }
    if (capitalOnly(form)) withCapital.add(hash);
    else anyCase.add(hash);
    const second = nextWordAt(key, hasher.end);
    if (second < 0) alone.add(hash);
    else pairs.add(pairHash(hash, hasher.hash(key, second)));
  });
  const nextWordNeeded = [...anyCase, ...withCapital].filter((hash) => !alone.has(hash));
  return {
    hashes: [...anyCase],
    capitalHashes: [...withCapital].filter((hash) => !anyCase.has(hash)),
    nonWordStarts: [...nonWordStarts],
    nextWordNeeded: [...new Set(nextWordNeeded)],
    pairs: [...pairs],
  };
}

/** Where the next word starts at or after `from`, as the scan's word list finds it, or -1. */
function nextWordAt(text: string, from: number): number {
  for (let i = from; i < text.length; i++) if (isWordAt(text, i)) return i;
  return -1;
}

/** log2 of the number of hash groups in FirstWordTable's filter (2^18 bits: 32 KB). */
const FILTER_BITS = 18;
/** The filter's group of a hash: its top FILTER_BITS bits. */
const filterGroup = (hash: number): number => hash >>> (32 - FILTER_BITS);

/** Whether a hash may be some form's first word, by FirstWordTable's filter alone (false: surely not). */
export function mayBeFirstWord(filter: Int32Array, hash: number): boolean {
  const group = filterGroup(hash);
  return (filter[group >>> 5]! & (1 << (group & 31))) !== 0;
}

/** The compiled hashes in hash tables: each first word's kind and flag, and the (first, second) word pairs. */
export class FirstWordTable {
  readonly #kinds: HashTable;
  readonly #pairs: HashTable;
  /**
   * One bit per group of hashes (FILTER_BITS of them, by the hash's top bits), set when some first
   * word's hash is in the group: 32 KB that stay in the processor's cache. Nearly every word of a
   * text is no first word, and with a big glossary the table's slots (hundreds of KB) are not in
   * the cache: this filter turns most of those probes away before they reach memory.
   */
  readonly #maybe = new Int32Array(1 << (FILTER_BITS - 5));

  /** The filter itself, for a reader that tests words as it hashes them (TextWords.read, with mayBeFirstWord). */
  get filter(): Int32Array {
    return this.#maybe;
  }

  constructor(compiled: CompiledFirstWords) {
    this.#kinds = new HashTable(compiled.hashes.length + compiled.capitalHashes.length);
    for (const hash of compiled.hashes) this.#setKind(hash, ANY_CASE);
    for (const hash of compiled.capitalHashes) this.#setKind(hash, WITH_CAPITAL);
    for (const hash of compiled.nextWordNeeded) {
      const kind = this.#kinds.get(hash);
      if (kind >= 0) this.#kinds.set(hash, kind | NEXT_WORD_NEEDED);
    }
    this.#pairs = new HashTable(compiled.pairs.length);
    for (const pair of compiled.pairs) this.#pairs.set(pair, 1);
  }

  kind(hash: number): FirstWordKind {
    return (this.startInfo(hash) & KIND_BITS) as FirstWordKind;
  }

  /** The kind, with NEXT_WORD_NEEDED set for a first word that never is a whole form alone. */
  startInfo(hash: number): number {
    if (!mayBeFirstWord(this.#maybe, hash)) return NOT_FIRST;
    const info = this.#kinds.get(hash);
    return info < 0 ? NOT_FIRST : info;
  }

  /** A first word's kind, and its group's bit in the filter. */
  #setKind(hash: number, kind: number): void {
    const group = filterGroup(hash);
    this.#maybe[group >>> 5]! |= 1 << (group & 31);
    this.#kinds.set(hash, kind);
  }

  /** Whether some form has this first word and then this second word (a hash collision may say yes). */
  hasPair(first: number, second: number): boolean {
    return this.#pairs.has(pairHash(first, second));
  }
}
