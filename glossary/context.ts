/**
 * The `context[]` rule: an entry such as "cold" (context: virus, cough …) only counts when one of its
 * context forms appears in the same sentence or within 10 words of the match. Only words around the
 * match are read, so a page full of "cold" costs a little per match, never a pass over the page.
 */
import { doubled } from './doubled';
import { hashSpan, WordHasher } from './first-words';
import { ITEM_END, ITEM_END_UNIT, joinItems } from './joined-items';
import { foldUnit, foldUnits, sameFoldedRun, sameFoldedWord } from './normalize';
import { breaksSentence } from './sentences';
import { BREAK_BEFORE, type TextWords } from './text-words';
import { ASCII_WORD, gluesWords, isWordAt, isWordBefore, words } from './words';

/** Words either side of the match that count regardless of sentences. */
const CONTEXT_WINDOW = 10;
/** A "sentence" longer than this many words either way is no prose; stop reading there. */
const SENTENCE_WORD_LIMIT = 200;

const WHITESPACE_ONLY = /^\s+$/;

/**
 * A context form of several words, as folded text: its words, and what stands between each two
 * (`null`: any run of whitespace). Cues such as "s/p", "I&O" or "g/dL" are words joined by a mark,
 * and the mark must be there in the text too.
 */
export interface ContextForm {
  words: readonly string[];
  gaps: readonly (string | null)[];
}

/**
 * An entry's context forms, prepared once. Nearly all are single words of plain ASCII letters and
 * digits: those are not cut out into strings of their own but read where they already stand, in
 * `source` (the compiled tables' joined context words, or the forms of a sense joined once), found
 * by their hash. A long page builds rules for hundreds of entries (665 on the page benchmark's 1 MB
 * article), and two sets and a string for each of their tens of thousands of words were about 2 MB
 * of the PDF reader's heap.
 */
export interface ContextRule {
  /** Items each followed by ITEM_END; the plain single words are read from it. */
  source: string;
  /**
   * The single words kept in `source` (ASCII letters and digits, maybe joined by an apostrophe or
   * hyphen: "muscle's"), sorted by the small form of their hash (hashSpan, first-words.ts):
   * [hash, start, hash, start…]. A word read near a match is ruled out by its hash (a TextWords
   * list has it already for a word of one part) and compared in place: nothing is cut from the text.
   */
  hashed: Int32Array;
  /** The single words not kept in `source` (accented letters, marks: "naïve"): few rules have any. */
  single: ReadonlySet<string>;
  /**
   * The phrases of plain words one space apart ("blood test", "drink water"), nearly every longer
   * form: where each starts in `source`. A form object, two arrays and a string per word for
   * each of a long page's 11,000-odd phrases were another 1.5 MB of heap.
   */
  phrases: Int32Array;
  /** The other longer forms, split: words joined by marks ("s/p", "g/dl"). Few rules have any. */
  long: readonly ContextForm[];
  /** Bit n of longFirstAndLength[c] is set when a longer form's first word starts with ASCII code c and has length n (n < 32): a word that begins none of them starts no comparison. */
  longFirstAndLength: Uint32Array;
  /** The hashed words as a 1,024-bit filter (hashFilterHas): one load rules out nearly every word read near a match. */
  singleFilter: Uint32Array;
  /** The same for the longer forms' first words; null when there are none, or when one of them is no single hashed word ("x-ray"). */
  longFilter: Uint32Array | null;
}

const NO_FORMS: readonly ContextForm[] = [];
/** The longer forms' first-word table of a rule that has none: no bit set. */
const NO_FIRST_WORDS = new Uint32Array(128);
const NO_OTHERS: ReadonlySet<string> = new Set();

/** A rule for folded context forms given as a list (a sense's cues, tests). */
export function contextRule(forms: readonly string[]): ContextRule {
  const source = joinItems(forms);
  return contextRuleOfItems(source, 0, source.length, (item) => item);
}

