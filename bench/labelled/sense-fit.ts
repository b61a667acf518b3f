/**
 * Whether the sense a card chose is the one a labelled line expects. Labels are free text written
 * by someone who has not seen the glossary ("blood clot in the lung (pulmonary embolism)"), so the
 * check compares words with the senses' labels (the sense's title on the card): the chosen sense
 * must share at least as many with the expectation as any other sense of the entry does. Words are
 * compared by their first five letters, so "arteries" meets "artery"; an expectation that shares no
 * word with any sense's label cannot be judged and passes.
 */
import type { Sense } from '../../glossary/schema';

const SMALL_WORDS = new Set(['the', 'and', 'for', 'with', 'from', 'that', 'this', 'into', 'are', 'was', 'not', 'its', 'has', 'can', 'you', 'your', 'test']);

function stems(text: string): Set<string> {
  const words = text.toLowerCase().match(/\p{L}{3,}/gu) ?? [];
  return new Set(words.filter((word) => !SMALL_WORDS.has(word)).map((word) => word.slice(0, 5)));
}

function shared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let count = 0;
  for (const word of a) if (b.has(word)) count++;
  return count;
}

export function senseFits(senses: readonly Sense[], chosen: number, expected: string): boolean {
  const want = stems(expected);
  const scores = senses.map((sense) => shared(want, stems(sense.label)));
  const best = Math.max(...scores);
  return best === 0 || scores[chosen] === best;
}
