import type { Level } from './schema';

/**
 * Word frequency in general English, as a rank (0 = most frequent). The list itself is loaded
 * by whoever calls (a build script reads the SUBTLEX-US package; the extension ships a compact
 * set of the most frequent words), so this file stays pure.
 */
export type RankOf = (word: string) => number | undefined;

/**
 * Words below this rank are "common in general English"; the rest are rare. SUBTLEX-US counts
 * film and TV subtitles, which under-count written words ("decrease", "vary" rank near 16,000 to
 * 18,000), so the line sits at the 20,000 most frequent words, where the word-parts check draws it too.
 */
export const COMMON_WORD_RANK = 20_000;
/**
 * The top of a frequency list: words writers put in capitals for emphasis ("OR", "NOT", "ALL").
 * Below about this rank SUBTLEX's own abbreviations and names begin ("ed" near 950, "ms" near
 * 1,300), which in capitals are the medical letters they look like.
 */
const EMPHASIS_WORD_RANK = 500;
/** Words below this rank are known to every adult reader. */
const EVERYDAY_WORD_RANK = 2_000;

/** Endings whose removal (with the replacement) gives the word a reader already knows. */
const INFLECTIONS: readonly (readonly [string, string])[] = [
  ['ies', 'y'], ['es', ''], ['s', ''], ['ied', 'y'], ['ed', ''], ['ed', 'e'], ['ing', ''], ['ing', 'e'],
  ['ly', ''], ['ily', 'y'], ['ally', ''], ['ity', ''], ['ity', 'e'], ['ness', ''], ['ment', ''], ['er', ''], ['ers', ''],
  ['ers', 'e'], ['ized', 'ize'], ['izes', 'ize'], ['ization', 'ize'],
];

/** The best (lowest) rank of the word or of a form it is plainly built from. */
export function bestRank(word: string, rankOf: RankOf): number {
  const lower = word.toLowerCase();
  let best = rankOf(lower) ?? Number.POSITIVE_INFINITY;
  // A contraction that lost its apostrophe ("doesnt"): the list splits "doesn't" into "doesn" + "t".
  if (lower.length > 3 && lower.endsWith('nt')) best = Math.min(best, rankOf(lower.slice(0, -1)) ?? best);
  for (const [ending, replacement] of INFLECTIONS) {
    if (lower.length > ending.length + 2 && lower.endsWith(ending)) {
      const base = rankOf(lower.slice(0, -ending.length) + replacement);
      if (base !== undefined && base < best) best = base;
    }
  }
  return best;
}

/**
 * True when general English uses the word often: itself, an inflection of a frequent word,
 * or a hyphenated compound of frequent words ("long-term", "follow-up").
 */
export function isCommonWord(word: string, rankOf: RankOf, limit = COMMON_WORD_RANK): boolean {
  if (word.includes('-')) return word.split('-').every((part) => part.length > 0 && isCommonWord(part, rankOf, limit));
  return bestRank(word, rankOf) < limit;
}

/** A proposal only: the rarest word of the term decides; a reviewer confirms or changes it. */
export function proposeLevel(term: string, rankOf: RankOf): Level {
  const words = term.toLowerCase().match(/[a-z]+/g) ?? [];
  const rarest = Math.max(...words.map((word) => bestRank(word, rankOf)));
  if (rarest < EVERYDAY_WORD_RANK) return 'everyday';
  if (rarest < COMMON_WORD_RANK) return 'general';
  return 'technical';
}

/**
 * Whether a word (lower case) is one of the most frequent of `list`: words one a line, most
 * frequent first, as the build ships them (scripts/lib/common-words.ts). The build and the
 * background read the same list, so their compiles agree.
 */
export function emphasisWordCheck(list: string): (word: string) => boolean {
  const words = new Set(list.split('\n', EMPHASIS_WORD_RANK));
  return (word) => words.has(word);
}