/**
 * Prepares the folded context forms held in source[from, to) (whole items) for contextAppears, in
 * one pass: a plain word (nearly every form) is only hashed where it stands. A long page's first
 * scan builds rules for hundreds of entries with context words, tens of thousands of forms, in a
 * script nothing has optimized yet. `readItem` turns an item that is not a plain word into its form.
 */
export function contextRuleOfItems(source: string, from: number, to: number, readItem: (item: string) => string): ContextRule {
  let others: Set<string> | null = null;
  const long: ContextForm[] = [];
  const singleFilter = filters.take();
  // The longer forms' tables are taken at the first such form: most rules have none.
  let longFirstAndLength: Uint32Array = NO_FIRST_WORDS;
  let longFilter: Uint32Array | null = null;
  // False once a longer form's first word cannot be told by its hash: every word is then compared.
  let longFilterHolds = true;
  const addFirstWord = (first: number, length: number, hash: number, hashedWhole: boolean) => {
    if (longFilter === null) {
      longFirstAndLength = tables.take();
      longFilter = filters.take();
    }
    addFirstAndLength(longFirstAndLength, first, length);
    if (!hashedWhole) longFilterHolds = false;
    else addToFilter(longFilter, smallHash(hash));
  };
  const keys = SORT_KEYS.reset();
  const phrases = PHRASE_STARTS.reset();
  for (let start = from; start < to; ) {
    const end = source.indexOf(ITEM_END, start);
    if (isPlainWordAt(source, start, end)) {
      const small = smallHash(hashSpan(source, start, end));
      keys.push(small, start);
      addToFilter(singleFilter, small);
      start = end + 1;
      continue;
    }
    if (isPlainPhraseAt(source, start, end)) {
      phrases.push(start);
      const firstEnd = source.indexOf(' ', start);
      const firstHash = ruleHasher.hash(source, start);
      addFirstWord(source.charCodeAt(start), firstEnd - start, firstHash, ruleHasher.end === firstEnd);
      start = end + 1;
      continue;
    }
    const form = readItem(source.slice(start, end));
    start = end + 1;
    const split = splitForm(form);
    if (split.words.length === 0) continue;
    if (split.words.length > 1) {
      long.push(split);
      const first = split.words[0]!;
      const firstHash = ruleHasher.hash(first, 0);
      addFirstWord(first.charCodeAt(0), first.length, firstHash, ruleHasher.end === first.length);
      continue;
    }
    const word = split.words[0]!;
    others ??= new Set();
    others.add(word);
  }
  return {
    source,
    hashed: keys.sorted(),
    single: others ?? NO_OTHERS,
    phrases: phrases.copy(),
    long: long.length > 0 ? long : NO_FORMS,
    longFirstAndLength,
    singleFilter,
    longFilter: longFilterHolds ? longFilter : null,
  };
}

/**
 * (small hash, start) pairs, sorted by hash as one number each: the hash (30 bits) above the start
 * plus one (at most 2^22, under 22 bits), which a double holds exactly.
 */
class SortKeys {
  #keys = new Float64Array(64);
  #count = 0;

  reset(): this {
    this.#count = 0;
    return this;
  }

  push(small: number, start: number): void {
    if (this.#count === this.#keys.length) this.#keys = doubled(this.#keys);
    this.#keys[this.#count++] = small * START_SPAN + (start + 1);
  }

  sorted(): Int32Array {
    const keys = this.#keys.subarray(0, this.#count).sort();
    const pairs = new Int32Array(keys.length * 2);
    for (let i = 0; i < keys.length; i++) {
      const small = Math.floor(keys[i]! / START_SPAN);
      pairs[2 * i] = small;
      pairs[2 * i + 1] = keys[i]! - small * START_SPAN - 1;
    }
    return pairs;
  }
}

/** A growable list of starts, reused by every rule built. */
class Starts {
  #starts = new Int32Array(64);
  count = 0;

  reset(): this {
    this.count = 0;
    return this;
  }

