import { hasSmallLetter } from './words';

/** How far either way the sentence around a match is read: a heading or a shouted line is short. */
const REACH = 200;

/**
 * Whether the sentence around [start, end) has no small letter: a heading or shouted text, where
 * capitals say nothing about a word ("AN UPDATE ON ANOREXIA CARE" holds the word "an", not the
 * abbreviation AN). The sentence ends at . ! ? or a line break, or REACH units away.
 */
export function inShoutedSentence(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && start - from < REACH && !endsSentence(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && to - end < REACH && !endsSentence(text.charCodeAt(to))) to++;
  return !hasSmallLetter(text, from, to);
}

function endsSentence(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x0a || code === 0x0d;
}
