/**
 * Scores labelled sentences (bench/labelled/run.ts) against a matcher: pure, so a unit test can run
 * it on a few lines. A line is right when a sentence labelled "plain" shows no card for its
 * surface, one labelled with a meaning shows a card (underlined at the given setting), and one
 * labelled "ambiguous: A | B" shows a card that lists the meanings rather than choosing one.
 */
import type { CompiledGlossary } from '../../glossary/compile';
import { isUnderlined, matchLevelReader, type UnderlineLevel } from '../../glossary/levels';
import type { Matcher } from '../../glossary/matcher';
import type { GlossaryEntry, Level } from '../../glossary/schema';
import { chooseSense } from '../../glossary/senses';
import { senseFits } from './sense-fit';

export interface LabelledLine {
  group: string;
  text: string;
  /** The exact words judged, as they stand in `text`. */
  surface: string;
  /** "plain", "ambiguous: A | B", or the meaning a reader should be shown. */
  expect: string;
}

export interface ScoredLine {
  line: LabelledLine;
  right: boolean;
  /** What the reader is shown for the surface: the entry's term, the sense chosen or "lists meanings"; null for nothing. */
  shown: string | null;
  /**
   * Where nothing is shown although an entry matched the surface: that entry's term and the level
   * the setting leaves without an underline (an everyday word, plain by default on purpose), so a
   * report can tell such misses from words the glossary missed.
   */
  plainByLevel?: { term: string; level: Level };
}

export type TopicMode = 'alone' | 'label' | 'page';

/** Reads JSON Lines; a line that is not a labelled sentence is an error naming its number. */
export function parseLabelled(text: string, file: string): LabelledLine[] {
  return text
    .split('\n')
    .map((raw, index) => ({ raw: raw.trim(), row: index + 1 }))
    .filter(({ raw }) => raw !== '')
    .map(({ raw, row }) => {
      let value: Partial<LabelledLine>;
      try {
        value = JSON.parse(raw) as Partial<LabelledLine>;
      } catch {
        throw new Error(`${file}, line ${row}: not JSON`);
      }
      for (const field of ['group', 'text', 'surface', 'expect'] as const) {
        if (typeof value[field] !== 'string' || value[field] === '') throw new Error(`${file}, line ${row}: "${field}" is missing`);
      }
      if (!value.text!.includes(value.surface!)) throw new Error(`${file}, line ${row}: the surface "${value.surface}" is not in the text`);
      return value as LabelledLine;
    });
}

/**
 * Where the line's surface stands as a word of its own: "LA" in "XLA was ruled out; LA
 * agreed" is the second. Where it never does (a surface cut from a longer word), its first place.
 */
export function surfaceAt(text: string, surface: string): number {
  for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
    if (!WORD_UNIT.test(text.charAt(at - 1)) && !WORD_UNIT.test(text.charAt(at + surface.length))) return at;
  }
  return text.indexOf(surface);
}

const WORD_UNIT = /[\p{L}\p{N}]/u;

/**
 * `topic`: 'alone' reads each sentence as a text of its own; 'label' as part of a page about
 * health when it is labelled medical (the labels' plain sentences come from ordinary pages);
 * 'page' every sentence as part of a page about health, the plain ones too, as on a page that
 * mixes both (the labelled fixture pages do).
 */
export function scoreLines(
  lines: readonly LabelledLine[],
  glossary: { matcher: Matcher; compiled: CompiledGlossary; entries: ReadonlyMap<string, GlossaryEntry> },
  options: { topic: TopicMode; underline: UnderlineLevel },
): ScoredLine[] {
  const levelOf = matchLevelReader(glossary.compiled);
  return lines.map((line) => {
    const at = surfaceAt(line.text, line.surface);
    const healthTopic = options.topic === 'page' || (options.topic === 'label' && line.expect !== 'plain');
    const match = glossary.matcher.findInText(line.text, { healthTopic }).find((found) => found.start <= at && found.end > at);
    let shown: string | null = null;
    let senseFitsLabel = true;
    let plainByLevel: ScoredLine['plainByLevel'];
    if (match) {
      const level: Level | undefined = levelOf(match.entry, () => line.text.slice(match.start, match.end));
      const entry = glossary.entries.get(glossary.compiled.entries[match.entry]!.id);
      if (level !== undefined && entry && !isUnderlined(level, options.underline)) plainByLevel = { term: entry.term, level };
      if (level !== undefined && isUnderlined(level, options.underline) && entry) {
        const sense = entry.senses?.length ? chooseSense(entry.senses, line.text, match.start, match.end) : undefined;
        shown = sense === undefined ? entry.term : sense === null ? 'lists meanings' : `${entry.term}: ${entry.senses![sense]!.label}`;
        if (typeof sense === 'number') senseFitsLabel = senseFits(entry.senses!, sense, line.expect);
      }
    }
    const right = line.expect === 'plain' ? shown === null : line.expect.startsWith('ambiguous') ? shown === 'lists meanings' : shown !== null && senseFitsLabel;
    return plainByLevel === undefined ? { line, right, shown } : { line, right, shown, plainByLevel };
  });
}
