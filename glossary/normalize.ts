/**
 * Text normalization shared by the compiler and the matcher: case and diacritic folding, with a
 * map back to original offsets when folding changes lengths, and the keys terms are stored under.
 */

import { ITEM_END } from './joined-items';

/** A folded copy of a text. `map[i]` is the original index of folded unit i; null when the offsets are identical. */
export interface FoldedText {
  text: string;
  map: Int32Array | null;
}

/**
 * Characters that a plain lower-case + NFD + strip-marks pass does not fold the way readers expect.
 * Typographic apostrophes and hyphens become ASCII so "Ménière’s" and "heart‑beat" hit the same forms
 * as their ASCII spellings; the soft hyphen is invisible in rendered text, so it disappears.
 */
const SPECIAL: Readonly<Record<string, string>> = {
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  ł: 'l',
  ı: 'i',
  ς: 'σ',
  // The micro sign and the Greek mu look the same and pages use both ("µg", "μg").
  µ: 'μ',
  ﬀ: 'ff',
  ﬁ: 'fi',
  ﬂ: 'fl',
  ﬃ: 'ffi',
  ﬄ: 'ffl',
  '\u2019': "'",
  '\u2018': "'",
  '\u02bc': "'",
  '\u2032': "'",
  '\uff07': "'",
  '\u2010': '-',
  '\u2011': '-',
  '\u00ad': '',
};

const MARKS = /\p{M}/gu;
const foldCache = new Map<string, string>();

/** Folds one code point (given as a string); the result may be empty or longer than the input. */
function foldCodePoint(ch: string): string {
  const cached = foldCache.get(ch);
  if (cached !== undefined) return cached;
  let folded = '';
  for (const c of ch.toLowerCase().normalize('NFD').replace(MARKS, '')) folded += SPECIAL[c] ?? c;
  foldCache.set(ch, folded);
  return folded;
}

const NON_ASCII = /[\u0080-\uffff]/;
const NON_ASCII_G = /[\u0080-\uffff]/g;

/**
 * Folds case and diacritics. Nearly every page is ASCII plus curly quotes, dashes and accented
 * letters that fold one-to-one, so offsets usually stay identical and no map is built at all.
 */
export function foldText(text: string): FoldedText {
  const folded = foldCharacters(text);
  // "_" is no word character here, but it is one for RegExp `\b`, which the scanner relies on;
  // any other non-word, non-space character keeps every rule the same.
  if (folded.text.includes('_')) folded.text = folded.text.replace(/_/g, '\x7f');
  return folded;
}

function foldCharacters(text: string): FoldedText {
  if (!NON_ASCII.test(text)) return { text: text.toLowerCase(), map: null };
  const lower = text.toLowerCase();
  if (lower.length === text.length) {
    let oneToOne = true;
    const folded = lower.replace(NON_ASCII_G, (c) => {
      const f = foldCodePoint(c);
      if (f.length === 1) return f;
      oneToOne = false;
      return c;
    });
    if (oneToOne) return { text: folded, map: null };
  }
  return foldWithMap(text);
}

/** The general path: some character folds to zero or several units, so offsets need a map. */
function foldWithMap(text: string): FoldedText {
  let map = new Int32Array(text.length + 16);
  const parts: string[] = [];
  let length = 0;
  const put = (s: string, origin: number) => {
    if (length + s.length > map.length) {
      const grown = new Int32Array(map.length * 2 + s.length);
      grown.set(map);
      map = grown;
    }
    for (let k = 0; k < s.length; k++) map[length + k] = origin;
    length += s.length;
    parts.push(s);
  };
  let runStart = 0;
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      i++;
      continue;
    }
    if (runStart < i) putRun(runStart, i);
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
    put(foldCodePoint(text.slice(i, i + width)), i);
    i += width;
    runStart = i;
  }
  if (runStart < text.length) putRun(runStart, text.length);
  return { text: parts.join(''), map: map.subarray(0, length) };

  // ASCII runs fold one-to-one, so their map entries are consecutive original indices.
  function putRun(from: number, to: number) {
    if (length + (to - from) > map.length) {
      const grown = new Int32Array(map.length * 2 + (to - from));
      grown.set(map);
      map = grown;
    }
    for (let k = from; k < to; k++) map[length++] = k;
    parts.push(text.slice(from, to).toLowerCase());
  }
}

/** Original index of the folded unit at `index` (a match start). */
export function originalStart(folded: FoldedText, index: number): number {
  return folded.map === null ? index : (folded.map[index] ?? 0);
}

/** Original exclusive end for a folded exclusive end, spanning the whole last source character. */
export function originalEnd(folded: FoldedText, end: number, originalLength: number): number {
  const map = folded.map;
  if (map === null) return end;
  const last = map[end - 1] ?? 0;
  for (let k = end; k < map.length; k++) {
    const origin = map[k] ?? 0;
    if (origin !== last) return origin;
  }
  return originalLength;
}

