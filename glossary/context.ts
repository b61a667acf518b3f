/**
 * The `context[]` rule: an entry such as "cold" (context: virus, cough …) only counts when one of its
 * context forms appears in the same sentence or within 10 words of the match. Only words around the
 * match are read, so a page full of "cold" costs a little per match, never a pass over the page.
 */
import { foldUnit, foldUnits } from './normalize';
import { ASCII_WORD, gluesWords, isWordAt, isWordBefore, words } from './words';

/** Words either side of the match that count regardless of sentences. */
const CONTEXT_WINDOW = 10;
/** A "sentence" longer than this many words either way is no prose; stop reading there. */
const SENTENCE_WORD_LIMIT = 200;

/** A sentence ends at . ! ? or … (then closing quotes or brackets) followed by whitespace, or at a blank line. */
const SENTENCE_BREAK = /[.!?…]+["')\]”]*\s|\n[^\S\n]*\n/;
const WHITESPACE_ONLY = /^\s+$/;

/** A context form split into its words, as folded text. */
type ContextForm = readonly string[];

/** An entry's context forms, prepared once: single words in a set (nearly all of them), longer forms apart. */
export interface ContextRule {
  single: ReadonlySet<string>;
  /** Bit n of firstAndLength[c] is set when a single word starts with ASCII code c and has length n (n < 32). */
  firstAndLength: Uint32Array;
  long: readonly ContextForm[];
}

/** Prepares an entry's folded context forms for contextAppears. */
export function contextRule(forms: readonly string[]): ContextRule {
  const split = forms.map(wordsOfForm).filter((f) => f.length > 0);
  const single = new Set(split.filter((f) => f.length === 1).map((f) => f[0]!));
  const firstAndLength = new Uint32Array(128);
  for (const word of single) {
    const first = word.charCodeAt(0);
    // Words the quick filter cannot describe always go to the full test.
    if (first < 128 && word.length < 32) firstAndLength[first]! |= 1 << word.length;
    else firstAndLength.fill(0xffffffff);
  }
  return { single, firstAndLength, long: split.filter((f) => f.length > 1) };
}

/** Folded forms of plain ASCII words, one space apart: split on the spaces, as words() would. */
const PLAIN_FORM = /^[a-z0-9]+(?:['-][a-z0-9]+)*(?: [a-z0-9]+(?:['-][a-z0-9]+)*)*$/;

/** A form's words. A page with many context-gated terms builds hundreds of rules in its first slice. */
function wordsOfForm(form: string): string[] {
  if (PLAIN_FORM.test(form)) return form.split(' ');
  return words(form).map((w) => form.slice(w.start, w.end));
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
  const after = AFTER.reset();
  sameSentence = !SENTENCE_BREAK.test(text.slice(start, end));
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
  if (rule.long.length === 0) return false;
  // Every word kept counts, so any occurrence made only of kept words counts.
  before.reverse();
  return rule.long.some((form) => occurs(text, before, form) || occurs(text, after, form));
}

/** Word spans in growable typed arrays: a context check reads dozens of words and allocates nothing per word. */
class NearWords {
  start = new Int32Array(32);
  end = new Int32Array(32);
  count = 0;

  push(start: number, end: number): void {
    if (this.count === this.start.length) {
      const bigger = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.start = bigger(this.start);
      this.end = bigger(this.end);
    }
    this.start[this.count] = start;
    this.end[this.count] = end;
    this.count++;
  }

  reset(): this {
    this.count = 0;
    return this;
  }

  reverse(): void {
    this.start.subarray(0, this.count).reverse();
    this.end.subarray(0, this.count).reverse();
  }
}

// Reused by every check: contextAppears never runs twice at once.
const BEFORE = new NearWords();
const AFTER = new NearWords();

// Cheap test first: most gaps are one space and hold none of the characters a break needs.
function breaksSentence(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026 || c === 0x0a) return SENTENCE_BREAK.test(text.slice(from, to));
  }
  return false;
}

/** Whether text[start, end) equals `word` once folded, without slicing. */
function sameWord(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let k = 0; k < word.length; k++) if (foldUnit(text.charCodeAt(start + k)) !== word.charCodeAt(k)) return false;
  return true;
}

// Most words read near a match are no context word; a table lookup rules them out without slicing.
function isContextWord(text: string, start: number, end: number, rule: ContextRule): boolean {
  const length = end - start;
  const first = foldUnit(text.charCodeAt(start));
  if (first < 128 && length < 32 && (rule.firstAndLength[first]! & (1 << length)) === 0) return false;
  return rule.single.has(foldUnits(text.slice(start, end)));
}

/** Whether `form` occurs as consecutive words, joined by whitespace only, in `list` (text order). */
function occurs(text: string, list: NearWords, form: ContextForm): boolean {
  const length = form.length;
  outer: for (let i = 0; i + length <= list.count; i++) {
    for (let k = 0; k < length; k++) {
      if (!sameWord(text, list.start[i + k]!, list.end[i + k]!, form[k]!)) continue outer;
      if (k > 0 && !WHITESPACE_ONLY.test(text.slice(list.end[i + k - 1]!, list.start[i + k]!))) continue outer;
    }
    return true;
  }
  return false;
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