  push(start: number): void {
    if (this.count === this.#starts.length) this.#starts = doubled(this.#starts);
    this.#starts[this.count++] = start;
  }

  copy(): Int32Array {
    return this.count === 0 ? NO_STARTS : this.#starts.slice(0, this.count);
  }
}

const NO_STARTS = new Int32Array(0);
const PHRASE_STARTS = new Starts();

/** Above any start plus one: the tables' joined context words are under 2 million units. */
const START_SPAN = 2 ** 22;
const SORT_KEYS = new SortKeys();

/**
 * Whether text[start, end), whose small hash is `small`, is one of the rule's hashed words: the
 * pairs with that hash found by halving, each compared in place.
 */
function isHashedWord(text: string, start: number, end: number, small: number, rule: ContextRule): boolean {
  const { hashed, source } = rule;
  let lo = 0;
  let hi = (hashed.length >> 1) - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (hashed[2 * mid]! < small) lo = mid + 1;
    else hi = mid - 1;
  }
  for (let i = lo; 2 * i < hashed.length && hashed[2 * i] === small; i++) if (isItemAt(text, start, end, source, hashed[2 * i + 1]!)) return true;
  return false;
}

/** Whether text[start, end), folded, is the whole item that starts at `at` in `source` (ended by ITEM_END). */
export function isItemAt(text: string, start: number, end: number, source: string, at: number): boolean {
  return source.charCodeAt(at + end - start) === ITEM_END_UNIT && sameFoldedRun(text, start, source, at, end - start);
}

/**
 * firstAndLength tables, handed out as views of shared blocks. A typed array of this size has its
 * memory outside the JS heap, and in Chromium allocating one for each table of each rule took
 * about half the time of building the rules (a line profile of the page benchmark's first scan).
 */
class TableSlab {
  static readonly TABLES_PER_BLOCK = 64;
  #block = new Uint32Array(0);
  #next = 0;

  constructor(private readonly size: number) {}

