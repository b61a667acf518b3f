/**
 * The `context[]` rule: an entry such as "cold" (context: virus, cough …) only counts when one of its
 * context forms appears in the same sentence or within 10 words of the match. Only words around the
 * match are read, so a page full of "cold" costs a little per match, never a pass over the page.
 */
import { WordHasher } from './first-words';
import { foldUnit, foldUnits, sameFoldedWord } from './normalize';
import { breaksSentence } from './sentences';
import { BREAK_BEFORE, type TextWords } from './text-words';
import { ASCII_WORD, gluesWords, isWordAt, isWordBefore, words } from './words';

/** Words either side of the match that count regardless of sentences. */
const CONTEXT_WINDOW = 10;
/** A "sentence" longer than this many words either way is no prose; stop reading there. */
const SENTENCE_WORD_LIMIT = 200;

const WHITESPACE_ONLY = /^\s+$/;
const DIGIT = /[0-9]/;

/**
 * A context form of several words, as folded text: its words, and what stands between each two
 * (`null`: any run of whitespace). Cues such as "s/p", "I&O" or "g/dL" are words joined by a mark,
 * and the mark must be there in the text too.
 */
export interface ContextForm {
  words: readonly string[];
  gaps: readonly (string | null)[];
}

/** An entry's context forms, prepared once: single words in a set (nearly all of them), longer forms apart. */
export interface ContextRule {
  single: ReadonlySet<string>;
  /** Bit n of firstAndLength[c] is set when a single word starts with ASCII code c and has length n (n < 32). */
  firstAndLength: Uint32Array;
  /**
   * The single words as the first-word hash reads them (first-words.ts), kept as small integers: a
   * word of a TextWords list is ruled out by its hash, with nothing cut out of the text.
   */
  singleHashes: ReadonlySet<number>;
  long: readonly ContextForm[];
  /** firstAndLength for the first words of the longer forms: a word that begins none of them starts no comparison. */
  longFirstAndLength: Uint32Array;
  /** singleHashes as a 1,024-bit filter (hashFilterHas): one load rules out nearly every word read near a match. */
  singleFilter: Uint32Array;
  /** The same for the longer forms' first words; null when there are none, or when one of them is no single hashed word ("x-ray"). */
  longFilter: Uint32Array | null;
}

/**
 * Prepares an entry's folded context forms for contextAppears, in one pass: a plain word (nearly
 * every form) goes straight into the tables. A long page's first scan builds rules for hundreds of
 * entries with context words, tens of thousands of forms, in a script nothing has optimized yet.
 */
export function contextRule(forms: readonly string[]): ContextRule {
  const single = new Set<string>();
  const singleHashes = new Set<number>();
  const firstAndLength = tables.take();
  const long: ContextForm[] = [];
  const longFirstAndLength = tables.take();
  const singleFilter = filters.take();
  // Null once a longer form's first word cannot be told by its hash: every word is then compared.
  let longFilter: Uint32Array | null = filters.take();
  for (const form of forms) {
    let word: string;
    if (isPlainWord(form)) {
      word = form;
    } else {
      const split = splitForm(form);
      if (split.words.length === 0) continue;
      if (split.words.length > 1) {
        long.push(split);
        addFirstAndLength(longFirstAndLength, split.words[0]!);
        const firstHash = ruleHasher.hash(split.words[0]!, 0);
        if (ruleHasher.end !== split.words[0]!.length) longFilter = null;
        else if (longFilter) addToFilter(longFilter, smallHash(firstHash));
        continue;
      }
      word = split.words[0]!;
    }
    if (single.has(word)) continue;
    single.add(word);
    addFirstAndLength(firstAndLength, word);
    const hash = ruleHasher.hash(word, 0);
    // A word with an apostrophe or hyphen is several words to the hash; such words are compared whole.
    if (ruleHasher.end === word.length) {
      singleHashes.add(smallHash(hash));
      addToFilter(singleFilter, smallHash(hash));
    }
  }
  return { single, firstAndLength, singleHashes, long, longFirstAndLength, singleFilter, longFilter: long.length > 0 ? longFilter : null };
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

/** Whether a folded form is a single word of ASCII letters and digits, which splitForm would leave whole. */
function isPlainWord(form: string): boolean {
  if (form.length === 0) return false;
  for (let i = 0; i < form.length; i++) {
    const unit = form.charCodeAt(i);
    if (!((unit >= 0x61 && unit <= 0x7a) || (unit >= 0x30 && unit <= 0x39))) return false;
  }
  return true;
}

/** Sets bit n of table[c] for a word that starts with ASCII code c and has length n (see ContextRule). */
function addFirstAndLength(table: Uint32Array, word: string): void {
  const first = word.charCodeAt(0);
  // Words the quick filter cannot describe always go to the full test.
  if (first < 128 && word.length < 32) table[first]! |= 1 << word.length;
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
const PLAIN_FORM = /^[a-z0-9]+(?:['-][a-z0-9]+)*(?: [a-z0-9]+(?:['-][a-z0-9]+)*)*$/;

/**
 * A form's words and the gaps between them. A page with many context-gated terms builds hundreds
 * of rules in its first slice. A hyphen beside a number parts two words on a page ("omega-3",
 * "covid-19": see isNumberJoin in words.ts), so a form holding both goes the way words() reads
 * it: as one word it could never meet its like in the text.
 */
function splitForm(form: string): ContextForm {
  if (PLAIN_FORM.test(form) && !(form.includes('-') && DIGIT.test(form))) {
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
  const keepWords = rule.long.length > 0;
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
  const keepWords = rule.long.length > 0;
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
  if (from === to) {
    const small = smallHash(list.hash[from]!);
    if (!hashFilterHas(rule.singleFilter, small) || !rule.singleHashes.has(small)) return false;
  }
  const start = list.start[from]!;
  const end = list.end[to]!;
  if (!mayBeWordOf(rule.firstAndLength, text, start, end)) return false;
  return rule.single.has(foldUnits(text.slice(start, end)));
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
      const bigger = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.start = bigger(this.start);
      this.end = bigger(this.end);
      this.hash = bigger(this.hash);
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

// Most words read near a match are no context word; a table lookup rules them out without slicing.
function isContextWord(text: string, start: number, end: number, rule: ContextRule): boolean {
  if (!mayBeWordOf(rule.firstAndLength, text, start, end)) return false;
  return rule.single.has(foldUnits(text.slice(start, end)));
}

/**
 * Whether one of the rule's longer forms occurs as consecutive words, joined by whitespace or by
 * the form's own marks ("s/p"), in `list` (text order). A word that begins none of them is passed
 * by one table lookup: an entry may have dozens of longer forms, and trying each at every word
 * near every match was most of the cost of the context rule on health text.
 */
function someLongForm(text: string, list: NearWords, rule: ContextRule): boolean {
  const filter = rule.longFilter;
  for (let i = 0; i < list.count; i++) {
    const hash = list.hash[i]!;
    if (filter !== null && hash !== NO_HASH && !hashFilterHas(filter, hash)) continue;
    if (!mayBeWordOf(rule.longFirstAndLength, text, list.start[i]!, list.end[i]!)) continue;
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