/**
 * How foldText folds each unit from U+00C0 to U+024F (the Latin letters with accents and strokes)
 * that folds to one unit: "é" → "e", "Ø" → "o", "ĸ" stays. NUL marks the few that fold to several
 * units or change length in lower case ("ß", "æ", "İ"). A page with "Sjögren" or "Ménière" in it is
 * then read unit by unit like an ASCII one, without a folded copy of the whole text (isFoldFree).
 * Written out rather than computed so that no content script pays for building it; the unit tests
 * check every unit against foldText.
 */
const LATIN_FOLD = "aaaaaa\u0000ceeeeiiiidnooooo×ouuuuyþ\u0000aaaaaa\u0000ceeeeiiiidnooooo÷ouuuuyþyaaaaaaccccccccddddeeeeeeeeeegggggggghhħħiiiiiiii\u0000iĳĳjjkkĸllllllŀŀllnnnnnnŉŋŋoooooo\u0000\u0000rrrrrrssssssssttttŧŧuuuuuuuuuuuuwwyyyzzzzzzſƀɓƃƃƅƅɔƈƈɖɗƌƌƍǝəɛƒƒɠɣƕɩɨƙƙƚƛɯɲƞɵooƣƣƥƥʀƨƨʃƪƫƭƭʈuuʊʋƴƴƶƶʒƹƹƺƻƽƽƾƿǀǁǂǃǆǆǆǉǉǉǌǌǌaaiioouuuuuuuuuuǝaaaa\u0000\u0000ǥǥggkkooooʒʒjǳǳǳggƕƿnnaa\u0000\u0000ooaaaaeeeeiiiioooorrrruuuussttȝȝhhƞȡȣȣȥȥaaeeooooooooyyȴȵȶȷȸȹⱥȼȼƚⱦȿɀɂɂƀʉʌɇɇɉɉɋɋɍɍɏɏ";
const LATIN_FIRST = 0xc0;
const MICRO_SIGN = 0xb5;
const GREEK_MU = 0x3bc;
const LATIN_END = LATIN_FIRST + LATIN_FOLD.length;

/**
 * Greek and Russian capitals without marks ("Δ" in ΔF508, "Μ" of a capitalised "µg", "ДНК"), whose
 * lower case is 0x20 further on. Without this one such letter made a whole block "not fold-free", and
 * the matcher read a folded copy of all of it: a 5.3 M-unit text with one "Μ" took 2.2 times as long.
 * Not "Σ", whose lower case depends on where the word ends, nor "Й", which folds to "и".
 */
function isPlainCapital(code: number): boolean {
  return (code >= 0x391 && code <= 0x3a9 && code !== 0x3a2 && code !== 0x3a3) || (code >= 0x410 && code <= 0x42f && code !== 0x419);
}

/** The one unit foldText folds a Latin letter to (see LATIN_FOLD), or 0 when it folds to more. */
function latinFold(code: number): number {
  return code >= LATIN_FIRST && code < LATIN_END ? LATIN_FOLD.charCodeAt(code - LATIN_FIRST) : 0;
}

/**
 * One UTF-16 unit folded the way foldText would fold it, for text that needs no other folding
 * (see isFoldFree): ASCII capitals, Latin letters that fold to one unit, Greek and Russian capitals
 * without marks, typographic apostrophes and hyphens.
 */
export function foldUnit(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
  if (code === MICRO_SIGN) return GREEK_MU;
  if (code < LATIN_END) return latinFold(code) || code;
  if (code <= 0x42f && isPlainCapital(code)) return code + 0x20;
  if (code === 0x2019 || code === 0x2018 || code === 0x02bc || code === 0x2032 || code === 0xff07) return 0x27;
  if (code === 0x2010 || code === 0x2011) return 0x2d;
  return code;
}

/** Whether text[start, end) is `word` (folded) once folded with foldUnit: no slice is made. */
export function sameFoldedWord(text: string, start: number, end: number, word: string): boolean {
  return end - start === word.length && sameFoldedRun(text, start, word, 0, word.length);
}

/** Whether text[start, start + length) folds with foldUnit to source[at, at + length), unit by unit. */
export function sameFoldedRun(text: string, start: number, source: string, at: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (foldUnit(text.charCodeAt(start + k)) !== source.charCodeAt(at + k)) return false;
  return true;
}

const TO_APOSTROPHE = /[\u2019\u2018\u02bc\u2032\uff07]/g;
const TO_HYPHEN = /[\u2010\u2011]/g;
// What lower case leaves for foldUnit to fold: Latin letters with marks, and the micro sign.
const FOLDS_BY_UNIT = /[\u00b5\u00c0-\u024f]/;
const FOLDS_BY_UNIT_G = /[\u00b5\u00c0-\u024f]/g;
const foldByUnit = (letter: string) => String.fromCharCode(foldUnit(letter.charCodeAt(0)));

