/**
 * The bundled pack's aliases that a reader may not know although they know the term ("epistaxis"
 * for a nosebleed): every one the frequency list flags has a reviewed level, and pages get them
 * underlined at that level.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compile } from '../../glossary/compile';
import { proposeLevel } from '../../glossary/frequency';
import { isLessFamiliar, underlineMatcher, type UnderlineLevel } from '../../glossary/levels';
import { createMatcher } from '../../glossary/matcher';
import { loadValidPack } from '../../glossary/packs/prebuild';
import { subtlexRankOf } from '../../scripts/lib/subtlex';

const pack = loadValidPack(resolve(import.meta.dirname, '../../glossary/packs/health'));
const compiled = compile([{ packId: pack.packId, entries: pack.entries }]);
const matcher = createMatcher(compiled);
const underlined = (text: string, underline: UnderlineLevel) =>
  underlineMatcher(matcher, compiled, underline)
    .findInText(text)
    .map((match) => text.slice(match.start, match.end));

describe('aliases less familiar than their term, in the bundled pack', { timeout: 30_000 }, () => {
  it('every alias the frequency list finds rarer than its entry has a reviewed level', () => {
    const undecided = pack.entries.flatMap((entry) =>
      entry.aliases
        .filter((alias) => entry.level !== undefined && isLessFamiliar(proposeLevel(alias, subtlexRankOf), entry.level))
        .filter((alias) => entry.aliasLevels?.[alias] === undefined)
        .map((alias) => `${entry.id}: ${alias}`),
    );
    expect(undecided).toEqual([]);
  });

  it.each([
    ['Epistaxis is common when the air is dry, and a nosebleed from the front of the nose is seldom serious.', 'general', ['Epistaxis']],
    ['Syncope, or fainting, happens when too little blood reaches the brain.', 'technical', ['Syncope']],
    ['Syncope, or fainting, happens when too little blood reaches the brain.', 'general', ['Syncope', 'fainting']],
    ['A sore throat with fever: pharyngitis and pyrexia.', 'technical', ['pharyngitis', 'pyrexia']],
  ] as const)('"%s" at the setting %s', (text, underline, words) => {
    expect(underlined(text, underline)).toEqual(words);
  });
});
