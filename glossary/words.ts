/**
 * The one definition of a word every part uses: Unicode letters, digits and marks, joined by
 * internal apostrophes and hyphens ("don't", "heart-beat"), and where words start and end.
 */
import { foldUnit } from './normalize';

// Scripts written without spaces between words: a Latin term directly beside them ("のMRI検査") is
// still a word of its own, so their characters never extend a word.
const SPACELESS_SCRIPTS = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Hangul}\\p{sc=Thai}\\p{sc=Lao}\\p{sc=Khmer}\\p{sc=Myanmar}';

/** Word characters as a `v`-flag RegExp class: letters, digits and marks, minus space-less scripts. */
const WORD_CLASS = `[[\\p{L}\\p{N}\\p{M}]--[${SPACELESS_SCRIPTS}]]`;
/** Characters that join two word characters into one word ("don't", "heart-beat") but never start or end one. */
const JOINER_CLASS = "['\\-\u2019\u2018\u02bc\u2032\uff07\u2010\u2011]";

const WORD_CHAR = new RegExp(`^${WORD_CLASS}$`, 'v');
/** 1 for the ASCII units that are word characters (letters and digits), for loops that read unit by unit. */
export const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = /[A-Za-z0-9]/.test(String.fromCharCode(c)) ? 1 : 0;
const wordCache = new Map<number, boolean>();

/** Whether the code point is a word character. */
function isWordCodePoint(cp: number): boolean {
  if (cp < 128) return ASCII_WORD[cp] === 1;
  let known = wordCache.get(cp);
  if (known === undefined) {
    known = WORD_CHAR.test(String.fromCodePoint(cp));
    wordCache.set(cp, known);
  }
  return known;
}

/** Whether the character starting at `i` is a word character. */
export function isWordAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  return isWordCodePoint(text.codePointAt(i) ?? 0);
}

/** Whether the character ending just before `i` is a word character (steps back over surrogate pairs). */
export function isWordBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const low = text.charCodeAt(i - 1);
  if (low >= 0xdc00 && low <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return isWordCodePoint(text.codePointAt(i - 2) ?? 0);
  }
  return isWordCodePoint(low);
}

/** A hyphen, typographic ones (U+2010, U+2011) too. */
export const isHyphen = (code: number) => foldUnit(code) === 0x2d;

/** An apostrophe or hyphen (typographic ones too): it joins two word characters into one word. */
const isJoiner = (code: number) => foldUnit(code) === 0x27 || isHyphen(code);

/**
 * A word may start at `i`: no word character, and no joiner glued to one, just before it; a hyphen
 * that joins a number to a word is no glue (see isNumberJoin).
 */
export function isWordStart(text: string, i: number): boolean {
  if (isWordBefore(text, i)) return false;
  return !(isJoiner(text.charCodeAt(i - 1)) && isWordBefore(text, i - 1)) || isNumberJoin(text, i - 1);
}

/** A word may end at `i`: no word character, and no joiner leading into one, right after it (a number's hyphen aside). */
export function isWordEnd(text: string, i: number): boolean {
  if (isWordAt(text, i)) return false;
  return !(isJoiner(text.charCodeAt(i)) && isWordAt(text, i + 1)) || isNumberJoin(text, i);
}

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/** JS `\s`: what a space in a form stands for, and what ends a sentence after its full stop. */
export function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/**
 * Whether the unit at `i` glues the words either side of it into one ("don't", "x-ray"): a joiner
 * between two word characters, unless it is a number's hyphen (see isNumberJoin). Every reader of
 * words that steps unit by unit asks this, so they all agree with `words()`.
 */
export function gluesWords(text: string, i: number): boolean {
  return isJoiner(text.charCodeAt(i)) && isWordBefore(text, i) && isWordAt(text, i + 1) && !isNumberJoin(text, i);
}

/**
 * Whether the unit at `i` is a hyphen between two words one of which is a number
 * ("interleukin-6", "6-mercaptopurine", "21-hydroxylase", "12-hour"). Such a hyphen parts two words:
 * the number names one member of the family the word names, and the word is what a reader wants
 * explained. Forms that hold the number themselves ("COVID-19", "5-FU") still match whole, as the
 * longer match.
 */
function isNumberJoin(text: string, i: number): boolean {
  if (!isHyphen(text.charCodeAt(i)) || !isWordBefore(text, i) || !isWordAt(text, i + 1)) return false;
  let before = i;
  while (before > 0 && isDigit(text.charCodeAt(before - 1))) before--;
  if (before < i && !isWordBefore(text, before)) return true;
  let after = i + 1;
  while (after < text.length && isDigit(text.charCodeAt(after))) after++;
  return after > i + 1 && !isWordAt(text, after);
}

/** A word with its folded-text offsets. */
export interface WordSpan {
  start: number;
  end: number;
}

const WORD_G = new RegExp(`${WORD_CLASS}+(?:${JOINER_CLASS}${WORD_CLASS}+)*`, 'gv');

/** All words of a text, in order (a number's hyphen parts two words: see isNumberJoin). */
export function words(text: string): WordSpan[] {
  const out: WordSpan[] = [];
  WORD_G.lastIndex = 0;
  for (let m = WORD_G.exec(text); m !== null; m = WORD_G.exec(text)) {
    const end = m.index + m[0].length;
    let start = m.index;
    for (let i = start + 1; i < end - 1; i++) {
      if (!isNumberJoin(text, i)) continue;
      out.push({ start, end: i });
      start = i + 1;
    }
    out.push({ start, end });
  }
  return out;
}

/** Whether [from, to) holds a lower-case letter: a sentence without one is a heading or shouted, a word without one is in capitals. */
export function hasSmallLetter(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x61 && code <= 0x7a) return true;
    if (code >= 128 && text[i] !== text[i]!.toUpperCase()) return true;
  }
  return false;
}