  take(): Uint32Array {
    if (this.#next === this.#block.length) {
      this.#block = new Uint32Array(this.size * TableSlab.TABLES_PER_BLOCK);
      this.#next = 0;
    }
    const table = this.#block.subarray(this.#next, this.#next + this.size);
    this.#next += this.size;
    return table;
  }
}

const tables = new TableSlab(128);
/** Bit filters of 1,024 bits over small hashes. */
const filters = new TableSlab(32);

function addToFilter(filter: Uint32Array, small: number): void {
  filter[(small >>> 5) & 31]! |= 1 << (small & 31);
}

/** False when the small hash is surely not in the filter's set. */
function hashFilterHas(filter: Uint32Array, small: number): boolean {
  return (filter[(small >>> 5) & 31]! & (1 << (small & 31))) !== 0;
}

/** A folded word splitForm may leave whole: ASCII letters and digits, maybe joined by apostrophes or hyphens. */
const PLAIN = "[a-z0-9]+(?:['-][a-z0-9]+)*";

/** A plain word item: one such word, then ITEM_END. */
const PLAIN_WORD = new RegExp(`${PLAIN}${ITEM_END}`, 'y');

/** Whether source[start, end) is a single word splitForm leaves whole (a hyphen beside a number parts two words). */
function isPlainWordAt(source: string, start: number, end: number): boolean {
  PLAIN_WORD.lastIndex = start;
  return PLAIN_WORD.test(source) && PLAIN_WORD.lastIndex === end + 1 && !hyphenAndDigit(source, start, end);
}

/** Whether source[start, end) holds both a hyphen and a digit. */
function hyphenAndDigit(source: string, start: number, end: number): boolean {
  let hyphen = false;
  let digit = false;
  for (let i = start; i < end; i++) {
    const unit = source.charCodeAt(i);
    if (unit === 0x2d) hyphen = true;
    else if (unit >= 0x30 && unit <= 0x39) digit = true;
  }
  return hyphen && digit;
}

/** A plain phrase item: two such words or more, one space apart, then ITEM_END. */
const PLAIN_PHRASE = new RegExp(`${PLAIN}(?: ${PLAIN})+${ITEM_END}`, 'y');

/** Whether source[start, end) is a phrase splitForm splits at its spaces alone (see there: no hyphen beside a number). */
function isPlainPhraseAt(source: string, start: number, end: number): boolean {
  PLAIN_PHRASE.lastIndex = start;
  return PLAIN_PHRASE.test(source) && PLAIN_PHRASE.lastIndex === end + 1 && !hyphenAndDigit(source, start, end);
}

/** Sets bit n of table[c] for a word that starts with ASCII code c and has length n (see ContextRule). */
function addFirstAndLength(table: Uint32Array, first: number, length: number): void {
  // Words the quick filter cannot describe always go to the full test.
  if (first < 128 && length < 32) table[first]! |= 1 << length;
  else table.fill(0xffffffff);
}

/** Whether text[start, end) may be a word of `table` (addFirstAndLength): false rules it out. */
function mayBeWordOf(table: Uint32Array, text: string, start: number, end: number): boolean {
  const length = end - start;
  const first = foldUnit(text.charCodeAt(start));
  return first >= 128 || length >= 32 || (table[first]! & (1 << length)) !== 0;
}

const ruleHasher = new WordHasher();
/** A hash as a small integer, which a Set holds and looks up without boxing it. */
const smallHash = (hash: number) => hash & 0x3fffffff;

/** Folded forms of plain ASCII words, one space apart: split on the spaces, as words() would. */
const PLAIN_FORM = new RegExp(`^${PLAIN}(?: ${PLAIN})*$`);

/**
 * A form's words and the gaps between them. A page with many context-gated terms builds hundreds
 * of rules in its first slice. A hyphen beside a number parts two words on a page ("omega-3",
 * "covid-19": see isNumberJoin in words.ts), so a form holding both goes the way words() reads
 * it: as one word it could never meet its like in the text.
 */
function splitForm(form: string): ContextForm {
  if (PLAIN_FORM.test(form) && !hyphenAndDigit(form, 0, form.length)) {
    const split = form.split(' ');
    return { words: split, gaps: split.slice(1).map(() => null) };
  }
  const spans = words(form);
  return {
    words: spans.map((w) => form.slice(w.start, w.end)),
    gaps: spans.slice(1).map((w, k) => gapOf(form.slice(spans[k]!.end, w.start))),
  };
}

/** What must stand between two words: `null` for whitespace alone, else the marks (whitespace runs as one space). */
function gapOf(between: string): string | null {
  return WHITESPACE_ONLY.test(between) ? null : between.replace(/\s+/g, ' ');
}

/** Whether the text between two words is the gap a form has there (folded: "‑" is "-", as in the form). */
export function gapMatches(between: string, gap: string | null): boolean {
  return gap === null ? WHITESPACE_ONLY.test(between) : gapOf(foldUnits(between)) === gap;
}

/** A form as text, its whitespace gaps as one space: how it reads in folded text. */
export function formText(form: ContextForm): string {
  let text = form.words[0] ?? '';
  for (let k = 1; k < form.words.length; k++) text += (form.gaps[k - 1] ?? ' ') + form.words[k]!;
  return text;
}

/** Whether a context form occurs near the match [start, end) of the text (folded, or fold-free). */
export function contextAppears(text: string, start: number, end: number, rule: ContextRule): boolean {
  // Single words are checked as each word is read, nearest first, so a context word close by ends
  // the search early; longer forms are checked once all the words that count are in.
  const before = BEFORE.reset();
  let sameSentence = true;
  let edge = start;
  for (let n = 1; n <= SENTENCE_WORD_LIMIT; n++) {
    if (!wordEndingBefore(text, edge, before)) break;
    const word = before.count - 1;
    if (sameSentence && breaksSentence(text, before.end[word]!, edge)) sameSentence = false;
    if (n > CONTEXT_WINDOW && !sameSentence) {
      before.count--;
      break;
    }
    if (isContextWord(text, before.start[word]!, before.end[word]!, rule)) return true;
    edge = before.start[word]!;
  }
  // A form of several words may run through the match ("DNR form", "taken to theatre"): the words
  // kept for forms are those before, in text order, the match's own, then those after.
  const keepWords = rule.long.length > 0 || rule.phrases.length > 0;
  if (keepWords) {
    before.reverse();
    for (let at = start; wordStartingAfter(text, at, before); at = before.end[before.count - 1]!) {
      if (before.start[before.count - 1]! >= end) {
        before.count--;
        break;
      }
    }
  }
  const after = keepWords ? before : AFTER.reset();
  sameSentence = !breaksSentence(text, start, end);
  edge = end;
  for (let n = 1; n <= SENTENCE_WORD_LIMIT; n++) {
    if (!wordStartingAfter(text, edge, after)) break;
    const word = after.count - 1;
    if (sameSentence && breaksSentence(text, edge, after.start[word]!)) sameSentence = false;
    if (n > CONTEXT_WINDOW && !sameSentence) {
      after.count--;
      break;
    }
    if (isContextWord(text, after.start[word]!, after.end[word]!, rule)) return true;
    edge = after.end[word]!;
  }
  // Every word kept counts, so any occurrence made only of kept words counts.
  return keepWords && someLongForm(text, before, rule);
}

/**
 * contextAppears for a match that begins with word `first` and ends with word `last` of `list`, the
 * words of the same text: the same answer, read from words already found. Each word near the match
 * is ruled out by its hash (one bit of the rule's filter, then the set), or where it has none by its
 * first letter and length; only a likely context word is cut out of the text and compared. Most
 * checks find no cue and read a whole sentence each way (in the matcher benchmark at 1,000 entries,
 * 19,000 checks read 445,000 words): one load of the filter before anything else made the whole
 * matching 8-15 % faster there.
 */
export function contextAppearsAt(text: string, list: TextWords, first: number, last: number, rule: ContextRule): boolean {
  const { flags } = list;
  const keepWords = rule.long.length > 0 || rule.phrases.length > 0;
  const before = BEFORE.reset();
  let sameSentence = true;
  // `edge` is the first word after the whole word being read; the gap before it is the gap that word leaves.
  let edge = first;
  for (let n = 1; n <= SENTENCE_WORD_LIMIT && edge > 0; n++) {
    const to = edge - 1;
    const from = list.wholeWordStart(to);
    if (sameSentence && (flags[edge]! & BREAK_BEFORE) !== 0) sameSentence = false;
    if (n > CONTEXT_WINDOW && !sameSentence) break;
    if (keepWords) before.push(list.start[from]!, list.end[to]!, from === to ? smallHash(list.hash[from]!) : NO_HASH);
    if (isContextWordAt(text, list, from, to, rule)) return true;
    edge = from;
  }
  // As in contextAppears: the match's own words stand between those before and after, for forms that run through it.
  if (keepWords) {
    before.reverse();
    for (let w = first; w <= last; ) {
      const to = list.wholeWordEnd(w);
      before.push(list.start[w]!, list.end[to]!, w === to ? smallHash(list.hash[w]!) : NO_HASH);
      w = to + 1;
    }
  }
  const after = keepWords ? before : AFTER.reset();
  sameSentence = !breaksSentence(text, list.start[first]!, list.end[last]!);
  // `next` is the first word after the match, then after each whole word read.
  let next = last + 1;
  for (let n = 1; n <= SENTENCE_WORD_LIMIT && next < list.count; n++) {
    const to = list.wholeWordEnd(next);
    if (sameSentence && (flags[next]! & BREAK_BEFORE) !== 0) sameSentence = false;
    if (n > CONTEXT_WINDOW && !sameSentence) break;
    if (keepWords) after.push(list.start[next]!, list.end[to]!, next === to ? smallHash(list.hash[next]!) : NO_HASH);
    if (isContextWordAt(text, list, next, to, rule)) return true;
    next = to + 1;
  }
  return keepWords && someLongForm(text, before, rule);
}

/** isContextWord for the whole word made of words from..to of `list`. */
function isContextWordAt(text: string, list: TextWords, from: number, to: number, rule: ContextRule): boolean {
  const start = list.start[from]!;
  const end = list.end[to]!;
  // A word of one part has its hash in the list; one joined by an apostrophe or hyphen is hashed whole.
  return isSingleWord(text, start, end, smallHash(from === to ? list.hash[from]! : hashSpan(text, start, end)), rule);
}

/** Whether text[start, end), whose small hash is `small`, is one of the rule's single words, kept in place or not. */
function isSingleWord(text: string, start: number, end: number, small: number, rule: ContextRule): boolean {
  if (hashFilterHas(rule.singleFilter, small) && isHashedWord(text, start, end, small, rule)) return true;
  return rule.single.size > 0 && rule.single.has(foldUnits(text.slice(start, end)));
}

/** Word spans in growable typed arrays: a context check reads dozens of words and allocates nothing per word. */
class NearWords {
  start = new Int32Array(32);
  end = new Int32Array(32);
  /** The word's small hash, or NO_HASH where it was not read as one hashed word. */
  hash = new Int32Array(32);
  count = 0;

