/**
 * Which glossary words are underlined: the reader chooses how familiar a word may be and still
 * get an underline. Everyday words stay explainable on request (search, "explain selection").
 */
import type { CompiledGlossary } from './compile';
import type { Matcher, SegmentMatch, TextMatch } from './matcher';
import { seenKeys } from './normalize';
import type { Level } from './schema';

/** The underline setting: the most familiar level still underlined. */
export type UnderlineLevel = 'technical' | 'general' | 'everyday';

const ORDER: Record<Level, number> = { everyday: 0, general: 1, technical: 2 };

export function isUnderlined(level: Level, underline: UnderlineLevel): boolean {
  return ORDER[level] >= ORDER[underline];
}

/** Whether `level` is further from everyday speech than `than` ("technical" than "general"). */
export function isLessFamiliar(level: Level, than: Level): boolean {
  return ORDER[level] > ORDER[than];
}

/**
 * Under the default 'section' density, whether a term is underlined only where it first appears on
 * the page: words that are not jargon, explained once, where jargon is explained again in each
 * section a reader may jump to.
 */
export function isUnderlinedOncePerPage(level: Level): boolean {
  return level !== 'technical';
}

/** A value from another context that should be a level (a match's `wordsLevel` in a reply). */
export function isLevel(value: unknown): value is Level {
  return typeof value === 'string' && Object.hasOwn(ORDER, value);
}

/** The key of the form of an alias with a level of its own in `CompiledGlossary.aliasLevels`. */
export function aliasLevelKey(entry: number, formKey: string): string {
  return `${entry}\u0000${formKey}`;
}

/**
 * How familiar the words of one match are: the entry's level, or an alias's own where the words
 * matched are an alias with a level of its own ("epistaxis" for a nosebleed, "Tylenol" for
 * acetaminophen). `matched` is only called for the few entries that have such an alias.
 */
export function matchLevelReader(compiled: Pick<CompiledGlossary, 'entries' | 'aliasLevels'>): (entry: number, matched: () => string) => Level | undefined {
  const { entries, aliasLevels } = compiled;
  const withAliasLevels = new Set(Object.keys(aliasLevels).map((key) => Number(key.slice(0, key.indexOf('\u0000')))));
  return (entryIndex, matched) => {
    const level = entries[entryIndex]?.level;
    if (level === undefined || !withAliasLevels.has(entryIndex)) return level;
    const [key, withoutPossessive] = seenKeys(matched());
    return aliasLevels[aliasLevelKey(entryIndex, key)] ?? aliasLevels[aliasLevelKey(entryIndex, withoutPossessive)] ?? level;
  };
}

/**
 * The matcher's answers without the words too familiar to underline (matchLevelReader). A match
 * whose words are an alias with a level of its own carries that level as `wordsLevel`, for
 * density (a jargon alias of a common word is explained in each section). Matching itself is unchanged.
 */
export function underlineMatcher(matcher: Matcher, compiled: Pick<CompiledGlossary, 'entries' | 'aliasLevels'>, underline: UnderlineLevel): Matcher {
  const hasAliasLevels = Object.keys(compiled.aliasLevels).length > 0;
  if (underline === 'everyday' && !hasAliasLevels) return matcher;
  const levelOf = matchLevelReader(compiled);
  /** Whether to keep the match; marks it with its words' level where that is not the entry's. */
  const keep = (match: TextMatch | SegmentMatch, matched: () => string) => {
    const entryLevel = compiled.entries[match.entry]?.level;
    if (entryLevel === undefined) return true;
    const level = levelOf(match.entry, matched)!;
    if (level !== entryLevel) match.wordsLevel = level;
    return isUnderlined(level, underline);
  };
  return {
    findInText: (text, options) => matcher.findInText(text, options).filter((match) => keep(match, () => text.slice(match.start, match.end))),
    findInSegments: (segments, options) => matcher.findInSegments(segments, options).filter((match) => keep(match, () => segmentText(segments, match))),
    isTopicEvidence: (match) => matcher.isTopicEvidence(match),
  };
}

/** The words a segment match covers, across the segments it spans. */
function segmentText(segments: readonly string[], match: SegmentMatch): string {
  const { start, end } = match;
  if (start.segment === end.segment) return segments[start.segment]!.slice(start.offset, end.offset);
  let text = segments[start.segment]!.slice(start.offset);
  for (let s = start.segment + 1; s < end.segment; s++) text += segments[s]!;
  return text + segments[end.segment]!.slice(0, end.offset);
}
