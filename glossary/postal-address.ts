/**
 * Two capitals between a comma and a ZIP code ("Los Angeles, CA 90095", "Jackson, MS 39216") are a
 * US state in a postal address, never an abbreviation: hospital pages list their clinics' addresses,
 * often beside words ("Cancer Center", "Surgery") that are the abbreviation's own cue words.
 */
import { isSpace } from './words';

const COMMA = 0x2c;
const isDigit = (code: number) => code >= 0x30 && code <= 0x39;
const isLetter = (code: number) => (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);

/** Where the comma stands that only spaces part from `start`, or -1. */
function commaBefore(text: string, start: number): number {
  let before = start - 1;
  while (before >= 0 && isSpace(text.charCodeAt(before))) before--;
  return before >= 0 && text.charCodeAt(before) === COMMA ? before : -1;
}

/** Whether [start, end) of `text`, two capitals, stands as the state of a US postal address. */
export function isStateInAddress(text: string, start: number, end: number): boolean {
  if (commaBefore(text, start) < 0) return false;
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
  const comma = commaBefore(text, start);
  if (comma < 0) return false;
  let wordEnd = comma;
  while (wordEnd > 0 && isSpace(text.charCodeAt(wordEnd - 1))) wordEnd--;
  let wordStart = wordEnd;
  while (wordStart > 0 && isLetter(text.charCodeAt(wordStart - 1))) wordStart--;
  // A capital, then at least one small letter: "Portland", not "HTN" or "hypertension".
  return /^[A-Z][a-z]+$/.test(text.slice(wordStart, wordEnd));
}
