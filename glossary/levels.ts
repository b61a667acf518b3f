/**
 * Which glossary words are underlined: the reader chooses how familiar a word may be and still
 * get an underline. Everyday words stay explainable on request (search, "explain selection").
 */
import type { CompiledEntry } from './compile';
import type { Matcher } from './matcher';
import type { Level } from './schema';

/** The underline setting: the most familiar level still underlined. */
export type UnderlineLevel = 'technical' | 'general' | 'everyday';

const ORDER: Record<Level, number> = { everyday: 0, general: 1, technical: 2 };

export function isUnderlined(level: Level, underline: UnderlineLevel): boolean {
  return ORDER[level] >= ORDER[underline];
}

/**
 * Under the default 'section' density, whether a term is underlined only where it first appears on
 * the page: words that are not jargon, explained once, where jargon is explained again in each
 * section a reader may jump to.
 */
export function isUnderlinedOncePerPage(level: Level): boolean {
  return level !== 'technical';
}

/** The matcher's answers without the entries too familiar to underline. Matching itself is unchanged. */
export function underlineMatcher(matcher: Matcher, entries: readonly CompiledEntry[], underline: UnderlineLevel): Matcher {
  if (underline === 'everyday') return matcher;
  const keep = (match: { entry: number }) => {
    const entry = entries[match.entry];
    return !entry || isUnderlined(entry.level, underline);
  };
  return {
    findInText: (text, options) => matcher.findInText(text, options).filter(keep),
    findInSegments: (segments, options) => matcher.findInSegments(segments, options).filter(keep),
    isTopicEvidence: (entry) => matcher.isTopicEvidence(entry),
  };
}