/** A string folded with foldUnit (used on short words; the matcher never folds a whole page with it). */
export function foldUnits(s: string): string {
  const lower = s.toLowerCase();
  // Nearly every word is ASCII: it needs no RegExp at all (the context rule folds words near every match).
  for (let i = 0; i < lower.length; i++) {
    if (lower.charCodeAt(i) >= 0x80) {
      const marks = lower.replace(TO_APOSTROPHE, "'").replace(TO_HYPHEN, '-');
      return FOLDS_BY_UNIT.test(marks) ? marks.replace(FOLDS_BY_UNIT_G, foldByUnit) : marks;
    }
  }
  return lower;
}

/** Per code point: whether foldText folds it to something other than what foldUnit makes of it. */
const suspectCache = new Map<number, boolean>();

/**
 * Whether foldUnit alone folds this text exactly as foldText would, unit for unit: every character
 * beyond ASCII is a Latin letter that folds to one unit (LATIN_FOLD), the micro sign, a Greek or
 * Russian capital without marks, a typographic apostrophe or hyphen, or one folding leaves as it is
 * (NBSP, dashes, emoji, CJK); no combining mark, "ß", soft hyphen or other capital ("Σ", "İ", "Ⅳ"),
 * and no "_" (which RegExp `\b` counts as a word character).
 * Such text, nearly every English paragraph, is scanned as it is, without making a folded copy.
 * The matcher learns this as it reads a text's words (TextWords.foldFree), unit by unit with
 * isFoldFreeUnit, rather than in a scan of its own.
 */
export function isFoldFree(text: string): boolean {
  return !text.includes('_') && isFoldFreeBeyondAscii(text, 0, text.length);
}

/** Whether every unit beyond ASCII in text[from, to) is fold-free ("_", the one ASCII unit that is not, aside). */
export function isFoldFreeBeyondAscii(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) >= 0x80 && !isFoldFreeUnit(text, i)) return false;
  return true;
}

/** "_", which foldText turns into another mark (RegExp `\b` counts it as a word character). */
export const UNDERSCORE = 0x5f;

/** isFoldFree for the unit at `i`, one beyond ASCII. */
export function isFoldFreeUnit(text: string, i: number): boolean {
  if (!mayFoldApart(text.charCodeAt(i))) return true;
  const cp = text.codePointAt(i) ?? 0;
  if (latinFold(cp) !== 0) return true;
  let folds = suspectCache.get(cp);
  if (folds === undefined) {
    folds = !foldsUnitByUnit(String.fromCodePoint(cp));
    suspectCache.set(cp, folds);
  }
  return !folds;
}

/**
 * Whether a unit beyond ASCII needs a closer look. The typographic punctuation English pages are
 * full of (NBSP, ©, ®, °, ·, dashes, quotes, bullets, …, ™) does not, so the common case costs a
 * few comparisons.
 */
function mayFoldApart(unit: number): boolean {
  if (unit < 0x80 || (unit >= 0x2010 && unit <= 0x2027) || (unit >= 0x2030 && unit <= 0x205e)) return false;
  return unit !== 0xa0 && unit !== 0xa9 && unit !== 0xae && unit !== 0xb0 && unit !== 0xb7 && unit !== 0x2122;
}

/** Whether foldText folds the character to what foldUnit makes of each of its units ("’" yes, "Ⅳ" and "é" + mark no). */
function foldsUnitByUnit(character: string): boolean {
  let byUnit = '';
  for (let i = 0; i < character.length; i++) byUnit += String.fromCharCode(foldUnit(character.charCodeAt(i)));
  return character.toLowerCase().length === character.length && foldCodePoint(character) === byUnit;
}

const RESERVED_UNITS = new RegExp(`[\\0${ITEM_END}]`, 'g');

/**
 * Folds a glossary term for the tables: case, diacritics, typographic apostrophes and hyphens,
 * and any run of whitespace as one space (matching accepts any whitespace run there).
 */
export function foldTerm(term: string): string {
  // NUL is reserved as a tag in the compiler's sort, and ITEM_END ends each item of the tables'
  // joined strings (joined-items.ts); no real term contains either.
  return canonicalExact(foldText(term.normalize('NFC')).text).replace(RESERVED_UNITS, '');
}

/** A possessive ending a page may add to any name ("Flomax's", "the patients'"). */
const POSSESSIVE = /'s?$/;

/**
 * The folded keys the words of a match on a page may stand for: as they are, and without a
 * possessive the page added ("syncope's"). Card lines and alias levels look them up alike.
 */
export function seenKeys(seen: string): [string, string] {
  const key = foldTerm(seen);
  return [key, key.replace(POSSESSIVE, '')];
}

const NOT_CANONICAL = /[^\x21-\x7e ]| {2}|^ | $/;

const MICRO_SIGN_G = /\u00b5/g;

/** The case-preserving key exact-case rules compare: NFC, ASCII apostrophes/hyphens, the Greek mu for the micro sign, single spaces. */
export function canonicalExact(s: string): string {
  // Plain ASCII with single inner spaces is already canonical; most terms and every variant of one are.
  if (!NOT_CANONICAL.test(s)) return s;
  return s
    .normalize('NFC')
    .replace(TO_APOSTROPHE, "'")
    .replace(TO_HYPHEN, '-')
    .replace(MICRO_SIGN_G, '\u03bc')
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
