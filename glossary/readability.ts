import { syllable } from 'syllable';

/** Words as readability formulas count them: runs of letters, digits and inner apostrophes/hyphens. */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

function countSentences(text: string): number {
  const ends = text.match(/[.!?]+(?=\s|$)/g);
  return Math.max(1, ends?.length ?? 0);
}

/** Flesch–Kincaid grade level of a passage (the US school grade that can follow it). */
export function fleschKincaidGrade(text: string): number {
  const words = text.match(WORD) ?? [];
  if (words.length === 0) return 0;
  const syllables = words.reduce((sum, word) => sum + Math.max(1, syllable(word)), 0);
  return 0.39 * (words.length / countSentences(text)) + 11.8 * (syllables / words.length) - 15.59;
}