  push(start: number, end: number, hash = NO_HASH): void {
    if (this.count === this.start.length) {
      this.start = doubled(this.start);
      this.end = doubled(this.end);
      this.hash = doubled(this.hash);
    }
    this.start[this.count] = start;
    this.end[this.count] = end;
    this.hash[this.count] = hash;
    this.count++;
  }

  reset(): this {
    this.count = 0;
    return this;
  }

  reverse(): void {
    for (let a = 0, b = this.count - 1; a < b; a++, b--) {
      const start = this.start[a]!;
      const end = this.end[a]!;
      const hash = this.hash[a]!;
      this.start[a] = this.start[b]!;
      this.end[a] = this.end[b]!;
      this.hash[a] = this.hash[b]!;
      this.start[b] = start;
      this.end[b] = end;
      this.hash[b] = hash;
    }
  }
}

/** A small hash is never negative: this marks a kept word without one. */
const NO_HASH = -1;

// Reused by every check: contextAppears never runs twice at once.
const BEFORE = new NearWords();
const AFTER = new NearWords();

/**
 * Whether text[start, end), a word read as words() reads them, is one of the rule's single context
 * words. Most words read near a match are none; a table lookup rules them out without slicing.
 */
export function isContextWord(text: string, start: number, end: number, rule: ContextRule): boolean {
  return isSingleWord(text, start, end, smallHash(hashSpan(text, start, end)), rule);
}

/**
 * Whether one of the rule's longer forms occurs as consecutive words, joined by whitespace or by
 * the form's own marks ("s/p"), in `list` (text order). A word that begins none of them is passed
 * by one table lookup: an entry may have dozens of longer forms, and trying each at every word
 * near every match was most of the cost of the context rule on health text.
 */
function someLongForm(text: string, list: NearWords, rule: ContextRule): boolean {
  const { longFilter: filter, phrases, source } = rule;
  for (let i = 0; i < list.count; i++) {
    const hash = list.hash[i]!;
    if (filter !== null && hash !== NO_HASH && !hashFilterHas(filter, hash)) continue;
    if (!mayBeWordOf(rule.longFirstAndLength, text, list.start[i]!, list.end[i]!)) continue;
    for (let p = 0; p < phrases.length; p++) if (phraseOccursAt(text, list, i, source, phrases[p]!)) return true;
    for (const form of rule.long) if (occursAt(text, list, i, form)) return true;
  }
  return false;
}

/** Whether `form` occurs in `list` from its word `i` on. */
function occursAt(text: string, list: NearWords, i: number, form: ContextForm): boolean {
  const { words: formWords, gaps } = form;
  if (i + formWords.length > list.count) return false;
  for (let k = 0; k < formWords.length; k++) {
    if (!sameFoldedWord(text, list.start[i + k]!, list.end[i + k]!, formWords[k]!)) return false;
    if (k > 0 && !gapMatches(text.slice(list.end[i + k - 1]!, list.start[i + k]!), gaps[k - 1] ?? null)) return false;
  }
  return true;
}

/** occursAt for the plain phrase at `at` in `source`: its words end at a space, the last at ITEM_END. */
function phraseOccursAt(text: string, list: NearWords, i: number, source: string, at: number): boolean {
  for (let k = i, p = at; k < list.count; k++) {
    const length = list.end[k]! - list.start[k]!;
    const after = phraseWordAt(text, list.start[k]!, length, source, p);
    if (after < 0) return false;
    if (k > i && !gapMatches(text.slice(list.end[k - 1]!, list.start[k]!), null)) return false;
    if (after === ITEM_END_UNIT) return true;
    p += length + 1;
  }
  return false;
}

const SPACE_UNIT = 0x20;

/**
 * Whether text[start, start + length) is the phrase word at `p` in `source`: the unit that ends it
 * there (a space, or ITEM_END for the phrase's last word), else -1.
 */
function phraseWordAt(text: string, start: number, length: number, source: string, p: number): number {
  const after = source.charCodeAt(p + length);
  return (after === SPACE_UNIT || after === ITEM_END_UNIT) && sameFoldedRun(text, start, source, p, length) ? after : -1;
}

/**
 * Whether a plain phrase of `source` (a rule's `phrases`) starts at word `start` of `words`, word
 * after word with whitespace between: word-presence.ts's phraseAt for such a phrase.
 */
export function phraseStandsAt(text: string, words: TextWords, start: number, source: string, at: number): boolean {
  let last = -1;
  for (let k = 0, p = at; ; k++) {
    const from = k === 0 ? start : last + 1;
    if (from >= words.count) return false;
    const to = words.wholeWordEnd(from);
    const wordStart = words.start[from]!;
    const length = words.end[to]! - wordStart;
    const after = phraseWordAt(text, wordStart, length, source, p);
    if (after < 0) return false;
    if (k > 0 && !gapMatches(text.slice(words.end[last]!, wordStart), null)) return false;
    if (after === ITEM_END_UNIT) return true;
    last = to;
    p += length + 1;
  }
}

/** A plain phrase's text, as formText gives a split form's. */
export function phraseText(source: string, at: number): string {
  return source.slice(at, source.indexOf(ITEM_END, at));
}

/** Adds the last word that ends at or before `pos` (same words as `words()`); false when there is none. */
function wordEndingBefore(text: string, pos: number, into: NearWords): boolean {
  // ASCII units are settled by a table lookup: a check reads dozens of words, nearly all of them ASCII.
  let i = pos;
  while (i > 0) {
    const unit = text.charCodeAt(i - 1);
    if (unit < 128 ? ASCII_WORD[unit] === 1 : isWordBefore(text, i)) break;
    i--;
  }
  if (i === 0) return false;
  const end = i;
  while (i > 0) {
    const unit = text.charCodeAt(i - 1);
    if (unit < 128 && ASCII_WORD[unit] === 1) {
      i--;
    } else if (isWordBefore(text, i)) {
      i -= isLowSurrogate(unit) && i >= 2 ? 2 : 1;
    } else if (gluesWords(text, i - 1)) {
      i--;
    } else break;
  }
  into.push(i, end);
  return true;
}

/** Adds the first word that starts at or after `pos`; false when there is none. */
function wordStartingAfter(text: string, pos: number, into: NearWords): boolean {
  let i = pos;
  while (i < text.length) {
    const unit = text.charCodeAt(i);
    if (unit < 128 ? ASCII_WORD[unit] === 1 : isWordAt(text, i)) break;
    i++;
  }
  if (i >= text.length) return false;
  const start = i;
  while (i < text.length) {
    const unit = text.charCodeAt(i);
    if (unit < 128 && ASCII_WORD[unit] === 1) {
      i++;
    } else if (isWordAt(text, i)) {
      i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    } else if (gluesWords(text, i)) {
      i++;
    } else break;
  }
  into.push(start, i);
  return true;
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
