/**
 * What one block of page text holds, in one call: its glossary matches, which of them show the
 * page is about health, and the word-parts guesses for rare words no match covers. Pure, so the
 * same answer comes from the background (for web pages) and from a local matcher (the PDF reader,
 * the benchmark, tests).
 */
import type { Matcher, SegmentMatch } from './matcher';
import type { Decomposition } from './word-parts/decompose';
import { candidateWords, type WordPartsExplainer } from './word-parts/page-words';

/** A rare word's best guess from its parts, where it stands in the block. */
interface GuessSpan {
  segment: number;
  start: number;
  /** Exclusive. */
  end: number;
  /** The word as it stands (lower case: guesses are only made for lower-case words). */
  word: string;
  guess: Decomposition;
}

export interface BlockMatches {
  terms: SegmentMatch[];
  /** The entries of the matches among `terms` that count as topic evidence (Matcher.isTopicEvidence). */
  evidence: number[];
  guesses: GuessSpan[];
}

export interface BlockMatchOptions {
  /** The page is about health: terms with context words count everywhere (see Matcher). */
  healthTopic: boolean;
}

export function matchBlock(matcher: Matcher, explainer: WordPartsExplainer | null, segments: readonly string[], options: BlockMatchOptions): BlockMatches {
  const terms = matcher.findInSegments(segments, { healthTopic: options.healthTopic });
  const evidence = [...new Set(terms.filter((match) => matcher.isTopicEvidence(match)).map((match) => match.entry))];
  const guesses: GuessSpan[] = [];
  if (explainer) {
    for (const span of candidateWords(segments, terms)) {
      const guess = explainer.explain(span.text);
      if (guess) guesses.push({ segment: span.segment, start: span.start, end: span.end, word: span.text, guess });
    }
  }
  return { terms, evidence, guesses };
}

/** What selected text is: one whole glossary term, a rare word its parts explain, or a search. */
export type SelectionTarget<Entry> = { entry: Entry } | { guess: Decomposition & { word: string } } | { search: string };

/** `matcher` here is the whole glossary (whatever the underline setting): a selection asks about one word. */
export function selectionTarget(text: string, matcher: Matcher, explainer: WordPartsExplainer | null): SelectionTarget<number> {
  const found = matcher.findInText(text);
  const whole = found.length === 1 && found[0]!.start === 0 && found[0]!.end === text.length ? found[0]! : null;
  const word = text.toLowerCase();
  const guess = !whole && /^[a-z]+$/.test(word) ? explainer?.explain(word) : null;
  if (guess) return { guess: { word, ...guess } };
  // Not a term as such: the popup's fuzzy search suggests the closest ones.
  if (!whole) return { search: text.slice(0, 200) };
  return { entry: whole.entry };
}
