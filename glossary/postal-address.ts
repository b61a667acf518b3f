/**
 * Two capitals between a comma and a ZIP code ("Los Angeles, CA 90095", "Jackson, MS 39216") are a
 * US state in a postal address, never an abbreviation: hospital pages list their clinics' addresses,
 * often beside words ("Cancer Center", "Surgery") that are the abbreviation's own cue words.
 */
const COMMA = 0x2c;
const isDigit = (code: number) => code >= 0x30 && code <= 0x39;
// Called only for matches of two capitals, so a RegExp test per unit costs nothing that shows.
const SPACE = /\s/;
const isSpace = (code: number) => !Number.isNaN(code) && SPACE.test(String.fromCharCode(code));

/** Whether [start, end) of `text`, two capitals, stands as the state of a US postal address. */
export function isStateInAddress(text: string, start: number, end: number): boolean {
  let before = start - 1;
  while (before >= 0 && isSpace(text.charCodeAt(before))) before--;
  if (before < 0 || text.charCodeAt(before) !== COMMA) return false;
  let at = end;
  if (!isSpace(text.charCodeAt(at))) return false;
  while (isSpace(text.charCodeAt(at))) at++;
  for (let digit = 0; digit < 5; digit++, at++) if (!isDigit(text.charCodeAt(at))) return false;
  // Five digits and no more (a ZIP+4's hyphen may follow).
  return !isDigit(text.charCodeAt(at));
}

/**
 * Whether [start, end), two capitals, follows a capitalised place name and a comma ("Portland,
 * OR", "Los Angeles, CA"): a town and its state, even without a ZIP code after it.
 */
export function isTownAndState(text: string, start: number, end: number): boolean {
  if (end - start !== 2) return false;
  let before = start - 1;
  while (before >= 0 && isSpace(text.charCodeAt(before))) before--;
  if (before < 0 || text.charCodeAt(before) !== COMMA) return false;
  let wordEnd = before;
  while (wordEnd > 0 && isSpace(text.charCodeAt(wordEnd - 1))) wordEnd--;
  let wordStart = wordEnd;
  while (wordStart > 0 && isLetter(text.charCodeAt(wordStart - 1))) wordStart--;
  const place = text.slice(wordStart, wordEnd);
  // A capital, then at least one small letter: "Portland", not "HTN" or "hypertension".
  return /^[A-Z][a-z]+$/.test(place);
}

const isLetter = (code: number) => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
