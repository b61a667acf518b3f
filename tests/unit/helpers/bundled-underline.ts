/**
 * The bundled pack as the default settings underline it, for tests that check which cards a
 * sentence gets: the ids of the entries underlined, in text order.
 */
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { compile } from '../../../glossary/compile';
import { underlineMatcher } from '../../../glossary/levels';
import { createMatcher } from '../../../glossary/matcher';
import { loadValidPack } from '../../../glossary/packs/prebuild';

const pack = loadValidPack(resolve(import.meta.dirname, '../../../glossary/packs/health'));
const compiled = compile([{ packId: pack.packId, entries: pack.entries }]);
const matcher = underlineMatcher(createMatcher(compiled), compiled, 'general');

export function underlinedIds(text: string): string[] {
  return matcher.findInText(text).map((match) => compiled.entries[match.entry]!.id);
}

/** One test per sentence: each gets the card of the entry named beside it. */
export function itUnderlines(cases: readonly (readonly [text: string, id: string])[]): void {
  it.each(cases)('%s → %s', (text, id) => {
    expect(underlinedIds(text)).toContain(id);
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
