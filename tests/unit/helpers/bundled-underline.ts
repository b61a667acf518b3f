/**
 * The bundled pack as the default settings underline it, for tests that check which cards a
 * sentence gets: the ids of the entries underlined, in text order.
 */
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { compile } from '../../../glossary/compile';
import { emphasisWordCheck } from '../../../glossary/frequency';
import { underlineMatcher } from '../../../glossary/levels';
import { createMatcher } from '../../../glossary/matcher';
import { loadValidPack } from '../../../glossary/packs/prebuild';
import { chooseSense } from '../../../glossary/senses';
import { commonWordList } from '../../../scripts/lib/common-words';

const pack = loadValidPack(resolve(import.meta.dirname, '../../../glossary/packs/health'));
// Words of emphasis as the build reads them ("OR" never lists its meanings without cue words).
const compiled = compile([{ packId: pack.packId, entries: pack.entries }], { isEmphasisWord: emphasisWordCheck(commonWordList()) });
const anyLevel = createMatcher(compiled);
const matcher = underlineMatcher(anyLevel, compiled, 'general');
const byId = new Map(pack.entries.map((entry) => [entry.id, entry]));

/** `healthPage`: read as part of a page about health (the page scanner's topic), not as a text of its own. */
export function underlinedIds(text: string, healthPage = false): string[] {
  return matcher.findInText(text, { healthTopic: healthPage }).map((match) => compiled.entries[match.entry]!.id);
}

/** One test per sentence: each gets the card of the entry named beside it. */
export function itUnderlines(cases: readonly (readonly [text: string, id: string])[]): void {
  it.each(cases)('%s → %s', (text, id) => {
    expect(underlinedIds(text)).toContain(id);
  });
}

/** As itUnderlines, each sentence read as part of a page about health. */
export function itUnderlinesOnHealthPages(cases: readonly (readonly [text: string, id: string])[]): void {
  it.each(cases)('%s → %s (on a health page)', (text, id) => {
    expect(underlinedIds(text, true)).toContain(id);
  });
}

/** As itSkips, each sentence read as part of a page about health: the named entry's card is not shown. */
export function itSkipsOnHealthPages(cases: readonly (readonly [text: string, id: string])[]): void {
  it.each(cases)('%s (no %s card on a health page)', (text, id) => {
    expect(underlinedIds(text, true)).not.toContain(id);
  });
}

/** One test per sentence where the words mean something else: nothing is underlined. */
export function itLeavesPlain(texts: readonly string[]): void {
  it.each(texts)('%s (nothing underlined)', (text) => {
    expect(underlinedIds(text)).toEqual([]);
  });
}

/** One test per sentence where the named entry's words mean something else: its card is not shown (others may be). */
export function itSkips(cases: readonly (readonly [text: string, id: string])[]): void {
  it.each(cases)('%s (no %s card)', (text, id) => {
    expect(underlinedIds(text)).not.toContain(id);
  });
}

/**
 * The meaning the card names for the match that covers `word` in `text`, read as part of a page
 * about health and at any level: the sense's label, null where the card lists the meanings, or
 * 'no match' where nothing covers the word.
 */
export function senseChosen(text: string, word: string): string | null {
  const at = text.indexOf(word);
  const match = anyLevel.findInText(text, { healthTopic: true }).find((found) => found.start <= at && found.end > at);
  if (!match) return 'no match';
  const entry = byId.get(compiled.entries[match.entry]!.id)!;
  const chosen = chooseSense(entry.senses ?? [], text, match.start, match.end);
  return chosen === null ? null : entry.senses![chosen]!.label;
}

/** One test per sentence: the card for `word` names the sense given beside it. */
export function itChoosesSense(cases: readonly (readonly [text: string, word: string, sense: string])[]): void {
  it.each(cases)('%s: %s → %s', (text, word, sense) => {
    expect(senseChosen(text, word)).toBe(sense);
  });
}

/** One test per sentence that cannot tell which meaning `word` has: its card lists them. */
export function itListsMeanings(cases: readonly (readonly [text: string, word: string])[]): void {
  it.each(cases)('%s: the card for %s lists the meanings', (text, word) => {
    expect(senseChosen(text, word)).toBeNull();
  });
}

/** One test per sentence where `word` stands in another sense: no match covers it, at any level. */
export function itLeavesWordPlain(cases: readonly (readonly [text: string, word: string])[]): void {
  it.each(cases)('%s: %s is left plain', (text, word) => {
    expect(senseChosen(text, word)).toBe('no match');
  });
}

/**
 * One test per sentence: the named entry's card opens at any level (an `everyday` entry is left
 * plain by default but still matches for readers who show every glossary word).
 */
export function itMatchesAtAnyLevel(cases: readonly (readonly [text: string, id: string])[]): void {
  it.each(cases)('%s → %s (at any level)', (text, id) => {
    expect(anyLevel.findInText(text).map((match) => compiled.entries[match.entry]!.id)).toContain(id);
  });
}
