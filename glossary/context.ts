/**
 * The `context[]` rule: an entry such as "cold" (context: virus, cough …) only counts when one of its
 * context forms appears in the same sentence or within 10 words of the match. Only words around the
 * match are read, so a page full of "cold" costs a little per match, never a pass over the page.
 */
import { foldUnit, foldUnits, isWordAt, isWordBefore, words } from './normalize';

/** Words either side of the match that count regardless of sentences. */
export const CONTEXT_WINDOW = 10;
/** A "sentence" longer than this many words either way is no prose; stop reading there. */
const SENTENCE_WORD_LIMIT = 200;

/** A sentence ends at . ! ? or … (then closing quotes or brackets) followed by whitespace, or at a blank line. */
export const SENTENCE_BREAK = /[.!?…]+["')\]”]*\s|\n[^\S\n]*\n/;
const WHITESPACE_ONLY = /^\s+$/;

/** A context form split into its words, as folded text. */
export type ContextForm = readonly string[];

/** The words of each folded context form. */
export function contextForms(forms: readonly string[]): ContextForm[] {
  return forms.map((form) => words(form).map((w) => form.slice(w.start, w.end)));
}

interface NearWord {
  start: number;
  end: number;
  /** Within CONTEXT_WINDOW words of the match, or in its sentence. */
  counts: boolean;
}

/** Whether a context form occurs near the match [start, end) of the text (folded, or fold-free). */
export function contextAppears(text: string, start: number, end: number, forms: readonly ContextForm[]): boolean {
  // Nearest first on both sides.
  const before: NearWord[] = [];
  let sameSentence = true;
  let edge = start;
  for (let n = 1; n <= SENTENCE_WORD_LIMIT; n++) {
    const word = wordEndingBefore(text, edge);
    if (word === null) break;
    if (SENTENCE_BREAK.test(text.slice(word.end, edge))) sameSentence = false;
    if (n > CONTEXT_WINDOW && !sameSentence) break;
    before.push({ ...word, counts: n <= CONTEXT_WINDOW || sameSentence });
    edge = word.start;
  }
  const after: NearWord[] = [];
  sameSentence = !SENTENCE_BREAK.test(text.slice(start, end));
  edge = end;
  for (let n = 1; n <= SENTENCE_WORD_LIMIT; n++) {
    const word = wordStartingAfter(text, edge);
    if (word === null) break;
    if (SENTENCE_BREAK.test(text.slice(edge, word.start))) sameSentence = false;
    if (n > CONTEXT_WINDOW && !sameSentence) break;
    after.push({ ...word, counts: n <= CONTEXT_WINDOW || sameSentence });
    edge = word.end;
  }
  before.reverse();
  for (const form of forms) {
    // An occurrence counts when its word farthest from the match counts.
    if (occurs(text, before, form, (first) => first.counts)) return true;
    if (occurs(text, after, form, (_first, last) => last.counts)) return true;
  }
  return false;
}

/** Whether `form` occurs as consecutive words (joined by whitespace only) in `list`, which is in text order. */
function occurs(text: string, list: readonly NearWord[], form: ContextForm, counts: (first: NearWord, last: NearWord) => boolean): boolean {
  const length = form.length;
  if (length === 0) return false;
  outer: for (let i = 0; i + length <= list.length; i++) {
    for (let k = 0; k < length; k++) {
      const word = list[i + k]!;
      if (foldUnits(text.slice(word.start, word.end)) !== form[k]) continue outer;
      if (k > 0 && !WHITESPACE_ONLY.test(text.slice(list[i + k - 1]!.end, word.start))) continue outer;
    }
    if (counts(list[i]!, list[i + length - 1]!)) return true;
  }
  return false;
}

const isJoiner = (code: number) => foldUnit(code) === 0x27 || foldUnit(code) === 0x2d;

/** The last word that ends at or before `pos` (same words as `words()`), or null. */
function wordEndingBefore(text: string, pos: number): { start: number; end: number } | null {
  let i = pos;
  while (i > 0 && !isWordBefore(text, i)) i--;
  if (i === 0) return null;
  const end = i;
  while (i > 0) {
    if (isWordBefore(text, i)) {
      i -= isLowSurrogate(text.charCodeAt(i - 1)) && i >= 2 ? 2 : 1;
    } else if (isJoiner(text.charCodeAt(i - 1)) && isWordBefore(text, i - 1) && isWordAt(text, i)) {
      i--;
    } else break;
  }
  return { start: i, end };
}

/** The first word that starts at or after `pos`, or null. */
function wordStartingAfter(text: string, pos: number): { start: number; end: number } | null {
  let i = pos;
  while (i < text.length && !isWordAt(text, i)) i++;
  if (i >= text.length) return null;
  const start = i;
  while (i < text.length) {
    if (isWordAt(text, i)) {
      i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    } else if (isJoiner(text.charCodeAt(i)) && isWordBefore(text, i) && isWordAt(text, i + 1)) {
      i++;
    } else break;
  }
  return { start, end: i };
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
