/**
 * "IMPRESSION:", "Findings:": a report's section heading, a word in capitals or with a capital first
 * letter that begins its line and ends with a colon. On a page about health a report word written so
 * needs no cue word: the heading is the cue, and a line such as "IMPRESSION: No acute process."
 * holds none of its own. Portals print the same headings in title case ("Impression: Normal study.").
 */
const COLON = 0x3a;
const NEWLINE = 0x0a;

/**
 * Whether [start, end) of `text` is a word or phrase in capitals, or beginning with a capital, that
 * begins a line and is followed by a colon.
 */
export function isReportHeading(text: string, start: number, end: number): boolean {
  const first = text.charAt(start);
  if (first === first.toLowerCase()) return false;
  let letters = 0;
  for (let i = start; i < end; i++) {
    const unit = text.charAt(i);
    if (unit !== unit.toLowerCase() || unit !== unit.toUpperCase()) letters++;
  }
  // Two letters are an abbreviation's business ("OR:", "PT:"), not a heading's.
  if (letters < 3) return false;
  let after = end;
  while (after < text.length && text.charCodeAt(after) === 0x20) after++;
  if (text.charCodeAt(after) !== COLON) return false;
  for (let before = start - 1; before >= 0; before--) {
    const code = text.charCodeAt(before);
    if (code === NEWLINE) return true;
    if (code !== 0x20 && code !== 0x09 && code !== 0x0d) return false;
  }
  return true;
}
