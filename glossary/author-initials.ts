/**
 * Capitals after a surname in a reference list are an author's initials, not an abbreviation:
 * "Brown CA, Patel MI, Nguyen AD, et al. Outcomes after stenting. Lancet. 2021;397:101-9." Health
 * pages end with such lists, the titles in them are full of cue words, and the letters got the
 * cards of cancer, heart attack and Alzheimer's disease.
 *
 * Letters count as initials only where the whole shape of a citation stands around them: a run of
 * "Surname INITIALS" items (joined by commas, "and" or "&"), then either a year in brackets
 * ("Wilson BP and Hughes RA (2017)") or, later in the same text, a year followed by a semicolon as
 * journals print volume and pages ("2019;42(3)", "2018 Mar;154"). A note's family history ("Mother
 * HTN, Father MI.") has the run's shape but never that year, so its letters keep their cards.
 */

/** A surname (a capital, small letters, perhaps joined by a hyphen or an apostrophe), a space and 1 to 3 capitals. */
const ITEM = String.raw`[A-Z][a-z\u00df-\u00ff]+(?:['\u2019-][A-Za-z\u00df-\u00ff]+)* [A-Z]{1,3}\b`;
const JOIN = String.raw`(?:,? (?:and|&) |, )`;
const ETAL = String.raw`,? et al\b`;
const RUN = new RegExp(`${ITEM}(?:${JOIN}${ITEM})*(?:${ETAL})?`, 'g');
const ONE_ITEM = new RegExp(ITEM, 'g');
const INITIALS_AT_END = /[A-Z]{1,3}$/;
/** A year in brackets right after the names (Harvard style). */
const BRACKETED_YEAR = /^\.? ?\((?:19|20)\d\d/;
/** A year, perhaps a month and day, then a semicolon (Vancouver style: "2019;42(3):411-20"). */
const JOURNAL_YEAR = /\b(?:19|20)\d\d(?: [A-Z][a-z]{2}(?: \d{1,2})?)?;/;

/** How far around the letters a citation's names and its year are looked for. */
const NAMES_REACH = 300;
const YEAR_REACH = 500;

const isSmallLetter = (code: number) => (code >= 0x61 && code <= 0x7a) || (code >= 0xdf && code <= 0xff);
const isCapital = (code: number) => code >= 0x41 && code <= 0x5a;
/** What stands after an author's initials: a comma, a full stop, "and", "&", "et al" or a bracketed year. */
const FOLLOWS_INITIALS = /^(?:[,.]| and| &| et | \()/;

/** Whether the word whose letter stands at `last` (a surname's letters, hyphens and apostrophes) begins with a capital. */
function startsCapitalised(text: string, last: number): boolean {
  let at = last;
  while (at > 0 && (isSmallLetter(text.charCodeAt(at - 1)) || isCapital(text.charCodeAt(at - 1)) || "'\u2019-".includes(text[at - 1]!))) at--;
  return isCapital(text.charCodeAt(at));
}

/** Whether [start, end) of `text`, one to three capitals, are an author's initials in a citation. */
export function isAuthorInitials(text: string, start: number, end: number): boolean {
  // Cheap first, as most letters a page holds are no initials: a capitalised word and one space
  // right before them, and after them what follows initials in a list.
  if (end - start > 3 || text.charCodeAt(start - 1) !== 0x20 || !isSmallLetter(text.charCodeAt(start - 2))) return false;
  if (!startsCapitalised(text, start - 2) || !FOLLOWS_INITIALS.test(text.slice(end, end + 4))) return false;
  const from = Math.max(0, start - NAMES_REACH);
  const window = text.slice(from, Math.min(text.length, end + NAMES_REACH));
  RUN.lastIndex = 0;
  for (let run = RUN.exec(window); run !== null; run = RUN.exec(window)) {
    const runStart = from + run.index;
    const runEnd = runStart + run[0].length;
    if (runEnd < end) continue;
    if (runStart > start) return false;
    return holdsInitials(run[0], start - runStart, end - runStart) && citationFollows(text, runEnd, run[0]);
  }
  return false;
}

/** Whether [start, end) of `run` is the initials of one of its items. */
function holdsInitials(run: string, start: number, end: number): boolean {
  ONE_ITEM.lastIndex = 0;
  for (let item = ONE_ITEM.exec(run); item !== null; item = ONE_ITEM.exec(run)) {
    const itemEnd = item.index + item[0].length;
    if (itemEnd === end) return itemEnd - (INITIALS_AT_END.exec(item[0])?.[0].length ?? 0) === start;
  }
  return false;
}

/** Whether a citation's year stands after a run of names that ends at `runEnd`. */
function citationFollows(text: string, runEnd: number, run: string): boolean {
  const after = text.slice(runEnd, runEnd + YEAR_REACH);
  if (BRACKETED_YEAR.test(after)) return true;
  // Vancouver style: the names end with a full stop (or "et al."), then come the title, the journal
  // and the year with its semicolon. A run of one name is held to the same test as a longer one.
  return (after.startsWith('.') || run.endsWith('et al')) && JOURNAL_YEAR.test(after);
}
