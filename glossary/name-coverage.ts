/**
 * Which names of a list (topics of a medical encyclopedia, medicine names) the glossary explains.
 * A name counts as explained when every word of it that is rare in general English lies inside a
 * glossary match: "Morton neuroma" needs "neuroma" (or the whole name) explained, "Frozen
 * shoulder" has no rare word and is left out of the share. Capitalised words count here, unlike in
 * running text (coverage.ts), because eponyms are part of such names.
 */
import { candidates } from './coverage';
import { isCommonWord, type RankOf } from './frequency';
import type { Matcher } from './matcher';

interface MissedName {
  name: string;
  /** Its rare words that no match covers. */
  words: string[];
}

export interface NameCoverage {
  names: number;
  /** Names with at least one rare word: the share is of these. */
  withRareWords: number;
  explained: number;
  /** Names one glossary match covers from end to end. */
  wholeNames: number;
  missed: MissedName[];
}

export function measureNameCoverage(names: readonly string[], matcher: Matcher, rankOf: RankOf): NameCoverage {
  const report: NameCoverage = { names: names.length, withRareWords: 0, explained: 0, wholeNames: 0, missed: [] };
  for (const name of names) {
    const matches = matcher.findInText(name, { healthTopic: true });
    if (matches.some((match) => match.start === 0 && match.end === name.length)) report.wholeNames++;
    const rare = candidates(name).filter(({ word }) => !isCommonWord(word, rankOf));
    if (rare.length === 0) continue;
    report.withRareWords++;
    const unexplained = rare.filter(({ start, end }) => !matches.some((match) => match.start <= start && match.end >= end));
    if (unexplained.length === 0) report.explained++;
    else report.missed.push({ name, words: unexplained.map(({ word }) => word) });
  }
  return report;
}
