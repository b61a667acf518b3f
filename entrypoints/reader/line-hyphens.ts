/**
 * Words a PDF hyphenates at a line end ("hypo-" at the end of one line, "plasia" at the start of
 * the next). The text layer holds them as they are printed; matching sees them joined.
 *
 * The rule, kept simple on purpose:
 * - Only at a line end: a letter, a hyphen (ASCII, U+2010 or a soft hyphen), optional spaces, the
 *   line break (and any spaces after it), then a lower-case letter. "X-" before "Ray", "2-" before
 *   "week" or a hyphen in mid-line is left alone.
 * - The hyphen and the line break are both dropped: "hypo-/plasia" reads as "hypoplasia".
 * - That never loses a hyphenated compound: the glossary compiler gives every term written with a
 *   hyphen its closed form as well (variants.ts: X-ray → Xray, beta-blocker → betablocker), so
 *   "X-/ray" still finds the X-ray entry and the card shows the term as the glossary writes it.
 *   Keeping the hyphen instead would lose every closed word broken at a syllable
 *   ("hyper-/tension", "heart-/burn"), which is by far the commoner case in running text.
 * Offsets always map back to the text as printed, so a highlight covers "hypo-" on one line and
 * "plasia" on the next.
 */
import type { Matcher, MatchOptions, SegmentMatch, SegmentPosition, TextMatch } from '../../glossary/matcher';

/** A letter, a hyphen, then a line break, then a lower-case letter (not consumed). */
const LINE_END_HYPHEN = /(?<=\p{L})[-\u2010\u00ad][ \t]*\n\s*(?=\p{Ll})/gu;

/** Text with its line-end hyphens joined, and where each of its characters sits in the original. */
export interface JoinedText {
  text: string;
  /** Original offset of each character of `text`; null when nothing was joined (offsets equal). */
  origin: Int32Array | null;
}

/** Drops every line-end hyphen and the line break after it (see the rule above). */
export function joinLineHyphens(text: string): JoinedText {
  // Most text has no hyphen before a line break: one cheap test, no copy.
  if (!/[-\u2010\u00ad][ \t]*\n/.test(text)) return { text, origin: null };
  let joined = '';
  const origin: number[] = [];
  let from = 0;
  LINE_END_HYPHEN.lastIndex = 0;
  for (let found = LINE_END_HYPHEN.exec(text); found; found = LINE_END_HYPHEN.exec(text)) {
    joined += text.slice(from, found.index);
    for (let i = from; i < found.index; i++) origin.push(i);
    from = found.index + found[0].length;
  }
  if (from === 0) return { text, origin: null };
  joined += text.slice(from);
  for (let i = from; i < text.length; i++) origin.push(i);
  return { text: joined, origin: Int32Array.from(origin) };
}

/** A match in joined text → the same characters in the original (the end stays exclusive). */
function toOriginal(joined: JoinedText, match: TextMatch): TextMatch {
  const origin = joined.origin;
  if (!origin || match.end <= match.start) return match;
  return { ...match, start: origin[match.start]!, end: origin[match.end - 1]! + 1 };
}

/**
 * The matcher, with line-end hyphens joined before it looks. Matches are in the original text
 * (or segments): the start in the segment of the first character, the end in the segment of the
 * last, as the plain matcher reports them.
 */
export function lineHyphenMatcher(matcher: Matcher): Matcher {
  function findInText(text: string, options?: MatchOptions): TextMatch[] {
    const joined = joinLineHyphens(text);
    if (!joined.origin) return matcher.findInText(text, options);
    return matcher.findInText(joined.text, options).map((match) => toOriginal(joined, match));
  }

  function findInSegments(segments: readonly string[], options?: MatchOptions): SegmentMatch[] {
    const whole = segments.join('');
    const joined = joinLineHyphens(whole);
    if (!joined.origin) return matcher.findInSegments(segments, options);
    const starts = new Int32Array(segments.length + 1);
    segments.forEach((segment, i) => (starts[i + 1] = starts[i]! + segment.length));
    return matcher.findInText(joined.text, options).map((found) => {
      const match = toOriginal(joined, found);
      const position: SegmentMatch = { entry: match.entry, start: positionOf(starts, match.start, false), end: positionOf(starts, match.end, true) };
      if (match.wordsLevel) position.wordsLevel = match.wordsLevel;
      if (match.contextFree) position.contextFree = true;
      return position;
    });
  }

  return { findInText, findInSegments, isTopicEvidence: (match) => matcher.isTopicEvidence(match) };
}

/**
 * The segment position of a text offset: a start goes in the segment holding the character at
 * `offset`, an (exclusive) end in the segment holding the character before it.
 */
function positionOf(starts: Int32Array, offset: number, isEnd: boolean): SegmentPosition {
  const at = isEnd ? offset - 1 : offset;
  let lo = 0;
  let hi = starts.length - 2;
  // The last segment starting at or before `at`: an empty segment starts where the next one does,
  // so it is never the one chosen.
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return { segment: lo, offset: offset - starts[lo]! };
}
